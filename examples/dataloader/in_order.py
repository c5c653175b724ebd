"""in_order=False yields batches as they finish, not in order."""
import torch.multiprocessing as mp
from torch.utils.data import DataLoader, Dataset


class OneSlow(Dataset):
    def __init__(self, wait):
        self.wait, self.released = wait, mp.Event()

    def __len__(self):
        return 8

    def __getitem__(self, i):
        if i == 0:  # batch 0 is slow: it waits for a signal
            self.released.wait(timeout=self.wait)
        return i


def arrival_order(in_order, wait):
    dataset = OneSlow(wait)
    loader = DataLoader(dataset, batch_size=None, num_workers=2,
                        in_order=in_order)
    order = []
    for i in loader:
        order.append(int(i))
        if len(order) == 3:  # three batches are in: let batch 0 end
            dataset.released.set()
    return order


if __name__ == "__main__":
    # In order, nothing comes before batch 0: it waits its 2 s.
    print("in_order=True: ", arrival_order(True, wait=2))
    # Out of order, worker 1's batches come while batch 0 waits.
    order = arrival_order(False, wait=60)
    print("in_order=False: first three:", order[:3])
    print("  every batch once:", sorted(order) == [*range(8)])
