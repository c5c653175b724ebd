"""ThreadPool has Pool's API but runs tasks in threads: nothing is pickled, memory is shared."""
import time
from multiprocessing import Pool
from multiprocessing.pool import ThreadPool


def fetch(i):
    time.sleep(0.2)  # stands in for waiting on disk or network; the GIL is released
    return i


if __name__ == "__main__":
    seen = []
    with ThreadPool(processes=8) as pool:
        # A lambda and a closure over a local list work: tasks are never pickled.
        start = time.perf_counter()
        results = pool.map(lambda i: seen.append(fetch(i)) or i, range(16))
        took = time.perf_counter() - start
    print("results:", results)
    print("the shared list saw every item:", sorted(seen) == list(range(16)))
    print(f"16 waits of 0.2 s on 8 threads took {took:.2f} s")

    # The same lambda cannot go to a process pool: it has to be pickled.
    with Pool(processes=2) as pool:
        try:
            pool.map(lambda i: i, range(2))
        except Exception as err:
            print("Pool with a lambda:", type(err).__name__)
