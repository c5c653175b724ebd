"""The same workload on concurrent.futures.ProcessPoolExecutor: the call has the same shape."""
from concurrent.futures import ProcessPoolExecutor, as_completed

from _montecarlo import count_inside, estimate, task_seeds

if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as executor:
        # map, like Pool.map, returns the results in the order of the seeds...
        counts = list(executor.map(count_inside, task_seeds()))
        print(f"executor.map              pi ~ {estimate(counts):.6f} from {len(counts)} tasks")

        # ...while submit returns one Future per call, and as_completed yields them as
        # they finish: the shape Dask and Ray's APIs follow.
        futures = [executor.submit(count_inside, seed) for seed in task_seeds()]
        counts = [future.result() for future in as_completed(futures)]
        print(f"submit + as_completed     pi ~ {estimate(counts):.6f} from {len(counts)} tasks")
