"""Workers reseed the global random: a seed set in the parent is lost."""
import multiprocessing as mp
import random


def draw_global(results):
    results.put(random.random())  # the module's hidden generator


def draw_own(seed, results):
    results.put(random.Random(seed).random())


def draws_of_workers(target, args_per_worker):
    # One draw per worker, sorted since the arrival order varies.
    results = mp.Queue()
    workers = [mp.Process(target=target, args=(*args, results))
               for args in args_per_worker]
    for worker in workers:
        worker.start()
    draws = sorted(results.get() for _ in workers)
    for worker in workers:
        worker.join()
    return draws


if __name__ == "__main__":
    # Seed the parent and start four workers, twice.
    random.seed(0)
    first = draws_of_workers(draw_global, [()] * 4)
    parents_next = random.random()
    random.seed(0)
    second = draws_of_workers(draw_global, [()] * 4)
    print("global random, distinct draws of 4:", len(set(first)))
    print("  a worker drew the parent's next number?",
          parents_next in first)
    print("  same draws after the same seed?", first == second)

    # The fix: each worker makes its own generator from a seed.
    seeds = [(0,), (1,), (2,), (3,)]
    first = draws_of_workers(draw_own, seeds)
    second = draws_of_workers(draw_own, seeds)
    print("own Random(seed), distinct draws of 4:", len(set(first)))
    print("  same draws in both runs?", first == second)
