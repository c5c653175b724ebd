"""DataLoader workers limit torch's threads, not NumPy's BLAS."""
import os

import numpy as np
import torch
from threadpoolctl import threadpool_info, threadpool_limits
from torch.utils.data import DataLoader, Dataset


def threads():
    # torch's intra-op pool; NumPy's OpenBLAS, via threadpoolctl.
    blas = [pool["num_threads"] for pool in threadpool_info()
            if pool["internal_api"] == "openblas"][0]
    cpus = len(os.sched_getaffinity(0))
    return {name: "1" if n == 1 else "1 per CPU" if n == cpus else n
            for name, n in [("torch", torch.get_num_threads()),
                            ("numpy BLAS", blas)]}


class Probe(Dataset):
    def __len__(self):
        return 1

    def __getitem__(self, i):
        np.ones((64, 64)) @ np.ones((64, 64))  # a transform: BLAS
        return threads()


def env_too_late(worker_id):
    # OpenBLAS read the environment when NumPy loaded it: before.
    os.environ["OPENBLAS_NUM_THREADS"] = "1"


def limit_blas(worker_id):
    # Called without "with", the limit lasts for the worker's life.
    threadpool_limits(limits=1, user_api="blas")


def in_a_worker(init=None):
    loader = DataLoader(Probe(), batch_size=None, num_workers=1,
                        worker_init_fn=init)
    return next(iter(loader))


if __name__ == "__main__":
    print("main process:", threads())
    for label, init in [("no worker_init_fn", None),
                        ("env var in worker_init_fn", env_too_late),
                        ("threadpool_limits", limit_blas)]:
        print(f"worker, {label}:\n  {in_a_worker(init)}")
