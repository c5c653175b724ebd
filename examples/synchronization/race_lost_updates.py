"""Four processes add to one shared counter with `+=`, and some of their updates are lost."""
import multiprocessing as mp

WORKERS = 4
STEPS = 50_000


def count_batches(counter, start):
    # Wait for the starting signal so that all workers really run at the same time.
    start.wait()
    for _ in range(STEPS):
        counter.value += 1  # a read, then a write: not one indivisible step


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
