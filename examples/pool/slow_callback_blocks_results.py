"""A slow callback holds up every other result, because one pool thread delivers them all."""
import time
from multiprocessing import Pool


def job(seconds):
    time.sleep(seconds)
    return seconds


def slow_callback(value):
    time.sleep(1.0)  # e.g. writing a file or a database row in the callback


if __name__ == "__main__":
    # One worker, so the two tasks run one after the other, in order.
    with Pool(processes=1) as pool:
        start = time.monotonic()
        # The first result arrives at once, and its callback keeps the thread busy.
        pool.apply_async(job, (0.0,), callback=slow_callback)
        # The second result is ready 0.1 s later, but get() sees it only after the callback.
        second = pool.apply_async(job, (0.1,))
        second.get(timeout=10)
        waited = time.monotonic() - start
    print("second result was ready after about 0.1 s")
    print("get() returned only after the slow callback ended:", waited >= 0.9)
