"""The same four workers, now holding the Value's own lock around the whole `+=`."""
import multiprocessing as mp

WORKERS = 4
STEPS = 50_000


def count_batches(counter, start):
    start.wait()
    for _ in range(STEPS):
        # get_lock() returns the lock that guards each single read and write;
        # holding it across both makes the read-modify-write one step.
        with counter.get_lock():
            counter.value += 1


if __name__ == "__main__":
    counter = mp.Value("i", 0)
    start = mp.Event()
    workers = [mp.Process(target=count_batches, args=(counter, start)) for _ in range(WORKERS)]
    for w in workers:
        w.start()
    start.set()
    for w in workers:
        w.join()
    expected = WORKERS * STEPS
    print(f"expected {expected}, counted {counter.value}")
    print("updates lost:", counter.value < expected)
