"""A Barrier makes every worker finish its gradient before any of them averages the gradients."""
import multiprocessing as mp
import random
import time

WORKERS = 4


def train_step(rank, grads, phase_done, results):
    # Phase 1: compute a local gradient (workers take different times).
    rng = random.Random(rank)
    time.sleep(rng.uniform(0, 0.2))
    grads[rank] = rank + 1.0
    # Nobody may read the gradients until all of them are written.
    index = phase_done.wait(timeout=10)
    # Phase 2: every worker averages all gradients, like an all-reduce.
    mean = sum(grads[:]) / WORKERS
    results.put((rank, mean, index == 0))


if __name__ == "__main__":
    grads = mp.Array("d", WORKERS)  # four doubles, zero-filled
    phase_done = mp.Barrier(WORKERS)
    results = mp.Queue()
    workers = [mp.Process(target=train_step, args=(r, grads, phase_done, results))
               for r in range(WORKERS)]
    for w in workers:
        w.start()
    rows = sorted(results.get(timeout=10) for _ in range(WORKERS))
    for w in workers:
        w.join()
    print("averages seen by the workers:", [mean for _, mean, _ in rows])
    # wait() returns a different index to each party; exactly one gets 0 (e.g. to log).
    print("workers that got index 0:", sum(first for _, _, first in rows))
