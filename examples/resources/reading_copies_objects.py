"""Under fork, a worker that reads Python objects copies them."""
import multiprocessing as mp
import sys

import numpy as np
import psutil


def private_bytes():
    # USS: memory that belongs to this process alone. Pages still
    # shared with the parent after fork are not counted.
    return psutil.Process().memory_full_info().uss


def copied_by_reading(name):
    data = globals()[name]  # inherited from the parent by fork
    before = private_bytes()
    if isinstance(data, list):
        total = 0.0
        for value in data:  # read only: no value is changed
            total += value
    else:
        data.sum()  # NumPy reads the buffer and writes nothing
    return private_bytes() - before


if __name__ == "__main__":
    # This page is about fork, so the example asks for it.
    fork = mp.get_context("fork")
    # Module globals, so that the forked worker has them too.
    FLOATS = [float(i) for i in range(1_000_000)]
    ARRAY = np.arange(1_000_000, dtype=np.float64)
    sizes = {"FLOATS": sys.getsizeof(FLOATS)
             + sum(map(sys.getsizeof, FLOATS)),
             "ARRAY": ARRAY.nbytes}
    with fork.Pool(1) as pool:
        copied = {name: pool.apply(copied_by_reading, (name,))
                  for name in sizes}
    for name, label in [("FLOATS", "list of floats"),
                        ("ARRAY", "NumPy array")]:
        share = copied[name] / sizes[name]
        print(f"{label:14} ({sizes[name] / 1e6:2.0f} MB):"
              f" reading copied {share:.0%} of it,"
              f" most of it: {share > 0.5}")
