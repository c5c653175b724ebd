"""CPython bug gh-115634: max_tasks_per_child above 1 can leave work queued forever."""
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor


def job(x):
    return os.getpid()


def use_executor(limit):
    # One worker, four tasks: the worker retires after `limit` tasks and must be replaced.
    with ProcessPoolExecutor(max_workers=1, max_tasks_per_child=limit) as executor:
        list(executor.map(job, range(4)))


if __name__ == "__main__":
    for limit in (1, 2):
        # Run it in a child process, so that a hang can be bounded and ended safely.
        child = multiprocessing.Process(target=use_executor, args=(limit,))
        child.start()
        child.join(timeout=8)
        finished = not child.is_alive()
        if not finished:
            child.terminate()  # its executor has no live worker left to clean up
            child.join()
        print(f"max_tasks_per_child={limit}: finished within 8 s: {finished}")
