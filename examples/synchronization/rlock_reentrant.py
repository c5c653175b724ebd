"""An RLock may be taken again by the process that holds it; a plain Lock may not."""
import multiprocessing as mp


def record_best(lock, best, loss):
    # Called on its own, or from inside save_checkpoint() with the lock already held.
    with lock:
        if loss < best.value:
            best.value = loss


def save_checkpoint(lock, best, step, loss):
    with lock:
        # ... write the checkpoint file for `step` here ...
        record_best(lock, best, loss)  # takes the same lock a second time


def try_nested(lock):
    # What save_checkpoint() would meet with a plain Lock, bounded by a timeout.
    with lock:
        got_it = lock.acquire(timeout=0.5)
        if got_it:
            lock.release()
        return got_it


if __name__ == "__main__":
    lock = mp.RLock()
    best = mp.Value("d", float("inf"), lock=False)  # guarded by our RLock instead
    losses = [0.9, 0.4, 0.6, 0.3]
    workers = [mp.Process(target=save_checkpoint, args=(lock, best, step, loss))
               for step, loss in enumerate(losses)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print("best loss:", best.value)
    print("RLock taken twice by one process:", try_nested(mp.RLock()))
    print("Lock taken twice by one process:", try_nested(mp.Lock()))
