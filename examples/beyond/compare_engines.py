"""Measure every engine here the same way: start-up, overhead, memory."""
import os
import shutil
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from multiprocessing import Pool

import psutil

from _montecarlo import count_inside, estimate, task_seeds

EMPTY_TASKS = 200


def noop(x):
    return x


# Each engine: start 2 workers, yield run(fn, args) -> list of results,
# then stop.
@contextmanager
def multiprocessing_pool():
    with Pool(2) as pool:
        yield lambda fn, args: pool.map(fn, args, chunksize=1)


@contextmanager
def process_pool_executor():
    with ProcessPoolExecutor(2) as executor:
        yield lambda fn, args: list(executor.map(fn, args))


@contextmanager
def joblib_loky():
    from joblib import Parallel, delayed
    from joblib.externals.loky import get_reusable_executor
    # batch_size=1: one call per task, as for the others.
    parallel = Parallel(n_jobs=2, batch_size=1)
    yield lambda fn, args: parallel(delayed(fn)(a) for a in args)
    get_reusable_executor().shutdown(wait=True)


@contextmanager
def dask_distributed():
    from dask.distributed import Client
    from dask_distributed import local_cluster  # the set-up shown above
    with tempfile.TemporaryDirectory() as scratch, \
            local_cluster(scratch) as cluster, Client(cluster) as client:
        yield lambda fn, args: client.gather(client.map(fn, args, pure=False))


@contextmanager
def ray_local():
    # The set-up above (it must be imported before ray).
    from ray_local import ray, start_local_ray
    temp_dir = tempfile.mkdtemp(prefix="ray-")
    try:
        start_local_ray(temp_dir)
        remote = {noop: ray.remote(noop),
                  count_inside: ray.remote(count_inside)}
        yield lambda fn, args: ray.get([remote[fn].remote(a) for a in args])
    finally:
        ray.shutdown()
        shutil.rmtree(temp_dir, ignore_errors=True)


ENGINES = {"multiprocessing.Pool": multiprocessing_pool,
           "ProcessPoolExecutor": process_pool_executor,
           "joblib (loky)": joblib_loky,
           "Dask LocalCluster": dask_distributed,
           "Ray (local)": ray_local}


def best_of_3(run, fn, args):
    # The fastest of three runs: the least disturbed by whatever else
    # the machine does.
    times = []
    for _ in range(3):
        began = time.perf_counter()
        results = run(fn, args)
        times.append(time.perf_counter() - began)
    return min(times), results


def started_since(before):
    # Processes started since `before`, however deep: workers,
    # schedulers, agents; not what earlier engines left running.
    children = psutil.Process().children(recursive=True)
    return [p for p in children if p.pid not in before]


def measure(engine):
    before = {p.pid for p in psutil.Process().children(recursive=True)}
    began = time.perf_counter()
    with engine() as run:
        # Two results back: workers are up and reachable. (Two tasks,
        # since ProcessPoolExecutor starts a worker per task submitted
        # until it has them all, except under fork.)
        run(noop, [0, 1])
        startup = time.perf_counter() - began
        # What the engine costs before it does any work. (Later, Ray
        # may start spare workers while tasks queue: not counted.)
        procs = started_since(before)
        rss = sum(p.memory_info().rss for p in procs)
        empty, _ = best_of_3(run, noop, range(EMPTY_TASKS))
        workload, counts = best_of_3(run, count_inside, task_seeds())
        stopping = time.perf_counter()
    stop = time.perf_counter() - stopping
    return dict(startup=startup, per_task=empty / EMPTY_TASKS, rss=rss,
                workload=workload, pi=estimate(counts), stop=stop,
                processes=len(procs))


if __name__ == "__main__":
    # Say what the numbers were measured on, including how busy the
    # machine was: the load average, per CPU this program may use.
    load = os.getloadavg()[0] / len(os.sched_getaffinity(0))
    print(f"Python {sys.version_info[0]}.{sys.version_info[1]}, load average "
          f"{100 * load:.0f} % of the CPUs; 2 workers per engine;")
    print(f"best of 3 runs of {EMPTY_TASKS} empty tasks "
          f"and of {len(task_seeds())} pi tasks.")
    print()
    print("| Engine | Start-up | Per task | Pi tasks | Pi | Stop | Processes "
          "| RSS summed, vs Pool |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    # A first pool starts the start method's own helpers (fork server,
    # resource tracker), which then serve every engine: none is charged.
    with Pool(1) as warm_up:
        warm_up.apply(noop, (0,))
    found = {}
    for name, engine in ENGINES.items():
        m = found[name] = measure(engine)
        rss = m["rss"] / found["multiprocessing.Pool"]["rss"]
        print(f"| {name} | {m['startup']:.2f} s | {m['per_task'] * 1e3:.2f} ms "
              f"| {m['workload']:.2f} s | {m['pi']:.6f} | {m['stop']:.2f} s "
              f"| {m['processes']} | {rss:.1f}x |")

    # The conclusions, as a list under the table. The margins are wide:
    # on a quiet machine these differences are of ten times and more.
    pool = found["multiprocessing.Pool"]
    # Per task, the faster standard-library pool: Pool's own figure
    # jumps from one pool to the next on 3.11 and 3.12 (forkserver).
    fastest = min(pool["per_task"], found["ProcessPoolExecutor"]["per_task"])
    base = dict(pool, per_task=fastest)
    heavy = [found["Dask LocalCluster"], found["Ray (local)"]]
    print()
    print("- the same estimate of pi from every engine:",
          len({m["pi"] for m in found.values()}) == 1)
    for key, times, what in (
            ("startup", 3, "3 times Pool's start-up"),
            ("per_task", 2, "twice the faster pool's time per task"),
            ("rss", 2, "twice Pool's memory")):
        print(f"- Dask and Ray take over {what}:",
              all(m[key] > times * base[key] for m in heavy))
