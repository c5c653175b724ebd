"""gc.freeze() spares forked pages from the GC, not from reads."""
import gc
import multiprocessing as mp
import sys

import psutil


def private_bytes():
    # USS: memory that belongs to this process alone.
    return psutil.Process().memory_full_info().uss


def copied_by(action):
    before = private_bytes()
    if action == "collect":
        # What the collector does by itself once a worker has made
        # enough new objects; called here so that it surely runs.
        gc.collect()
    else:
        total = sum(x for _, x in ROWS)  # reads every row
    return private_bytes() - before


def share_copied(action, size):
    with fork.Pool(1) as pool:  # a fresh fork for every measurement
        return pool.apply(copied_by, (action,)) / size


if __name__ == "__main__":
    # This page is about fork, so the example asks for it.
    fork = mp.get_context("fork")
    # Rows as small lists: containers, so the collector tracks them.
    ROWS = [[i, i / 2] for i in range(400_000)]
    size = sys.getsizeof(ROWS) + sum(
        sys.getsizeof(r) + sys.getsizeof(r[0]) + sys.getsizeof(r[1])
        for r in ROWS)
    print(f"rows: {size / 1e6:.0f} MB of Python objects")
    share = share_copied("collect", size)
    print(f"gc.collect() in a worker copied {share:.0%},"
          f" some of it: {share > 0.1}")
    # Move everything tracked so far out of the collector's reach.
    gc.freeze()
    share = share_copied("collect", size)
    print(f"after gc.freeze(), gc.collect() copied {share:.0%},"
          f" some of it: {share > 0.1}")
    share = share_copied("read", size)
    print(f"after gc.freeze(), reading copied {share:.0%},"
          f" most of it: {share > 0.5}")
