"""Arguments and results travel to workers as pickles: cost grows with size."""
import multiprocessing as mp
import pickle
import time

SIZES = {"1 KB": 1_000, "100 KB": 100_000, "1 MB": 1_000_000,
         "10 MB": 10_000_000, "30 MB": 30_000_000}


def length(data):
    return len(data)


def make_bytes(n):
    return bytes(n)


def best_ms(call, *args, repeats=3):
    # Best of a few, in milliseconds: other programs on the machine
    # only ever add time.
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        call(*args)
        times.append(time.perf_counter() - start)
    return min(times) * 1000


if __name__ == "__main__":
    ms = {}
    with mp.Pool(1) as pool:
        pool.apply(length, (b"",))  # the worker is up before timing starts
        for label, size in SIZES.items():
            data = bytes(size)
            # Microseconds are easily disturbed: small sizes get more tries.
            tries = 20 if size <= 100_000 else 3
            # Here only: the copy pickle makes, with no other process.
            local = best_ms(
                lambda: pickle.loads(pickle.dumps(data)), repeats=tries)
            # A big argument: pickled here, piped, unpickled in the worker.
            argument = best_ms(pool.apply, length, (data,),
                               repeats=tries)
            # A big result: the same journey the other way.
            result = best_ms(pool.apply, make_bytes, (size,),
                             repeats=tries)
            ms[label] = local, argument, result
            print(f"{label:>6}: pickle+unpickle {local:.3f} ms, "
                  f"argument {argument:.3f} ms, result {result:.3f} ms")

    # The conclusions, with margins wide enough for a busy machine.
    local, argument, result = ms["1 KB"]
    print("1 KB sent costs far more than pickled: a round trip:",
          argument > 10 * local and result > 10 * local)
    print("30 MB cost over 20 times 1 KB, argument and result:",
          all(big > 20 * small
              for big, small in zip(ms["30 MB"][1:], ms["1 KB"][1:])))
