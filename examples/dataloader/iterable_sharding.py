"""An IterableDataset runs whole in each worker unless it shards."""
import itertools

from torch.utils.data import DataLoader, IterableDataset
from torch.utils.data import get_worker_info


class Stream(IterableDataset):
    """Numbered records read in order, as from a file."""

    def __init__(self, size, shard=False, rank=0, world_size=1):
        self.size, self.shard = size, shard
        self.rank, self.world_size = rank, world_size

    def __iter__(self):
        records = iter(range(self.size))
        if not self.shard:
            return records
        # One slot per (process, worker) pair. Each slot takes every
        # n-th record, so every record goes to exactly one slot.
        info = get_worker_info()
        workers, worker = (info.num_workers, info.id) if info \
            else (1, 0)
        slots = self.world_size * workers
        slot = self.rank * workers + worker
        return itertools.islice(records, slot, None, slots)


def load(dataset):
    loader = DataLoader(dataset, batch_size=None, num_workers=2)
    return [int(record) for record in loader]


if __name__ == "__main__":
    # Each worker gets a copy of the dataset and iterates over it.
    records = load(Stream(6))
    print("not sharded:", records)
    print("  duplicates:", len(records) - len(set(records)))
    print("sharded by worker:", load(Stream(6, shard=True)))
    # Several training processes: each builds the dataset with its
    # rank (torch.distributed.get_rank() in real code).
    for rank in range(2):
        shard = load(Stream(12, True, rank=rank, world_size=2))
        print(f"rank {rank} of 2, 2 workers:", shard)
