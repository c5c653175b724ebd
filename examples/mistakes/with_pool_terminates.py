"""Leaving a `with Pool()` block terminates the workers: unfinished async work is lost."""
import multiprocessing as mp
import time


def slow_square(n):
    time.sleep(0.5)
    return n * n


if __name__ == "__main__":
    # The mistake: submit asynchronously, then leave the block before the work is done.
    with mp.Pool(2) as pool:
        result = pool.apply_async(slow_square, (4,))
    # __exit__ called terminate(): the task was killed and its result never arrives.
    try:
        result.get(timeout=1)
    except mp.TimeoutError:
        print("after the block: no result, get(timeout=1) raised TimeoutError")

    # The fix: get the results inside the block (or call close() and join() before it ends).
    with mp.Pool(2) as pool:
        result = pool.apply_async(slow_square, (4,))
        print("inside the block:", result.get(timeout=10))
