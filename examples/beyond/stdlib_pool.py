"""The workload on multiprocessing.Pool: the baseline every engine on this page is ported from."""
from multiprocessing import Pool

from _montecarlo import count_inside, estimate, task_seeds

if __name__ == "__main__":
    # map keeps the order of the seeds; the estimate does not depend on it anyway.
    with Pool(processes=2) as pool:
        counts = pool.map(count_inside, task_seeds())
    print(f"multiprocessing.Pool      pi ~ {estimate(counts):.6f} from {len(counts)} tasks")
