"""What DataLoader(num_workers=2) starts: child processes that each build whole batches."""
import multiprocessing as mp

import torch
from torch.utils.data import DataLoader, Dataset, get_worker_info


class Squares(Dataset):
    def __len__(self):
        return 8

    def __getitem__(self, i):
        # This runs inside a worker: get_worker_info() is None only in the main process.
        info = get_worker_info()
        return {"i": i, "square": i * i, "worker": info.id,
                "in_child": mp.parent_process() is not None}


if __name__ == "__main__":
    torch.manual_seed(0)
    # With no multiprocessing_context given, the workers use the default start method.
    print("start method of the workers:", mp.get_start_method())
    loader = DataLoader(Squares(), batch_size=2, num_workers=2)
    # Worker k builds batches k, k+2, ...; the loader still yields them in order.
    for batch in loader:
        print("batch", batch["i"].tolist(), "squares", batch["square"].tolist(),
              "worker", batch["worker"].tolist(), "in a child:", batch["in_child"].tolist())
