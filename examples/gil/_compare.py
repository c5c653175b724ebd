"""Helper: time tasks run one after another, on processes and on threads."""
import functools
import time
from multiprocessing import Pool
from multiprocessing.pool import ThreadPool

REPEATS = 4  # keep the best of four: other programs on the machine only ever add time


def _nothing(_):
    return None


def _measured(work_and_task):
    # CPU seconds this thread spent on the task; waiting (for the GIL, for I/O) uses none.
    work, task = work_and_task
    start = time.thread_time()
    result = work(task)
    return result, time.thread_time() - start


def _in_this_thread(jobs):
    return [_measured(job) for job in jobs]


def compare(works, tasks, workers=2, processes=True):
    """Time each function in `works` (label -> function) over `tasks`, every way."""
    # Processes first: forking once threads exist is unsafe (and warned about from 3.12).
    kinds = ([("processes", Pool)] if processes else []) + [("threads", ThreadPool)]
    pools = [(f"{workers} {kind}", make_pool(workers)) for kind, make_pool in kinds]
    try:
        for _, pool in pools:
            # Warm each pool first: how long workers take to start is another question.
            pool.map(_nothing, range(workers * 2), chunksize=1)
        for label, work in works.items():
            jobs = [(work, task) for task in tasks]
            ways = [("one after another", functools.partial(_in_this_thread, jobs))]
            ways += [(name, functools.partial(pool.map, _measured, jobs, chunksize=1))
                     for name, pool in pools]
            best = {}
            for _ in range(REPEATS):
                # Interleaved, so that a burst of load elsewhere hits every way alike.
                for way, run in ways:
                    start = time.perf_counter()
                    outcomes = run()
                    wall = time.perf_counter() - start
                    if way not in best or wall < best[way][0]:
                        best[way] = (wall, sum(cpu for _, cpu in outcomes), outcomes)
            _report(label, len(tasks), best)
    finally:
        for _, pool in pools:
            pool.close()
            pool.join()


def _report(label, count, best):
    print(f"{label}, {count} tasks:")
    serial, _, expected = best["one after another"]
    for way, (wall, cpu, outcomes) in best.items():
        # Same answers every way, or the timing would mean nothing.
        assert [r for r, _ in outcomes] == [r for r, _ in expected]
        print(f"  {way:<18}{wall:.2f} s, speed-up {serial / wall:.1f}x, "
              f"CPU busy {100 * cpu / wall:.0f} %")
