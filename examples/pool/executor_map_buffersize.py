"""Executor.map(buffersize=n) reads its input only n items ahead."""
import inspect
import itertools
import sys
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from itertools import islice
from multiprocessing.pool import Pool

pulled = 0


def numbers():
    # An endless input that counts how far map has read into it.
    global pulled
    for i in itertools.count():
        pulled += 1
        yield i


def square(x):
    return x * x


def bounded_map(ex, fn, items, n):
    # buffersize is new in 3.14; before that, the same idea by hand.
    if sys.version_info >= (3, 14):
        return ex.map(fn, items, buffersize=n)
    return _by_hand(ex, fn, iter(items), n)


def _by_hand(ex, fn, items, n):
    pending = deque(ex.submit(fn, x) for x in islice(items, n))
    while pending:
        pending.extend(ex.submit(fn, x) for x in islice(items, 1))
        yield pending.popleft().result()


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as ex:
        # Without buffersize, map() would never return on an
        # endless input; with it, one task goes in per result read.
        results = bounded_map(ex, square, numbers(), 4)
        first = [next(results) for _ in range(5)]
        print("first results:", first)
        print(f"results read: {len(first)}, inputs pulled:", pulled)
        results.close()
    # multiprocessing's own Pool.imap has no such argument.
    print("Pool.imap takes buffersize:",
          "buffersize" in inspect.signature(Pool.imap).parameters)
