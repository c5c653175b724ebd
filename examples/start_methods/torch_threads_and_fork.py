"""PyTorch's CPU thread pool does not survive fork: a child's matmul hangs."""
import multiprocessing as mp

import torch


def multiply(one_thread=False):
    # One thread means no thread pool; DataLoader workers set this too.
    if one_thread:
        torch.set_num_threads(1)
    a = torch.ones(500, 500)
    (a @ a).sum()


def multiply_when_told(go):
    go.wait()
    multiply()


def outcome(child):
    child.join(timeout=3)         # a matmul this small takes milliseconds
    if child.exitcode is None:    # still running after 3 s: stuck for good
        child.kill()
        child.join()
        return "hung, killed after 3 s"
    return f"finished, exit code {child.exitcode}"


if __name__ == "__main__":
    # Two threads on any machine, so that there is a pool to break.
    torch.set_num_threads(2)
    info = torch.__config__.parallel_info().splitlines()
    openmp = [line.strip() for line in info if "OpenMP" in line][0]
    print("threads:", torch.get_num_threads(), "|", openmp)

    # A worker forked before the parent has run anything in parallel.
    fork = mp.get_context("fork")
    go = fork.Event()
    early = fork.Process(target=multiply_when_told, args=(go,))
    early.start()

    # Now use the thread pool in the parent, as any real program would.
    a = torch.ones(500, 500)
    (a @ a).sum()

    late = fork.Process(target=multiply)
    late.start()
    print("forked after parallel work:       ", outcome(late))

    late = fork.Process(target=multiply, args=(True,))
    late.start()
    print("same, child set_num_threads(1):   ", outcome(late))

    go.set()
    print("forked before any parallel work:  ", outcome(early))
