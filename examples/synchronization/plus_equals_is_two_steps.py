"""`counter.value += 1` is a read then a write; another process in between loses an update."""
import multiprocessing as mp


def slow_increment(counter, has_read, may_write):
    # Exactly what `counter.value += 1` does, with a pause between its two steps.
    seen = counter.value            # step 1: take the lock, read, release the lock
    has_read.set()
    may_write.wait(timeout=5)
    counter.value = seen + 1        # step 2: take the lock, write, release the lock


def fast_increment(counter):
    counter.value += 1


if __name__ == "__main__":
    counter = mp.Value("i", 0)
    has_read, may_write = mp.Event(), mp.Event()
    slow = mp.Process(target=slow_increment, args=(counter, has_read, may_write))
    slow.start()
    # Let the slow process read 0, then run a complete increment in between.
    has_read.wait(timeout=5)
    fast = mp.Process(target=fast_increment, args=(counter,))
    fast.start()
    fast.join()
    print("after the fast increment:", counter.value)
    may_write.set()
    slow.join()
    print("after the slow increment:", counter.value, "(two increments ran)")
