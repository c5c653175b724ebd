"""A parent with a child per way of watching it (for
children_exit_with_parent.py)."""
import concurrent.futures as cf
import multiprocessing as mp
import sys
import time

import _parent_watch

# The unwatched child comes last among the children: a child forked
# after another inherits copies of its pipes (see the page).
WAYS = ["pdeathsig", "getppid_poll", "parent_sentinel",
        "exit_with_parent", "nothing"]


def child(way, barrier):
    if way != "nothing":
        getattr(_parent_watch, way)()
    barrier.wait()
    time.sleep(60)


def executor_worker(barrier):
    _parent_watch.exit_with_parent()  # as part of the initializer
    barrier.wait()


if __name__ == "__main__":
    mp.set_start_method(sys.argv[1])
    barrier = mp.Barrier(len(WAYS) + 3, timeout=30)
    for way in WAYS:
        mp.Process(target=child, args=(way, barrier),
                   name=way).start()
    executor = cf.ProcessPoolExecutor(
        2, initializer=executor_worker, initargs=(barrier,))
    for _ in range(2):  # starts both of the executor's workers
        executor.submit(time.sleep, 0)
    barrier.wait()
    for process in mp.active_children():
        role = process.name if process.name in WAYS else "executor"
        print(role, process.pid, flush=True)
    print("ready", flush=True)
    time.sleep(60)
