"""One process per device: mp.spawn starts ranks, one per device."""
import os
import tempfile
from multiprocessing import current_process

import torch
import torch.distributed as dist
import torch.multiprocessing as mp


def device_for(local_rank):
    # One GPU per process, chosen by rank; without GPUs, the CPU.
    if torch.cuda.is_available():
        return torch.device("cuda", local_rank)
    return torch.device("cpu")


def run(rank, world_size, store):
    # mp.spawn passes the rank first; it sets no RANK variable.
    device = device_for(rank)
    backend = "nccl" if device.type == "cuda" else "gloo"
    dist.init_process_group(backend, init_method=f"file://{store}",
                            rank=rank, world_size=world_size)
    # A collective: each rank adds rank + 1, all ranks get the sum.
    total = torch.tensor([rank + 1.0], device=device)
    dist.all_reduce(total)
    mine = (rank, current_process().name, str(device), backend,
            total.item(), os.environ.get("RANK"))
    reports = [None] * world_size
    dist.all_gather_object(reports, mine)
    if rank == 0:
        for r, name, dev, back, got, env_rank in reports:
            print(f"rank {r}: {name}, {dev}, {back}, sum {got},"
                  f" RANK={env_rank}")
    dist.destroy_process_group()


if __name__ == "__main__":
    # gloo listens on loopback only; the ranks meet through a file.
    os.environ["GLOO_SOCKET_IFNAME"] = "lo"
    world_size = 2  # on a GPU machine: torch.cuda.device_count()
    with tempfile.TemporaryDirectory() as tmp:
        # Always the spawn start method, whatever the default is.
        mp.spawn(run, args=(world_size, os.path.join(tmp, "store")),
                 nprocs=world_size)
    print("mp.spawn returned: every rank exited with code 0")
