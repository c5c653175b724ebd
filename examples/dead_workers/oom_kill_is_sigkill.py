"""An out-of-memory kill is SIGKILL: no traceback, no clean-up."""
import multiprocessing as mp
import os
import signal
import time

MB = 2**20


def grow(held_mb, cleaned_up):
    hoard = []
    try:
        for _ in range(4):
            hoard.append(b"x" * (25 * MB))  # pages really written
            held_mb.value = 25 * len(hoard)
        time.sleep(60)  # a real worker would go on growing
    finally:
        cleaned_up.value = True  # never runs: SIGKILL ends it first


if __name__ == "__main__":
    held_mb = mp.Value("i", 0)
    cleaned_up = mp.Value("b", False)
    worker = mp.Process(target=grow, args=(held_mb, cleaned_up))
    worker.start()
    # Play the kernel: once the worker holds 100 MB, SIGKILL it.
    while held_mb.value < 100 and worker.is_alive():
        time.sleep(0.05)
    os.kill(worker.pid, signal.SIGKILL)
    worker.join()
    print(f"worker held {held_mb.value} MB when it was killed")
    code = worker.exitcode
    print(f"exitcode {code}: {signal.Signals(-code).name}")
    print("its finally block ran:", bool(cleaned_up.value))
