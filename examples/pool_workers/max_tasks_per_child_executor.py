"""ProcessPoolExecutor(max_tasks_per_child=...) (Python 3.11+) recycles workers, never by fork."""
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor

inherited = []  # filled by the parent below; only a forked child would still see it


def job(x):
    return os.getpid(), bool(inherited)


if __name__ == "__main__":
    inherited.append("set in the parent")
    # Without mp_context, the executor uses spawn for this, whatever the default is.
    # The limit is 1 on purpose: above 1 it can hang (gh-115634, max_tasks_per_child_hang.py).
    with ProcessPoolExecutor(max_workers=1, max_tasks_per_child=1) as executor:
        results = list(executor.map(job, range(4), timeout=20))
    print("4 tasks, 1 per worker -> workers used:", len({pid for pid, _ in results}))
    print("a worker saw the parent's later change (it was forked):",
          any(seen for _, seen in results))
    # Asking for fork explicitly is refused.
    try:
        ProcessPoolExecutor(max_tasks_per_child=1,
                            mp_context=multiprocessing.get_context("fork"))
    except ValueError as err:
        print("with a fork context: ValueError:")
        print(f"  {err}")
