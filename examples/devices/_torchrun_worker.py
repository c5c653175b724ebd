"""Helper: a training script as torchrun starts it, once a rank."""
import os
import sys

import torch
import torch.distributed as dist

SET_BY_TORCHRUN = ["RANK", "LOCAL_RANK", "WORLD_SIZE",
                   "LOCAL_WORLD_SIZE", "MASTER_ADDR", "MASTER_PORT",
                   "OMP_NUM_THREADS"]


def main(store):
    # torchrun tells each copy of the script who it is through the
    # environment.
    rank = int(os.environ["RANK"])
    local_rank = int(os.environ["LOCAL_RANK"])
    world_size = int(os.environ["WORLD_SIZE"])
    device = (torch.device("cuda", local_rank)
              if torch.cuda.is_available() else torch.device("cpu"))
    # The usual call is init_process_group(backend), which reads
    # MASTER_ADDR/PORT; a file keeps every socket on loopback.
    dist.init_process_group("gloo", init_method=f"file://{store}",
                            rank=rank, world_size=world_size)
    total = torch.tensor([rank + 1.0])
    dist.all_reduce(total)
    seen = {name: os.environ.get(name) for name in SET_BY_TORCHRUN}
    seen["MASTER_PORT"] = "<free>" if seen["MASTER_PORT"] else None
    seen.update(device=str(device), all_reduce=str(total.item()))
    # Rank 0 prints for all: one writer, so lines cannot interleave.
    table = [None] * world_size
    dist.all_gather_object(table, seen)
    if rank == 0:
        ranks = "".join(f"rank {r:<6}" for r in range(world_size))
        print(f"{'':18}{ranks}".rstrip())
        for name in seen:
            row = "".join(f"{each[name]:<11}" for each in table)
            print(f"{name:18}{row}".rstrip())
    dist.destroy_process_group()


if __name__ == "__main__":
    main(sys.argv[1])
