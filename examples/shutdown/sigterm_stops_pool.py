"""A SIGTERM handler that stops the pool cleanly."""
import multiprocessing as mp
import os
import signal
import sys
import threading
import time


def init_worker():
    # The parent decides about Ctrl-C; terminate() must still work,
    # even for a worker that inherited the parent's handler (fork).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def work(n):
    time.sleep(30)  # a long task
    return n


def on_sigterm(signum, frame):
    print("SIGTERM: stopping")
    # An exception, so that with blocks and finally clauses run.
    sys.exit(128 + signum)


if __name__ == "__main__":
    signal.signal(signal.SIGTERM, on_sigterm)
    try:
        with mp.Pool(2, init_worker) as pool:
            # As docker stop does: SIGTERM to the main process only.
            threading.Timer(1, os.kill,
                            (os.getpid(), signal.SIGTERM)).start()
            print(pool.map(work, range(4)))
    finally:
        # Leaving the with block terminated and joined the workers.
        print("children left:", len(mp.active_children()))
