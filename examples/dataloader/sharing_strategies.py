"""Both sharing strategies use /dev/shm; one holds a descriptor."""
import os

import torch
import torch.multiprocessing as mp

MB = 2**20


def send(queue, strategy, done):
    # The sending process's strategy decides how its tensors travel.
    mp.set_sharing_strategy(strategy)
    for _ in range(8):
        queue.put(torch.ones(2 * MB // 4))  # 2 MB of float32 each
    done.wait(60)  # stay alive until the parent has looked


def mapped_from_dev_shm():
    # Bytes this process maps from /dev/shm files: other programs
    # using /dev/shm at the same time do not count.
    total = 0
    with open("/proc/self/maps") as maps:
        for line in maps:
            if " /dev/shm/" in line:
                start, end = line.split()[0].split("-")
                total += int(end, 16) - int(start, 16)
    return total


def fds_into_dev_shm():
    count = 0
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except FileNotFoundError:  # the listing's own descriptor
            continue
        count += target.startswith("/dev/shm/")
    return count


if __name__ == "__main__":
    print("strategies:", sorted(mp.get_all_sharing_strategies()))
    print("default:", mp.get_sharing_strategy())
    for strategy in sorted(mp.get_all_sharing_strategies()):
        queue, done = mp.Queue(), mp.Event()
        child = mp.Process(target=send,
                           args=(queue, strategy, done))
        child.start()
        tensors = [queue.get(timeout=60) for _ in range(8)]
        # file_system names each tensor's file after the sender.
        named = [name for name in os.listdir("/dev/shm")
                 if name.startswith(f"torch_{child.pid}_")]
        print(f"{strategy}, 8 tensors of 2 MB received:")
        print("  16 MB mapped from /dev/shm:",
              mapped_from_dev_shm() >= 16 * MB)
        print("  descriptors open on /dev/shm:", fds_into_dev_shm())
        print("  files in /dev/shm named for it:", len(named))
        del tensors
        done.set()
        child.join()
