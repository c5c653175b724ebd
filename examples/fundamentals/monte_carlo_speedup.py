"""A first measured speed-up: estimating pi by Monte Carlo, serially and with a process pool."""
import multiprocessing as mp
import os
import random
import time

SAMPLES = 4_000_000
TASKS = 8  # more tasks than workers, so a slow worker does not hold everyone up


def hits_in_circle(seed, samples=SAMPLES // TASKS):
    # Each task has its own seeded generator: results do not depend on which worker runs it.
    rng = random.Random(seed)
    return sum(rng.random() ** 2 + rng.random() ** 2 <= 1.0 for _ in range(samples))


def estimate(hits):
    return 4 * sum(hits) / SAMPLES


if __name__ == "__main__":
    workers = len(os.sched_getaffinity(0))  # the CPUs this process may use (Linux)

    start = time.perf_counter()
    serial = [hits_in_circle(seed) for seed in range(TASKS)]
    serial_time = time.perf_counter() - start

    with mp.Pool(workers) as pool:
        pool.map(abs, range(workers))  # let the workers finish starting before timing
        start = time.perf_counter()
        parallel = pool.map(hits_in_circle, range(TASKS))
        parallel_time = time.perf_counter() - start

    # The same seeds give the same estimate, whichever way the work was run.
    print(f"pi is about {estimate(serial):.5f} (serial) and {estimate(parallel):.5f} (pool)")
    print(f"serial: {serial_time:.2f} s")
    print(f"pool of {workers}: {parallel_time:.2f} s")
    print(f"speed-up: {serial_time / parallel_time:.2f}x")
