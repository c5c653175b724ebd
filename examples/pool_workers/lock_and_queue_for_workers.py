"""Give a Lock or Queue to pool workers through initargs, not as a task argument."""
import multiprocessing as mp

lock = None
queue = None


def init_worker(shared_lock, shared_queue):
    # Runs once in each new worker: keep the handles as module globals.
    global lock, queue
    lock, queue = shared_lock, shared_queue


def work(x):
    with lock:
        queue.put(x * x)
    return x


def work_with_lock_arg(lock_arg, x):
    with lock_arg:
        return x


if __name__ == "__main__":
    shared_lock, shared_queue = mp.Lock(), mp.Queue()
    # The manager is started first: starting it by fork once the pool's threads run
    # would trigger the fork-with-threads DeprecationWarning on Python 3.12+.
    manager = mp.Manager()
    with manager, mp.Pool(2, initializer=init_worker,
                          initargs=(shared_lock, shared_queue)) as pool:
        # Wrong: a task argument is pickled, and a Lock refuses to be pickled that way.
        try:
            pool.apply(work_with_lock_arg, (shared_lock, 1))
        except RuntimeError as err:
            print("Lock as a task argument -> RuntimeError:")
            print(f"  {err}")
        # Right: the lock and queue were handed over when each worker started.
        print("tasks done:", pool.map(work, range(5)))
        print("queue got:", sorted(shared_queue.get(timeout=5) for _ in range(5)))
        # A Manager proxy is the other way: it pickles fine as an ordinary argument.
        proxy_lock = manager.Lock()
        print("Manager lock as a task argument:", pool.apply(work_with_lock_arg, (proxy_lock, 7)))
