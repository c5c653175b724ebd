"""A Pool worker killed mid-task is replaced, but its task's result never arrives."""
import multiprocessing
import os
from multiprocessing import Pool


def crash_or_square(x):
    if x == 3:
        os._exit(1)  # the process vanishes without a word, as in a segfault or OOM kill
    return x * x


if __name__ == "__main__":
    pool = Pool(processes=2)
    # The lost task has no result, so an unbounded get() would block forever.
    result = pool.map_async(crash_or_square, range(6), chunksize=1)
    try:
        print(result.get(timeout=3))
    except multiprocessing.TimeoutError:
        print("no result after 3 s: the pool is still waiting for the dead worker's task")
    # The pool itself still works: the dead worker was replaced.
    print("a new task still runs:", pool.apply_async(crash_or_square, (4,)).get(timeout=5))
    # close()+join() would wait for the lost task forever; terminate() does not.
    pool.terminate()
    pool.join()
    print("terminated")
