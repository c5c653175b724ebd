"""Give pool workers a Lock and a Value through the pool's initializer, once per worker."""
import multiprocessing as mp

# Set in each worker by init_worker(); module globals are per process.
lock = None
seen = None


def init_worker(shared_lock, shared_counter):
    # initargs travel with the worker's creation, like Process(args=...), so this is allowed.
    global lock, seen
    lock, seen = shared_lock, shared_counter


def count_tokens(text):
    n = len(text.split())
    with lock:
        seen.value += n
    return n


if __name__ == "__main__":
    texts = ["the cat sat", "on the mat", "a b c d", "hello"] * 25
    counter = mp.Value("i", 0, lock=False)  # guarded by the lock below
    with mp.Pool(2, initializer=init_worker, initargs=(mp.Lock(), counter)) as pool:
        per_text = pool.map(count_tokens, texts)
    print("sum of the results:", sum(per_text))
    print("shared counter:    ", counter.value)
