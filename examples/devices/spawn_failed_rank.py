"""When a rank raises, mp.spawn stops the others and raises too."""
import logging
import time

import torch.multiprocessing as mp

notices = []


class KeepNotices(logging.Handler):
    # torch logs what it does to the other ranks: keep it, print it.
    def emit(self, record):
        notices.append(record.msg.replace("%s", "<pid>"))


def run(rank):
    if rank == 1:
        raise ValueError(f"rank {rank} found a bad batch")
    # Rank 0 stands for a rank left waiting in a collective.
    time.sleep(60)


if __name__ == "__main__":
    log = logging.getLogger("torch.multiprocessing.spawn")
    log.addHandler(KeepNotices())
    log.propagate = False  # instead of torch's stderr handler
    # join=False returns the ranks; mp.spawn itself loops on join().
    ranks = mp.spawn(run, nprocs=2, join=False)
    try:
        while not ranks.join():
            pass
    except mp.ProcessRaisedException as error:
        # The child's traceback travels in the message, as text.
        lines = error.msg.strip().splitlines()
        print(type(error).__name__, "from rank", error.error_index)
        print(lines[0])
        print(lines[-1])
    for notice in notices:
        print("torch logged:", notice)
    # Rank 0 did not sleep out its 60 s: it was ended by SIGTERM.
    print("rank 0 exit code:", ranks.processes[0].exitcode)
