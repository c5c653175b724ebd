"""Each tensor kept under file_descriptor holds an open file."""
import os
import resource

import torch
import torch.multiprocessing as mp

COUNT = 100  # tensors sent
LIMIT = 64  # a low limit on open files: the error comes soon


def send(queue, strategy, done):
    # The sending process's strategy decides how its tensors travel.
    mp.set_sharing_strategy(strategy)
    for i in range(COUNT):
        queue.put(torch.full((4,), float(i)))
    done.wait(60)  # serve the descriptors until the parent is done


def receive(strategy, limit):
    queue, done = mp.Queue(), mp.Event()
    child = mp.Process(target=send, args=(queue, strategy, done))
    child.start()
    # Lower the limit in this process only: the child has started.
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (limit, hard))
    # Files open now, less the listing's own descriptor.
    before = len(os.listdir("/proc/self/fd")) - 1
    kept = []  # keep every tensor, as a list of batches would
    try:
        for _ in range(COUNT):
            kept.append(queue.get(timeout=60))
        print(f"  kept all {len(kept)} tensors")
    except RuntimeError as error:
        print(f"  RuntimeError: {error}")
        # Each kept tensor holds one more descriptor (2 of slack).
        print("  files open before + tensors kept ~ the limit:",
              abs(before + len(kept) - limit) <= 2)
    finally:
        resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))
        kept.clear()
        done.set()
        child.join()


if __name__ == "__main__":
    print(f"file_descriptor, limit {LIMIT}:")
    receive("file_descriptor", LIMIT)
    print(f"file_system, limit {LIMIT}:")
    receive("file_system", LIMIT)
    print("file_descriptor, the shell's limit (ulimit -n):")
    soft, _ = resource.getrlimit(resource.RLIMIT_NOFILE)
    receive("file_descriptor", soft)
