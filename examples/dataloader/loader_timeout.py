"""timeout= turns a stuck worker into an error, not a hang."""
import time

from torch.utils.data import DataLoader, Dataset


class Stalls(Dataset):
    def __len__(self):
        return 4

    def __getitem__(self, i):
        if i == 2:
            time.sleep(4)  # a stalled read: a network file system
        return i


if __name__ == "__main__":
    # Seconds per batch, from when the loader starts to wait: for
    # the first batch that includes the workers' start-up. The
    # default, 0, waits forever.
    loader = DataLoader(Stalls(), batch_size=None, num_workers=1,
                        timeout=2)
    start = time.monotonic()
    try:
        for i in loader:
            pass
    except RuntimeError as error:
        waited = time.monotonic() - start
        print(f"RuntimeError: {error}")
        print("raised after at least the timeout:", waited >= 2)
