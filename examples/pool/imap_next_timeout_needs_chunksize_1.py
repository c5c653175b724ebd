"""imap's it.next(timeout) exists only with chunksize=1."""
import multiprocessing
import time
from multiprocessing import Pool


def slow_square(x):
    time.sleep(1.0 if x == 0 else 0.01)
    return x * x


if __name__ == "__main__":
    with Pool(processes=2) as pool:
        # chunksize=1 (the default) returns the pool's own iterator.
        it = pool.imap(slow_square, range(4))
        print("chunksize=1:", type(it).__name__)
        try:
            it.next(timeout=0.1)
        except multiprocessing.TimeoutError:
            print("  it.next(timeout=0.1) raised"
                  " multiprocessing.TimeoutError")
        # The slow item was not lost: waiting longer returns it. (60 s
        # is only a bound: next() returns as soon as the item is in.)
        print("  then:", [it.next(timeout=60) for _ in range(4)])

        # A larger chunksize returns a plain generator over chunks.
        it = pool.imap(slow_square, range(4), chunksize=2)
        print("chunksize=2:", type(it).__name__)
        try:
            it.next(timeout=0.1)
        except AttributeError as err:
            print("  it.next(timeout=0.1) raised AttributeError:")
            print("   ", err)
        # Only the built-in next() works, and it has no timeout.
        print("  next(it), however long it takes:", next(it))
