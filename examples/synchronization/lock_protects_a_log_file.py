"""A Lock keeps multi-line records from several workers whole in one shared metrics file."""
import multiprocessing as mp
import tempfile
from pathlib import Path


def log_epochs(lock, path, worker):
    for epoch in range(3):
        # Form 1: acquire/release by hand; `finally` releases even if the write fails.
        lock.acquire()
        try:
            with open(path, "a") as f:
                f.write(f"worker={worker} epoch={epoch}\n")
                f.write(f"worker={worker} loss={1 / (epoch + 1):.3f}\n")
        finally:
            lock.release()
    # Form 2: the same thing as a context manager, the usual way to write it.
    with lock:
        with open(path, "a") as f:
            f.write(f"worker={worker} done\n")


if __name__ == "__main__":
    lock = mp.Lock()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "metrics.log"
        workers = [mp.Process(target=log_epochs, args=(lock, path, w)) for w in range(3)]
        for w in workers:
            w.start()
        for w in workers:
            w.join()
        lines = path.read_text().splitlines()
    # Each epoch record is two lines from the same worker, never split by another.
    pairs = [(a, b) for a, b in zip(lines, lines[1:]) if "epoch=" in a]
    print("lines written:", len(lines))
    print("every epoch line followed by its own loss line:",
          all(a.split()[0] == b.split()[0] and "loss=" in b for a, b in pairs))
    # acquire() can also give up: with a timeout it returns False instead of waiting forever.
    with lock:
        print("acquire with timeout while held:", lock.acquire(timeout=0.1))
    print("acquire when free:", lock.acquire(block=False))
    lock.release()
