"""Forking after multi-threaded PyTorch ran can hang the child; fixes."""
import multiprocessing as mp

import torch


def child_work(single_thread):
    # The fix inside the child: one thread, set before its first
    # parallel operation.
    if single_thread:
        torch.set_num_threads(1)
    a = torch.randn(512, 512)
    for _ in range(5):
        a = torch.tanh(a @ a / 30)


def attempt(label, method, single_thread=False, wait=5):
    context = mp.get_context(method)
    child = context.Process(target=child_work, args=(single_thread,))
    child.start()
    # Never join a child that may hang without a timeout.
    child.join(wait)
    if child.is_alive():
        child.kill()
        child.join()
        print(f"{label}: no progress after {wait} s, killed")
    else:
        print(f"{label}: finished, exit code {child.exitcode}")


if __name__ == "__main__":
    # The hang needs a thread pool: more than one core. The count itself
    # belongs to the machine, so only the comparison is printed.
    print("parent runs torch on several threads:", torch.get_num_threads() > 1)
    # Multi-threaded work in the parent starts the OpenMP thread pool.
    a = torch.randn(512, 512)
    for _ in range(5):
        a = a @ a / 30
    # This example chooses its start methods: that is what it is about.
    attempt("fork, child uses threads", "fork")
    attempt("fork, child calls set_num_threads(1) first", "fork",
            single_thread=True)
    attempt("spawn, child uses threads", "spawn", wait=120)
    attempt("forkserver, child uses threads", "forkserver", wait=120)
