"""A shared ctypes Structure keeps related fields (epoch, step, loss) consistent under one lock."""
import ctypes
import multiprocessing as mp
from multiprocessing.sharedctypes import RawArray


class Progress(ctypes.Structure):
    _fields_ = [("epoch", ctypes.c_int), ("step", ctypes.c_int), ("loss", ctypes.c_double)]


def train(progress, losses):
    for epoch in range(3):
        for step in range(5):
            loss = 1.0 / (1 + epoch * 5 + step)
            # Update all three fields under one lock, so a reader never sees
            # the epoch of one update next to the loss of another.
            with progress.get_lock():
                progress.epoch, progress.step, progress.loss = epoch, step, loss
        losses[epoch] = loss  # one writer per slot: no lock needed


if __name__ == "__main__":
    progress = mp.Value(Progress, 0, 0, 0.0)  # extra arguments build the Structure
    losses = RawArray(ctypes.c_double, 3)      # RawArray: shared memory without a lock
    child = mp.Process(target=train, args=(progress, losses))
    child.start()
    child.join()
    with progress.get_lock():
        print(f"epoch={progress.epoch} step={progress.step} loss={progress.loss:.4f}")
    print("last loss of each epoch:", [round(x, 4) for x in losses])
