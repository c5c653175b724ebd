"""A parent with every kind of child (orphans_after_sigkill.py)."""
import concurrent.futures as cf
import multiprocessing as mp
import sys
import time


def wait_at(barrier):
    barrier.wait()


def sleep(barrier):
    barrier.wait()
    time.sleep(60)


if __name__ == "__main__":
    method, order = sys.argv[1:]
    mp.set_start_method(method)
    # Every child waits here once it runs; then the parent is ready.
    barrier = mp.Barrier(7, timeout=30)
    mp.Process(target=sleep, args=(barrier,), name="child").start()
    mp.Process(target=sleep, args=(barrier,), name="daemon child",
               daemon=True).start()
    if order == "pool-first":
        pool = mp.Pool(2, wait_at, (barrier,))
    executor = cf.ProcessPoolExecutor(2, initializer=wait_at,
                                      initargs=(barrier,))
    for _ in range(2):  # starts both of the executor's workers
        executor.submit(time.sleep, 0)
    if order == "pool-last":
        pool = mp.Pool(2, wait_at, (barrier,))
    barrier.wait()
    for child in mp.active_children():
        role = ("Pool worker" if "PoolWorker" in child.name else
                child.name if "child" in child.name else
                "executor worker")
        print(role, child.pid, flush=True)
    print("ready", flush=True)
    time.sleep(60)
