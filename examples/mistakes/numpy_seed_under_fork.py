"""Under fork every child inherits NumPy's global random state: the "random" draws repeat."""
import multiprocessing as mp

import numpy as np


def draw(_):
    return float(np.random.random())  # the global generator, as old tutorials use it


def draw_seeded(seed):
    return float(np.random.default_rng(seed).random())


if __name__ == "__main__":
    np.random.seed(0)  # seeding once in the parent, for reproducibility
    with mp.Pool(2, maxtasksperchild=1) as pool:  # a fresh worker for every task
        draws = pool.map(draw, range(4), chunksize=1)
    print("global generator, distinct draws out of 4:", len(set(draws)))

    # The fix: give each task its own generator from its own seed (SeedSequence.spawn).
    seeds = np.random.SeedSequence(0).spawn(4)
    with mp.Pool(2) as pool:
        draws = pool.map(draw_seeded, seeds)
    print("one generator per task, distinct draws out of 4:", len(set(draws)))
