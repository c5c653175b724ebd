"""torch.multiprocessing hands tensors to other processes through shared memory, not copies."""
import torch
import torch.multiprocessing as mp


def add_rank(shared, rank):
    # An in-place change to a shared tensor is seen by every process that holds it.
    shared[rank] += rank + 1


def make_tensor(queue):
    # A tensor sent through a torch.multiprocessing queue is moved to shared memory first.
    t = torch.full((3,), 7.0)
    queue.put(t)
    queue.get()  # wait until the parent has used it before this process may exit


if __name__ == "__main__":
    # share_memory_() moves the storage into shared memory once; children then map it.
    weights = torch.zeros(2, 3)
    weights.share_memory_()
    print("is_shared:", weights.is_shared())
    workers = [mp.Process(target=add_rank, args=(weights, r)) for r in range(2)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print("after the children:", weights.tolist())

    # A queue works in the other direction too: the child's tensor is never pickled whole.
    queue = mp.Queue()
    child = mp.Process(target=make_tensor, args=(queue,))
    child.start()
    received = queue.get()
    print("received:", received.tolist(), "is_shared:", received.is_shared())
    del received
    queue.put("done")
    child.join()
    print("child exit code:", child.exitcode)
