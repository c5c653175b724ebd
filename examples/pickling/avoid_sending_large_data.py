"""Four ways to give workers one large array, from a copy per task to none."""
import multiprocessing as mp
import os
import tempfile
import time
from multiprocessing import shared_memory

import numpy as np

SHAPE = (1_000, 4_000)  # 32 MB of float64
TASKS = 8


def block_sum(array, i):
    # The work itself is small on purpose: what is measured is getting
    # the data there.
    rows = SHAPE[0] // TASKS
    return round(float(array[i * rows:(i + 1) * rows].sum()), 3)


def keep(array):
    global ARRAY
    ARRAY = array


def from_initializer(i):
    return block_sum(ARRAY, i)


def from_shared_memory(name, i):
    block = shared_memory.SharedMemory(name=name)
    try:
        array = np.ndarray(SHAPE, dtype=np.float64, buffer=block.buf)
        return block_sum(array, i)
    finally:
        block.close()


def from_path(path, i):
    # mmap_mode="r" maps the file: the pages a task reads are the only
    # ones loaded.
    return block_sum(np.load(path, mmap_mode="r"), i)


def run(label, work, tasks, **pool_options):
    start = time.perf_counter()
    with mp.Pool(2, **pool_options) as pool:
        results = pool.starmap(work, tasks)
    took = time.perf_counter() - start
    print(f"{label:<34}{took:.2f} s, total {sum(results):.3f}")
    return took


if __name__ == "__main__":
    array = np.random.default_rng(0).random(SHAPE)
    indices = range(TASKS)
    # Timed from pool start to last result: the initializer's copy
    # happens at start.
    every_task = run("1. the array with every task", block_sum,
                     [(array, i) for i in indices])
    run("2. once per worker (initializer)", from_initializer,
        [(i,) for i in indices], initializer=keep, initargs=(array,))

    shared = shared_memory.SharedMemory(create=True, size=array.nbytes)
    try:
        np.ndarray(SHAPE, dtype=np.float64, buffer=shared.buf)[:] = array
        tasks = [(shared.name, i) for i in indices]
        shared_s = run("3. shared memory, by name", from_shared_memory,
                       tasks)
    finally:
        shared.close()
        shared.unlink()

    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "array.npy")
        np.save(path, array)
        path_s = run("4. a file, by path", from_path,
                     [(path, i) for i in indices])

    # The conclusion, with a margin wide enough for a busy machine.
    print("shared memory and a path both beat a copy per task:",
          max(shared_s, path_s) * 1.3 < every_task)
