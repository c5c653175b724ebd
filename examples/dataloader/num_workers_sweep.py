"""Workers speed up a CPU-heavy transform, up to one per CPU."""
import textwrap
import time
import warnings

import torch
from torch.utils.data import DataLoader, Dataset


class Heavy(Dataset):
    """Each item costs pure-Python work, like decoding an image."""

    def __len__(self):
        return 32

    def __getitem__(self, i):
        total = 0
        for k in range(300_000):
            total = (total + k * i) % 1_000_003
        return torch.tensor(total)


def epoch_time(loader):
    start = time.perf_counter()
    for _ in loader:
        pass
    return time.perf_counter() - start


if __name__ == "__main__":
    best = {}
    for workers in (0, 2, 4):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("once")
            loader = DataLoader(Heavy(), batch_size=4,
                                num_workers=workers,
                                persistent_workers=workers > 0)
            # The first epoch starts the workers; time the next two.
            first = epoch_time(loader)
            best[workers] = min(epoch_time(loader),
                                epoch_time(loader))
        print(f"num_workers={workers}: epoch {best[workers]:.2f} s,"
              f" first epoch {first:.2f} s")
        for warning in caught:
            text = textwrap.fill(str(warning.message), 64)
            print(textwrap.indent(text, "    "))
        del loader  # ends its persistent workers
    # Wide margins: the machine may be busy. It has 2 CPUs.
    print("2 workers over 1.4x faster than 0:",
          best[0] > 1.4 * best[2])
    print("4 workers over 1.2x faster than 2:",
          best[2] > 1.2 * best[4])
