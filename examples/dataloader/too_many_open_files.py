"""DataLoader's "Too many open files", and where the fix runs."""
import resource
import textwrap

import torch
import torch.multiprocessing as mp
from torch.utils.data import DataLoader, Dataset


class Samples(Dataset):
    def __len__(self):
        return 400

    def __getitem__(self, i):
        return torch.full((4,), float(i))


def use_file_system(worker_id):
    # Runs in each worker, which is the process that sends tensors.
    mp.set_sharing_strategy("file_system")


def keep_all(**options):
    # collate_fn=list leaves each sample its own tensor: one
    # descriptor each, for as long as the main process keeps it.
    loader = DataLoader(Samples(), batch_size=4, num_workers=2,
                        collate_fn=list, **options)
    kept = []
    try:
        for batch in loader:
            kept.extend(batch)
        return f"kept all {len(kept)} samples"
    except RuntimeError as error:
        return textwrap.fill(f"RuntimeError: {error}", 68)


if __name__ == "__main__":
    # A low limit (often 1024 by default) makes the error come soon.
    _, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (128, hard))
    print("default strategy:\n" + keep_all())
    mp.set_sharing_strategy("file_system")  # the main process only
    print("file_system set in the main process:\n" + keep_all())
    print("file_system set in each worker too:\n"
          + keep_all(worker_init_fn=use_file_system))
