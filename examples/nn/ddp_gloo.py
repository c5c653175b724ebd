"""One data-parallel training step in two CPU processes, with gloo."""
import os
import tempfile

import torch
import torch.distributed as dist
import torch.multiprocessing as mp
from torch import nn
from torch.nn.parallel import DistributedDataParallel as DDP


def step(model, x, y):
    # One plain SGD step on a mean-squared-error loss.
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    nn.functional.mse_loss(model(x), y).backward()
    opt.step()


def train(rank, world_size, store_file, x, y, results):
    # The ranks meet through a file; gloo then connects them over loopback.
    dist.init_process_group("gloo", init_method=f"file://{store_file}",
                            rank=rank, world_size=world_size)
    torch.manual_seed(0)  # DDP also copies rank 0's weights to every rank
    model = DDP(nn.Linear(4, 1))
    # Each rank sees its own half of the batch; backward() averages the
    # gradients across the ranks.
    half = len(x) // world_size
    step(model, x[rank * half:(rank + 1) * half],
         y[rank * half:(rank + 1) * half])
    # The weights go home as plain floats, for the parent to compare.
    results.put((rank, model.module.weight[0].tolist()))
    # Both ranks reach the end before either closes its connections.
    dist.barrier()
    dist.destroy_process_group()


if __name__ == "__main__":
    # gloo listens on the interface named here: loopback only.
    os.environ["GLOO_SOCKET_IFNAME"] = "lo"
    gen = torch.Generator().manual_seed(1)
    x, y = torch.randn(8, 4, generator=gen), torch.randn(8, 1, generator=gen)
    results = mp.get_context("spawn").SimpleQueue()
    # mp.spawn always uses the spawn start method and joins both ranks.
    with tempfile.TemporaryDirectory() as tmp:
        store = os.path.join(tmp, "store")
        mp.spawn(train, args=(2, store, x, y, results), nprocs=2)
    weights = dict(results.get() for _ in range(2))
    print("ranks hold identical weights:", weights[0] == weights[1])
    # The same step on the whole batch in one process: the same weights.
    torch.manual_seed(0)
    single = nn.Linear(4, 1)
    step(single, x, y)
    print("same as one process on the full batch:",
          torch.allclose(single.weight[0], torch.tensor(weights[0]),
                         atol=1e-6))
