"""A random generator stored on the dataset is copied into every worker: same "random" draws."""
import numpy as np
import torch
from torch.utils.data import DataLoader, Dataset, get_worker_info


class NoisyDataset(Dataset):
    """Adds random jitter to each item, as an augmentation would."""

    def __init__(self):
        # One generator, created in the main process and copied into each worker.
        self.rng = np.random.default_rng(0)

    def __len__(self):
        return 4

    def __getitem__(self, i):
        return int(self.rng.integers(1000)), int(np.random.randint(1000))


def seed_worker(worker_id):
    # torch gives each worker its own seed (base seed + worker id): derive from it.
    info = get_worker_info()
    info.dataset.rng = np.random.default_rng(info.seed)


def show(title, **options):
    torch.manual_seed(0)  # the loader draws its base seed from torch's generator
    loader = DataLoader(NoisyDataset(), batch_size=2, num_workers=2, **options)
    print(title)
    for epoch in range(2):
        batches = [list(zip(*(t.tolist() for t in batch))) for batch in loader]
        print(f"  epoch {epoch}: (dataset rng, np.random) per item:", batches)


if __name__ == "__main__":
    show("without worker_init_fn:")
    show("with worker_init_fn=seed_worker:", worker_init_fn=seed_worker)
