"""imap yields results lazily, but a pool thread reads the whole input at once."""
import threading
import time
from multiprocessing import Pool

N = 10_000
pulled = 0


def numbers():
    # Counts how far the pool has read into the input.
    global pulled
    for i in range(N):
        pulled += 1
        yield i


def double(x):
    return 2 * x


if __name__ == "__main__":
    with Pool(processes=2) as pool:
        results = pool.imap(double, numbers())
        # Take one result, then give the pool's task thread a moment.
        print("first result:", next(results))
        deadline = time.monotonic() + 5
        while pulled < N and time.monotonic() < deadline:
            time.sleep(0.01)
        # The generator was drained by a thread of this process, not by our loop.
        print(f"results read: 1, inputs pulled from the generator: {pulled} of {N}")
        print("reader thread:", [t.name.split(" ")[-1] for t in threading.enumerate()
                                 if "_handle_tasks" in t.name])
        print("remaining results:", sum(1 for _ in results))
