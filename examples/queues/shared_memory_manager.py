"""A SharedMemoryManager unlinks every block it made when its `with` block ends, errors or not."""
import multiprocessing as mp
from multiprocessing import shared_memory
from multiprocessing.managers import SharedMemoryManager

import numpy as np


def fill_rows(name, rows, width, start):
    block = shared_memory.SharedMemory(name=name)
    batch = np.ndarray((rows, width), dtype=np.float32, buffer=block.buf)
    batch[start::2] = start + 1  # this worker owns every other row: no lock needed
    del batch
    block.close()


if __name__ == "__main__":
    rows, width = 6, 4
    with SharedMemoryManager() as smm:  # starts a small server process
        block = smm.SharedMemory(size=rows * width * 4)
        names = smm.ShareableList(["cat", "dog", "bird"])
        workers = [mp.Process(target=fill_rows, args=(block.name, rows, width, s))
                   for s in (0, 1)]
        for w in workers:
            w.start()
        for w in workers:
            w.join()
        batch = np.ndarray((rows, width), dtype=np.float32, buffer=block.buf)
        print("row sums:", batch.sum(axis=1).tolist())
        print("labels:", list(names))
        del batch
        block.close()        # our own mapping; the manager unlinks the block itself
        names.shm.close()
        block_name = block.name
    # Leaving the `with` shut the manager down and unlinked both blocks.
    try:
        shared_memory.SharedMemory(name=block_name)
    except FileNotFoundError:
        print("block unlinked by the manager: FileNotFoundError")
