"""Each worker holds prefetch_factor batches in flight, ahead."""
from torch.utils.data import DataLoader, Dataset, Sampler


class Items(Dataset):
    def __len__(self):
        return 32

    def __getitem__(self, i):
        return i


class CountingSampler(Sampler):
    """Counts the indices the loader has asked for so far."""

    def __init__(self):
        self.handed_out = 0

    def __len__(self):
        return 32

    def __iter__(self):
        for i in range(32):
            self.handed_out += 1
            yield i


if __name__ == "__main__":
    for factor in (1, 2, 4):
        sampler = CountingSampler()
        loader = DataLoader(Items(), batch_size=None,
                            sampler=sampler, num_workers=2,
                            prefetch_factor=factor)
        # The sampler runs in the main process: read its count when
        # the loop body first runs.
        for item in loader:
            print(f"prefetch_factor={factor}, 2 workers: "
                  f"{sampler.handed_out} batches requested")
            break
