"""Workers copy a list of Python objects; a memmap they share."""
import os
import sys
import tempfile

import numpy as np
import psutil
import torch
from torch.utils.data import DataLoader, Dataset

N = 1_000_000  # float values in the dataset
MB = 2**20


class Values(Dataset):
    def __init__(self, data):
        self.data = data  # a list, an array, or a file's path

    def __len__(self):
        return N

    def __getitem__(self, idx):
        if isinstance(self.data, str):  # map it once per worker
            self.data = np.memmap(self.data, np.float64, "r")
        if isinstance(self.data, list):
            items = [self.data[i] for i in idx.tolist()]
            return os.getpid(), sum(items)
        return os.getpid(), float(self.data[idx].sum())


def worker_uss(data, chunks):
    # Persistent workers outlive the epoch, so they can be measured.
    loader = DataLoader(Values(data), batch_size=None,
                        sampler=chunks, num_workers=2,
                        persistent_workers=True)
    pids = {pid for pid, _ in loader}
    # USS: the memory that belongs to this one process alone.
    uss = [psutil.Process(p).memory_full_info().uss for p in pids]
    del loader  # ends the workers
    return max(uss)


if __name__ == "__main__":
    print("start method:", torch.multiprocessing.get_start_method())
    rng = np.random.default_rng(0)
    values = rng.random(N)
    as_list = values.tolist()
    objects = N * sys.getsizeof(0.5)  # one float object per value
    sizes = {"list": sys.getsizeof(as_list) + objects,
             "array": values.nbytes}
    # Shuffled chunks of indices: each worker reads from all over.
    chunks = np.array_split(rng.permutation(N), 10)
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "values.f64")
        values.tofile(path)
        # The yardstick: a worker whose data stays in the file.
        base = worker_uss(path, chunks)
        extra = {"list": worker_uss(as_list, chunks) - base,
                 "array": worker_uss(values, chunks) - base}
    print("private memory per worker, minus a memmap worker's:")
    for name, size in sizes.items():
        print(f"  {name:5}: {extra[name] / MB:3.0f} MB "
              f"(the data: {size / MB:.0f} MB)")
    for name, size in sizes.items():
        copied = extra[name] > size / 2
        print(f"{name} copied into each worker:", copied)
