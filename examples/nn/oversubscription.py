"""Pool workers each running multi-threaded PyTorch fight for the cores; one thread each helps."""
import os
import time
from multiprocessing import Pool

import torch


def one_thread():
    torch.set_num_threads(1)


def matmuls(seed):
    # A CPU-bound task made of operations that PyTorch can spread over threads.
    gen = torch.Generator().manual_seed(seed)
    a = torch.randn(256, 256, generator=gen)
    for _ in range(100):
        a = torch.tanh(a @ a / 16)
    return torch.get_num_threads()


def run(initializer, workers):
    with Pool(workers, initializer=initializer) as pool:
        # Warm up first, so the timing leaves out start-up and the import of torch.
        pool.map(matmuls, range(workers))
        start = time.perf_counter()
        threads = pool.map(matmuls, range(4))
        return time.perf_counter() - start, threads[0]


if __name__ == "__main__":
    # os.sched_getaffinity counts the CPUs this process may use.
    workers = len(os.sched_getaffinity(0))
    print(f"{workers} CPUs, {workers} pool workers")
    for label, init in (("default threads", None), ("set_num_threads(1)", one_thread)):
        seconds, threads = run(init, workers)
        print(f"{label:18}: torch threads per worker: {threads}, "
              f"{workers * threads} threads on {workers} CPUs, {seconds:.2f} s")
