"""maxtasksperchild replaces workers after N tasks: a leak cap, at a cost."""
import os
import time
from multiprocessing import Pool

TASKS = 8


def load_model():
    # Stands in for the set-up every new worker repeats, such as
    # loading a model or a tokenizer. Under fork a bare process start
    # costs only milliseconds: most of the price is here.
    time.sleep(0.05)


def job(x):
    return os.getpid()


if __name__ == "__main__":
    with Pool(processes=2) as pool:  # warm up imports so the first row is fair
        pool.map(job, range(2))
    print(f"{'maxtasksperchild':>17} {'worker processes':>17}  time")
    took = {}
    for limit in [None, 2, 1]:
        start = time.perf_counter()
        with Pool(processes=2, initializer=load_model,
                  maxtasksperchild=limit) as pool:
            # chunksize=1: one item is one task, as the limit counts tasks.
            pids = pool.map(job, range(TASKS), chunksize=1)
        took[limit] = time.perf_counter() - start
        # Count distinct workers, and check none ran more tasks than allowed.
        per_worker = [pids.count(p) for p in set(pids)]
        assert limit is None or max(per_worker) <= limit
        used = "<= 2" if limit is None else f">= {TASKS // limit}"
        assert len(per_worker) >= TASKS // (limit or TASKS)
        print(f"{str(limit):>17} {used:>17}  {took[limit] * 1000:.0f} ms")

    # The conclusion, with a margin wide enough for a busy machine: a new
    # worker for every task costs far more than two workers for all.
    print("a new worker per task is slower than no limit:",
          took[1] > 1.3 * took[None])
