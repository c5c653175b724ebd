"""A lock for every update is slow; counting locally and adding once is not."""
import multiprocessing as mp
import time

WORKERS = 2
STEPS = 100_000


def lock_every_step(counter):
    for _ in range(STEPS):
        with counter.get_lock():
            counter.value += 1


def add_once_at_the_end(counter):
    local = 0
    for _ in range(STEPS):
        # A plain Python int in this process: no lock, no shared memory.
        local += 1
    with counter.get_lock():
        counter.value += local


def run_timed(worker, counter, seconds, rank):
    # Time the work inside the worker, so that process start-up is not counted.
    started = time.perf_counter()
    worker(counter)
    seconds[rank] = time.perf_counter() - started


def measure(worker):
    counter, seconds = mp.Value("i", 0), mp.Array("d", WORKERS)
    workers = [mp.Process(target=run_timed,
                          args=(worker, counter, seconds, rank))
               for rank in range(WORKERS)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    return counter.value, max(seconds)


if __name__ == "__main__":
    total_a, slow = measure(lock_every_step)
    total_b, fast = measure(add_once_at_the_end)
    print(f"lock every step:     total {total_a}, slowest worker {slow:.4f} s")
    print(f"add once at the end: total {total_b}, slowest worker {fast:.4f} s")
    print(f"locking every step was {slow / fast:.0f}x slower")
    # The conclusion, with a margin wide enough for a busy machine.
    print("locking every step over 5 times slower:", slow > 5 * fast)
