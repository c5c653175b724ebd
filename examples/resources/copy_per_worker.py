"""Data sent to spawn or forkserver workers is copied into each."""
import sys
from multiprocessing import Pool, shared_memory

import numpy as np
import psutil


def private_bytes():
    # USS: memory that belongs to this process alone.
    return psutil.Process().memory_full_info().uss


def keep(data):
    global DATA  # each worker keeps what its initializer received
    DATA = data


def attach(name, length):
    global BLOCK, DATA  # maps the block: nothing is copied
    BLOCK = shared_memory.SharedMemory(name=name)
    DATA = np.ndarray((length,), np.float64, buffer=BLOCK.buf)


def before_and_after_reading():
    before = private_bytes()
    sum(DATA)  # read every value once, as a training loop would
    return before, private_bytes()


def extra(initializer, initargs, base, size):
    with Pool(1, initializer, initargs) as pool:
        held = pool.apply(before_and_after_reading)
    return [max(0, (h - b) / size) for h, b in zip(held, base)]


if __name__ == "__main__":
    floats = [float(i) for i in range(1_000_000)]
    size = sys.getsizeof(floats) + sum(map(sys.getsizeof, floats))
    # A worker given an empty list is the baseline.
    with Pool(1, keep, ([],)) as pool:
        base = pool.apply(before_and_after_reading)
    before, after = extra(keep, (floats,), base, size)
    print(f"list in initargs, before reading: {before:4.0%},"
          f" a copy: {before > 0.5}")
    print(f"list in initargs, after reading:  {after:4.0%},"
          f" a copy: {after > 0.5}")

    # The fix: one copy in shared memory, mapped by every worker.
    array = np.array(floats)
    nbytes = array.nbytes
    block = shared_memory.SharedMemory(create=True, size=nbytes)
    try:
        view = np.ndarray(array.shape, np.float64, buffer=block.buf)
        view[:] = array
        del view  # close() below needs every view gone
        args = (block.name, len(array))
        before, after = extra(attach, args, base, size)
        print(f"shared memory, after reading:     {after:4.0%},"
              f" a copy: {after > 0.5}")
    finally:
        block.close()
        block.unlink()
