"""Executor.map(buffersize=n) (3.14) keeps a long map's memory small."""
import tracemalloc
from concurrent.futures import ProcessPoolExecutor

N = 40_000  # inputs; a real one may hold millions, or never end


def double(x):
    return 2 * x


def peak_mib(ex, **options):
    # tracemalloc sees this process's Python objects: the futures
    # and work items that map() keeps for the tasks in flight.
    tracemalloc.start()
    total = sum(ex.map(double, range(N), chunksize=20, **options))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return total, peak / 2**20


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as ex:
        # Without buffersize, map() submits every task at once.
        total, eager = peak_mib(ex)
        # With it, a new task goes in only as a result is read.
        same, bounded = peak_mib(ex, buffersize=4)
    print("same results:", total == same)
    print(f"peak without buffersize: {eager:5.1f} MiB")
    print(f"peak with buffersize=4:  {bounded:5.1f} MiB")
    print("buffersize=4 needs under a tenth:", bounded < eager / 10)
