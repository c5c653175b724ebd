"""The workload every engine on this page runs: a seeded Monte Carlo estimate of pi."""
import random

TASKS = 16          # independent pieces of work
SAMPLES = 100_000   # random points per piece


def task_seeds(tasks=TASKS, root=2024):
    # One seed per task, fixed in advance: the result cannot depend on which worker
    # runs which task, or in what order.
    return [root * 1_000 + task for task in range(tasks)]


def count_inside(seed, samples=SAMPLES):
    # The unit of work, plain CPU-bound Python: how many random points of the unit
    # square fall inside the quarter circle of radius 1.
    rng = random.Random(seed)
    inside = 0
    for _ in range(samples):
        x, y = rng.random(), rng.random()
        inside += x * x + y * y <= 1.0
    return inside


def estimate(counts, samples=SAMPLES):
    # The quarter circle covers pi/4 of the square.
    return 4 * sum(counts) / (len(counts) * samples)
