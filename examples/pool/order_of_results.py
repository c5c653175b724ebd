"""map and imap keep input order; imap_unordered yields results as they finish."""
import time
from multiprocessing import Pool


def slow_first(x):
    # Item 0 takes much longer than the others, so it finishes last.
    time.sleep(0.8 if x == 0 else 0.05)
    return x


if __name__ == "__main__":
    with Pool(processes=2) as pool:
        # map waits for everything and returns a list in input order.
        print("map:           ", pool.map(slow_first, range(6), chunksize=1))
        # imap yields in input order too: nothing after item 0 comes out before it.
        print("imap:          ", list(pool.imap(slow_first, range(6))))
        # imap_unordered yields each result as soon as its worker sends it.
        print("imap_unordered:", list(pool.imap_unordered(slow_first, range(6))))
