"""fork does not pickle a tensor given to a Process, so it is not shared."""
import torch
import torch.multiprocessing as mp


def add_one(tensor):
    # In place: the parent sees it only if both use the same memory.
    tensor += 1


def run(method, tensor):
    child = mp.get_context(method).Process(target=add_one, args=(tensor,))
    child.start()
    child.join()
    return tensor.tolist(), tensor.is_shared()


if __name__ == "__main__":
    # The example picks each start method: the difference is its point.
    # spawn and forkserver pickle the Process and its arguments; torch's
    # reducer moves the tensor's storage to shared memory as it does so.
    # fork copies the parent's memory and pickles nothing.
    for method in ("fork", "spawn", "forkserver"):
        values, shared = run(method, torch.zeros(3))
        print(f"{method:10}  parent sees {values}  is_shared={shared}")

    # share_memory_() before start() makes fork share the tensor too.
    values, shared = run("fork", torch.zeros(3).share_memory_())
    print(f"fork after share_memory_()  parent sees {values}")
