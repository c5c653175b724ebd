"""A pool whose last reference goes in its own task thread hangs."""
import multiprocessing
import threading
import time
import warnings
from multiprocessing import Pool

gate = threading.Event()


def square(x):
    return x * x


def numbers():
    # imap() hands this generator to the pool's task thread, which
    # waits here until the main thread has let go of the pool.
    yield 1
    gate.wait()


def still_running(seconds):
    # Give every pool thread the chance to finish, then count.
    deadline = time.monotonic() + seconds
    for thread in threading.enumerate():
        if thread is not threading.main_thread():
            thread.join(max(0, deadline - time.monotonic()))
    return threading.active_count() - 1


if __name__ == "__main__":
    # Hide the dropped pool's ResourceWarning: not the point here.
    warnings.simplefilter("ignore", ResourceWarning)
    pool = Pool(2)
    results = pool.imap(square, numbers())
    print("first result:", next(results))
    # Now only imap's generator (run by the task thread) and its
    # result object (finished by that thread) refer to the pool.
    del pool, results
    # Let the worker that sent it go back to waiting for a task.
    time.sleep(0.5)
    gate.set()
    # The clean-up runs in the task thread and waits for a lock
    # that an idle worker holds until that same thread sends it
    # the word to stop: it never returns.
    print("pool threads left after 3 s:", still_running(3))
    print("workers left:", len(multiprocessing.active_children()))
    # At exit, multiprocessing terminates the (daemon) workers.
