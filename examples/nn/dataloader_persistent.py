"""persistent_workers keeps the same workers across epochs; pin_memory needs a GPU."""
import os
import time
import warnings

import torch
from torch.utils.data import DataLoader, TensorDataset


def worker_pid(batch):
    # collate_fn runs in the worker: tag each batch with the worker's process id.
    return os.getpid()


def epochs(loader, count=2):
    pids, times = set(), []
    for _ in range(count):
        start = time.perf_counter()
        pids.update(loader)
        times.append(time.perf_counter() - start)
    return pids, times


if __name__ == "__main__":
    data = TensorDataset(torch.arange(64.0))
    for persistent in (False, True):
        loader = DataLoader(data, batch_size=8, num_workers=2, collate_fn=worker_pid,
                            persistent_workers=persistent)
        pids, times = epochs(loader)
        print(f"persistent_workers={persistent}: {len(pids)} worker processes over 2 epochs;"
              " epoch times " + ", ".join(f"{t:.3f} s" for t in times))
        del loader  # persistent workers end when their loader is deleted

    # Pinned (page-locked) memory speeds up copies to a GPU; without one it is ignored.
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        list(DataLoader(data, batch_size=8, pin_memory=True))
    print("pin_memory without an accelerator:", caught[0].message)
