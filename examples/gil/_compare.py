"""Helper: time tasks one after another, on processes and on threads."""
import functools
import time
from collections import namedtuple
from multiprocessing import Pool
from multiprocessing.pool import ThreadPool

# Keep the best of six: other programs only ever add time, and on a
# shared machine they can slow a whole second or two at a time.
REPEATS = 6
# What compare() returns for each way: busy 1.0 is one core kept busy.
Measured = namedtuple("Measured", "speed_up busy")


def _nothing(_):
    return None


def _measured(work_and_task):
    # CPU seconds this thread spent on the task; waiting (for the GIL,
    # for I/O) uses none.
    work, task = work_and_task
    start = time.thread_time()
    result = work(task)
    return result, time.thread_time() - start


def _in_this_thread(jobs):
    return [_measured(job) for job in jobs]


def compare(works, tasks, workers=2, processes=True):
    """Time each function in `works` (label -> function) over `tasks`.

    Returns {label: {"processes": Measured, "threads": Measured}}."""
    # Processes first: forking once threads exist is unsafe (and
    # warned about from 3.12).
    kinds = [("threads", ThreadPool)]
    if processes:
        kinds.insert(0, ("processes", Pool))
    pools = [(f"{workers} {kind}", make_pool(workers))
             for kind, make_pool in kinds]
    results = {}
    try:
        for _, pool in pools:
            # Warm each pool first: how long workers take to start is
            # another question.
            pool.map(_nothing, range(workers * 2), chunksize=1)
        for label, work in works.items():
            jobs = [(work, task) for task in tasks]
            ways = [("one after another",
                     functools.partial(_in_this_thread, jobs))]
            ways += [(name, functools.partial(pool.map, _measured, jobs,
                                              chunksize=1))
                     for name, pool in pools]
            best = {}
            for _ in range(REPEATS):
                # Interleaved, so that a burst of load elsewhere hits
                # every way alike.
                for way, run in ways:
                    start = time.perf_counter()
                    outcomes = run()
                    wall = time.perf_counter() - start
                    if way not in best or wall < best[way][0]:
                        cpu = sum(cpu for _, cpu in outcomes)
                        best[way] = (wall, cpu, outcomes)
            measured = _report(label, len(tasks), best)
            results[label] = {kind: measured[f"{workers} {kind}"]
                              for kind, _ in kinds}
        return results
    finally:
        for _, pool in pools:
            pool.close()
            pool.join()


def _report(label, count, best):
    print(f"{label}, {count} tasks:")
    serial, _, expected = best["one after another"]
    measured = {}
    for way, (wall, cpu, outcomes) in best.items():
        # Same answers every way, or the timing would mean nothing.
        assert [r for r, _ in outcomes] == [r for r, _ in expected]
        measured[way] = Measured(serial / wall, cpu / wall)
        print(f"  {way:<18}{wall:.2f} s, speed-up {serial / wall:.1f}x, "
              f"CPU busy {100 * cpu / wall:.0f} %")
    return measured
