"""A small /dev/shm: a big block is made, then kills its writer."""
import multiprocessing as mp
import shutil
import signal
import sys
from multiprocessing import shared_memory

from _small_shm import mount_small_shm

MiB = 2**20


def fill(name):
    block = shared_memory.SharedMemory(name=name)
    block.buf[:] = b"x" * block.size  # every page needs room now
    block.close()


if __name__ == "__main__":
    # 1 MiB; docker's default is 64 MiB. The same limit, smaller.
    try:
        mount_small_shm("1m")
    except OSError as error:
        sys.exit(f"no /dev/shm of its own on this system: {error}")
    total = shutil.disk_usage("/dev/shm").total
    print("/dev/shm size:", total // MiB, "MiB")
    # A careful program checks first, to fail with a clear message.
    fits = shutil.disk_usage("/dev/shm").free >= 4 * MiB
    print("a 4 MiB block fits:", fits)

    # Made anyway, it succeeds: no memory is taken until written.
    block = shared_memory.SharedMemory(create=True, size=4 * MiB)
    print("created a block of", block.size // MiB, "MiB: no error")
    try:
        # A worker writing it dies of SIGBUS when the tmpfs is full:
        # the "Bus error" of a container with a small /dev/shm.
        worker = mp.Process(target=fill, args=(block.name,))
        worker.start()
        worker.join()
        number = -worker.exitcode
        print(f"worker exit code: {worker.exitcode}"
              f" ({signal.Signals(number).name}:"
              f" {signal.strsignal(number)})")

        # Locks and semaphores live in /dev/shm too: none fits now.
        try:
            mp.Lock()
        except OSError as error:
            print(f"mp.Lock(): {type(error).__name__}: {error}")
    finally:
        block.close()
        block.unlink()  # frees the pages the worker wrote
    print("after unlink(), mp.Lock() works:", mp.Lock() is not None)
