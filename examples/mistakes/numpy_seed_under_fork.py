"""Workers forked from one process share NumPy's random state."""
import multiprocessing as mp

import numpy as np
# Importing numpy.random at the top (pandas, SciPy and scikit-learn
# do it too) creates NumPy's global generator as the module loads.
from numpy.random import RandomState, SeedSequence, default_rng


def draw(_):
    # The legacy global generator, as old tutorials use it.
    return float(np.random.random())


def draw_seeded(seed):
    return float(default_rng(seed).random())


if __name__ == "__main__":
    # Seeding once in the parent, hoping for reproducible workers.
    np.random.seed(0)
    # The first draw that seed gives: a copy of this state draws it.
    first_after_seed = float(RandomState(0).random())

    # A fresh worker for every task: four processes, one draw each.
    with mp.Pool(2, maxtasksperchild=1) as pool:
        draws = pool.map(draw, range(4), chunksize=1)
    print("global generator, distinct draws out of 4:",
          len(set(draws)))
    print("draws that came from the parent's seed:",
          sum(d == first_after_seed for d in draws))

    # The fix: one generator per task, from its own SeedSequence.
    seeds = SeedSequence(0).spawn(4)
    with mp.Pool(2) as pool:
        draws = pool.map(draw_seeded, seeds)
    print("one generator per task, distinct draws out of 4:",
          len(set(draws)))
