"""A grid of learning rates and widths, each trained on digits in a pool worker."""
import itertools
import os
from multiprocessing import Pool

import torch
from torch import nn

from _digits import train_and_score


def init_worker():
    # One torch thread per worker: the pool already uses every CPU.
    torch.set_num_threads(1)


def evaluate(config):
    lr, hidden = config
    # Seed inside the task: the result must not depend on which worker runs it.
    torch.manual_seed(0)
    model = nn.Sequential(nn.Flatten(), nn.Linear(64, hidden), nn.ReLU(), nn.Linear(hidden, 10))
    return config, train_and_score(model, lr=lr, epochs=5)


if __name__ == "__main__":
    grid = list(itertools.product([0.0003, 0.003, 0.03], [16, 64]))
    with Pool(len(os.sched_getaffinity(0)), initializer=init_worker) as pool:
        # imap_unordered hands out configurations as workers free up.
        results = list(pool.imap_unordered(evaluate, grid))
    # Sort, because the order of completion is not the order of the grid.
    for (lr, hidden), accuracy in sorted(results, key=lambda r: (-r[1], r[0])):
        print(f"lr={lr:<6} hidden={hidden:<3} test accuracy {accuracy:.1f} %")
