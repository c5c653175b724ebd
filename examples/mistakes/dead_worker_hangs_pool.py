"""When a worker dies, Pool waits for its task for ever; ProcessPoolExecutor raises instead."""
import multiprocessing as mp
import os
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool


def work(n):
    if n == 2:
        os._exit(1)  # stands in for a segfault or the kernel's out-of-memory killer
    return n * n


if __name__ == "__main__":
    # The mistake: trusting Pool to notice. It replaces the dead worker, but the task is lost
    # and map() would block for ever; a timeout on get() is the only way out.
    with mp.Pool(2) as pool:
        try:
            pool.map_async(work, range(4)).get(timeout=2)
        except mp.TimeoutError:
            print("Pool: no result after 2 s (TimeoutError); the pool never reports the death")

    # The fix: ProcessPoolExecutor notices the dead worker and fails every pending task.
    with ProcessPoolExecutor(2) as executor:
        try:
            list(executor.map(work, range(4)))
        except BrokenProcessPool as error:
            print(f"ProcessPoolExecutor: {type(error).__name__}:")
            print(f"  {error}")
