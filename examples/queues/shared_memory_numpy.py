"""A NumPy array on a SharedMemory block is changed by a child in place, with no copy sent."""
import multiprocessing as mp
from multiprocessing import shared_memory

import numpy as np


def normalise_columns(name, shape, dtype):
    # Attach to the existing block by name; the child neither creates nor unlinks it.
    block = shared_memory.SharedMemory(name=name)
    features = np.ndarray(shape, dtype=dtype, buffer=block.buf)
    features -= features.mean(axis=0)
    features /= features.std(axis=0)
    del features   # drop the view first: close() fails while a view still uses the buffer
    block.close()  # this process is done with it; the block itself stays


if __name__ == "__main__":
    data = np.arange(12, dtype=np.float64).reshape(4, 3) ** 2
    # The creator makes the block and copies the data in once.
    block = shared_memory.SharedMemory(create=True, size=data.nbytes)
    try:
        features = np.ndarray(data.shape, dtype=data.dtype, buffer=block.buf)
        features[:] = data
        child = mp.Process(target=normalise_columns,
                           args=(block.name, data.shape, data.dtype.str))
        child.start()
        child.join()
        # (+ 0.0 turns a rounded -0.0 into 0.0)
        print("column means after the child:", features.mean(axis=0).round(6) + 0.0)
        print("column stds after the child: ", features.std(axis=0).round(6))
        del features
    finally:
        # Every process closes; exactly one (the creator here) unlinks, once all are done.
        block.close()
        block.unlink()
    try:
        shared_memory.SharedMemory(name=block.name)
    except FileNotFoundError:
        print("after unlink the name is gone: FileNotFoundError")
