"""The code that benchmark workers run, kept apart so that a child process imports little.

Under spawn and forkserver every worker imports this module (and the main module run.py), so
it imports only the standard library at the top; NumPy-free, and PyTorch only inside the
functions of the oversubscription benchmark.
"""
import hashlib
import os
import threading
import time
from multiprocessing import shared_memory

# --- helpers for warming up a pool ------------------------------------------------------


def pid_after_nap(_):
    """Report which worker ran this; the nap lets every worker of the pool take a task."""
    time.sleep(0.01)
    return os.getpid(), threading.get_ident()


def noop(_=None):
    return None


def pid(_=None):
    return os.getpid(), threading.get_ident()


# --- CPU-bound pure Python (holds the GIL the whole time) -------------------------------


def spin(n):
    """A loop of integer arithmetic: pure bytecode, so a thread running it holds the GIL."""
    total = 0
    for i in range(n):
        total += i * i % 7
    return total


# --- a job that releases the GIL --------------------------------------------------------

# 1 MiB of data made at import; hashlib releases the GIL while it hashes more than 2 KiB.
BLOCK = bytes(range(256)) * 4096


def hash_rounds(rounds):
    digest = b""
    for _ in range(rounds):
        digest = hashlib.sha256(BLOCK).digest()
    return digest.hex()


# --- many tiny tasks --------------------------------------------------------------------


def tiny(x):
    return x * x


# --- sending data -----------------------------------------------------------------------

PAGE = 4096


def touch(buffer):
    """Read one byte of every page, so that the data has really arrived in this process."""
    return sum(memoryview(buffer)[::PAGE])


def touch_shared(name, size):
    """Attach to a shared-memory block by name, read it like `touch`, detach."""
    block = shared_memory.SharedMemory(name=name, track=False) if _TRACK_ARG else \
        shared_memory.SharedMemory(name=name)
    try:
        return sum(block.buf[:size:PAGE])
    finally:
        block.close()


# Python 3.13 added track=False; before it, attaching registers the block with the
# resource tracker, which is harmless here because the parent unlinks it.
_TRACK_ARG = "track" in shared_memory.SharedMemory.__init__.__code__.co_varnames

_payload = None


def keep_payload(payload, barrier):
    """Pool initializer: keep the data in a global, then report ready."""
    global _payload
    _payload = payload
    touch(_payload)
    barrier.wait(timeout=120)


def touch_kept(_=None):
    return touch(_payload)


# --- locks and proxies ------------------------------------------------------------------


def add_under_lock(value, n, barrier, times):
    """Contended case: several processes increment one shared Value under its lock.

    Each one times its own loop, after a barrier, so that start-up is not counted."""
    barrier.wait(timeout=120)
    start = time.perf_counter()
    for _ in range(n):
        with value.get_lock():
            value.value += 1
    times.put(time.perf_counter() - start)


# --- PyTorch threads per worker ---------------------------------------------------------


def torch_ready(_=None):
    """Pool initializer: import PyTorch once per worker, outside the timed part."""
    import torch

    torch.ones(8) @ torch.ones(8)


def torch_default_threads(_=None):
    import torch

    return torch.get_num_threads()


def torch_matmuls(args):
    """Multiply small matrices `count` times using `threads` intra-op threads."""
    import torch

    threads, size, count = args
    torch.set_num_threads(threads)
    generator = torch.Generator().manual_seed(0)
    a = torch.rand(size, size, generator=generator)
    b = torch.rand(size, size, generator=generator)
    for _ in range(count):
        a = (a @ b).clamp_(0, 1)
    return float(a.sum())


def torch_pid_after_nap(threads):
    torch_matmuls((threads, 16, 1))
    return pid_after_nap(None)
