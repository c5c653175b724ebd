"""A Lock cannot be passed to pool workers as a task argument; give it to them at start-up."""
import multiprocessing as mp

lock = None  # set in each worker by the initializer


def locked_add(arguments):
    shared_lock, n = arguments
    with shared_lock:
        return n + 1


def remember(the_lock):
    global lock
    lock = the_lock


def add(n):
    with lock:
        return n + 1


if __name__ == "__main__":
    # The mistake: the lock travels with each task, so it must be pickled, which is refused.
    with mp.Pool(2) as pool:
        try:
            pool.map(locked_add, [(mp.Lock(), n) for n in range(3)])
        except RuntimeError as error:
            print("RuntimeError:", error)

    # The fix: pass it once per worker through the initializer, when the worker is created.
    with mp.Pool(2, initializer=remember, initargs=(mp.Lock(),)) as pool:
        print(pool.map(add, range(3)))
