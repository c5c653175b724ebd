"""Under fork, merely reading inherited objects copies them."""
import multiprocessing as mp
import sys
from array import array

N = 1_000_000
MIB = 2**20


def private_mib():
    # Pages that this process alone holds: its own, plus inherited
    # pages it wrote to (the kernel copied each at the first write).
    with open("/proc/self/smaps_rollup") as f:
        for line in f:
            if line.startswith("Private_Dirty:"):
                return int(line.split()[1]) / 1024


def keep(objects, numbers):
    global OBJECTS, NUMBERS
    OBJECTS, NUMBERS = objects, numbers


def walk(_):
    start = private_mib()
    # Each step takes and drops a reference to a float: a write to
    # the count inside the float, on a page shared with the parent.
    for x in OBJECTS:
        pass
    middle = private_mib()
    # An array holds raw doubles: reading one builds a new float and
    # never writes to the array's pages.
    for x in NUMBERS:
        pass
    return start, middle, private_mib()


if __name__ == "__main__":
    objects = [i * 0.5 for i in range(N)]  # a million floats
    numbers = array("d", objects)          # the same values, raw
    floats = N * sys.getsizeof(0.5) / MIB
    raw = N * numbers.itemsize / MIB
    print(f"{N:,} floats: {floats:.0f} MiB as objects, "
          f"{raw:.0f} MiB raw")
    # Handed over at start-up: inherited under fork, pickled and
    # rebuilt in the worker under spawn and forkserver.
    init = (objects, numbers)
    with mp.Pool(1, initializer=keep, initargs=init) as pool:
        start, middle, end = pool.apply(walk, (0,))
    print("worker started with its own copy:", start > floats / 2)
    print("iterating the list copied most of its floats:",
          middle - start > floats / 2)
    print("iterating the array copied its pages:",
          end - middle > raw / 2)
