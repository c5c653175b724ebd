"""Measure every engine on this page the same way: start-up, cost per task, workload, memory."""
import os
import platform
import shutil
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


# Each engine: start 2 workers, yield run(fn, args) -> list of results, then stop.
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
    parallel = Parallel(n_jobs=2, batch_size=1)  # one call per task, as for the others
    yield lambda fn, args: parallel(delayed(fn)(a) for a in args)
    get_reusable_executor().shutdown(wait=True)


@contextmanager
def dask_distributed():
    from dask.distributed import Client
    from dask_distributed import local_cluster  # the set-up shown above
    with tempfile.TemporaryDirectory() as scratch, local_cluster(scratch) as cluster, \
            Client(cluster) as client:
        yield lambda fn, args: client.gather(client.map(fn, args, pure=False))


@contextmanager
def ray_local():
    from ray_local import ray, start_local_ray  # the set-up above (it must come before ray)
    temp_dir = tempfile.mkdtemp(prefix="ray-")
    try:
        start_local_ray(temp_dir)
        remote = {noop: ray.remote(noop), count_inside: ray.remote(count_inside)}
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
    # The fastest of three runs: the least disturbed by whatever else the machine does.
    times = []
    for _ in range(3):
        began = time.perf_counter()
        results = run(fn, args)
        times.append(time.perf_counter() - began)
    return min(times), results


def measure(name, engine):
    began = time.perf_counter()
    with engine() as run:
        run(noop, [0])  # the first result back: workers are up and reachable
        startup = time.perf_counter() - began
        empty, _ = best_of_3(run, noop, range(EMPTY_TASKS))
        workload, counts = best_of_3(run, count_inside, task_seeds())
        # Everything this program started, however deep: workers, schedulers, agents.
        procs = psutil.Process().children(recursive=True)
        rss = sum(p.memory_info().rss for p in procs)
        stopping = time.perf_counter()
    stop = time.perf_counter() - stopping
    return (f"| {name} | {startup:.2f} s | {empty / EMPTY_TASKS * 1e3:.2f} ms "
            f"| {workload:.2f} s | {estimate(counts):.6f} | {stop:.2f} s | {len(procs)} "
            f"| {rss / 2**20:.0f} MB |")


if __name__ == "__main__":
    # Say what the numbers were measured on, including how busy the machine was.
    print(f"Python {platform.python_version()}, {psutil.cpu_count()} CPUs, load average "
          f"{os.getloadavg()[0]:.1f}; 2 workers per engine; best of 3 runs of "
          f"{EMPTY_TASKS} empty tasks and of {len(task_seeds())} pi tasks.")
    print()
    print("| Engine | Start-up | Per task | Pi tasks | Pi | Stop | Processes | RSS, summed |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for name, engine in ENGINES.items():
        print(measure(name, engine))
