"""The same workload on joblib: Parallel runs delayed calls on reusable loky worker processes."""
from joblib import Parallel, delayed
from joblib.externals.loky import get_reusable_executor

from _montecarlo import count_inside, estimate, task_seeds

if __name__ == "__main__":
    seeds = task_seeds()

    # delayed(f)(x) records the call instead of making it; Parallel ships the calls to
    # loky worker processes and returns the results in the order of the calls.
    counts = Parallel(n_jobs=2)(delayed(count_inside)(seed) for seed in seeds)
    print(f"joblib (loky)             pi ~ {estimate(counts):.6f} from {len(counts)} tasks")

    # return_as="generator_unordered" hands back each result as soon as it is ready.
    parallel = Parallel(n_jobs=2, return_as="generator_unordered")
    counts = list(parallel(delayed(count_inside)(seed) for seed in seeds))
    print(f"joblib, unordered         pi ~ {estimate(counts):.6f} from {len(counts)} tasks")

    # loky keeps its workers alive for the next Parallel call (for 300 s by default);
    # a program that is done with them can stop them at once.
    get_reusable_executor().shutdown(wait=True)
