"""Fork while another thread holds a lock: the child can never take it."""
import multiprocessing as mp
import threading

CACHE_LOCK = threading.Lock()   # stands for any lock inside a library
busy = threading.Event()
done = threading.Event()


def refresh_cache():
    # A background thread inside its critical section when the fork happens.
    with CACHE_LOCK:
        busy.set()
        done.wait()


def use_cache():
    # Real code would call CACHE_LOCK.acquire() with no timeout and hang
    # forever; the timeout keeps this demonstration bounded.
    if CACHE_LOCK.acquire(timeout=1):
        CACHE_LOCK.release()
        raise SystemExit(0)
    raise SystemExit(3)


if __name__ == "__main__":
    worker = threading.Thread(target=refresh_cache)
    worker.start()
    busy.wait()

    # Only fork copies the held lock; the thread that would release it
    # is not copied.
    for method in ["fork", "spawn", "forkserver"]:
        child = mp.get_context(method).Process(target=use_cache)
        child.start()
        child.join()
        stuck = child.exitcode == 3
        result = "stuck on the lock" if stuck else "took the lock"
        print(f"{method:10} child {result}")

    done.set()
    worker.join()
