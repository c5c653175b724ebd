"""Unlocked in-place adds from two processes lose some updates."""
import torch
import torch.multiprocessing as mp

ROUNDS, SIZE = 200, 200_000


def add_ones(shared, start, lock):
    torch.set_num_threads(1)
    start.wait()  # both processes begin together
    for _ in range(ROUNDS):
        if lock is None:
            shared += 1  # read, add, write: the other may cut in
        else:
            with lock:
                shared += 1


def run(lock):
    shared = torch.zeros(SIZE).share_memory_()
    start = mp.Barrier(2)
    workers = [mp.Process(target=add_ones,
                          args=(shared, start, lock))
               for _ in range(2)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    return shared


if __name__ == "__main__":
    # Every element should end at 2 * ROUNDS.
    racy = run(lock=None)
    short = int((racy < 2 * ROUNDS).sum())
    print(f"without a lock: {short} of {SIZE} elements lost adds")
    locked = run(lock=mp.Lock())
    print("with a lock, every element reached 2 * ROUNDS:",
          bool((locked == 2 * ROUNDS).all()))
