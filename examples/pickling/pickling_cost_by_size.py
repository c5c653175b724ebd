"""Arguments and results cross to a worker as pickles: the cost grows with size."""
import multiprocessing as mp
import pickle
import time


def length(data):
    return len(data)


def make_bytes(n):
    return bytes(n)


def best_ms(call, *args):
    # Best of three, in milliseconds: other programs on the machine only ever add time.
    times = []
    for _ in range(3):
        start = time.perf_counter()
        call(*args)
        times.append(time.perf_counter() - start)
    return min(times) * 1000


if __name__ == "__main__":
    with mp.Pool(1) as pool:
        pool.apply(length, (b"",))  # the worker is up before the clock starts
        for size, label in ((1_000, "1 KB"), (100_000, "100 KB"), (1_000_000, "1 MB"),
                            (10_000_000, "10 MB"), (30_000_000, "30 MB")):
            data = bytes(size)
            # Here only: the copy pickle makes, with no other process involved.
            local = best_ms(lambda: pickle.loads(pickle.dumps(data)))
            # A big argument: pickled here, piped, unpickled in the worker.
            argument = best_ms(pool.apply, length, (data,))
            # A big result: the same journey the other way.
            result = best_ms(pool.apply, make_bytes, (size,))
            print(f"{label:>6}: pickle+unpickle {local:.3f} ms, "
                  f"as an argument {argument:.3f} ms, as a result {result:.3f} ms")
