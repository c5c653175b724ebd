"""concurrent.futures: submit, as_completed, wait and map(chunksize) on processes and threads."""
import time
from concurrent.futures import (FIRST_COMPLETED, ProcessPoolExecutor, ThreadPoolExecutor,
                                as_completed, wait)


def slow_square(x):
    time.sleep(0.4 * (3 - x))  # item 0 is the slowest
    return x * x


if __name__ == "__main__":
    for Executor in (ProcessPoolExecutor, ThreadPoolExecutor):
        print(Executor.__name__)
        with Executor(max_workers=4) as executor:
            list(executor.map(time.sleep, [0.05] * 4))  # start all four workers first
            # submit returns a Future per call, like apply_async.
            futures = {executor.submit(slow_square, x): x for x in range(4)}
            # wait() splits futures into done and not done; here, until the first is done.
            done, pending = wait(futures, return_when=FIRST_COMPLETED, timeout=5)
            print("  first done:", [futures[f] for f in done], "| pending:", len(pending))
            # as_completed yields futures in the order they finish, like imap_unordered.
            print("  as_completed:", [futures[f] for f in as_completed(futures, timeout=5)])
            # map zips several iterables, keeps input order like imap, and takes a timeout;
            # chunksize only matters for processes.
            print("  map:", list(executor.map(pow, range(4), [2] * 4, chunksize=2, timeout=5)))
