"""A Manager's Lock and Value are proxies, which may be passed to pool tasks like any argument."""
import multiprocessing as mp


def count_tokens(text, lock, seen):
    n = len(text.split())
    # Each call on a proxy is a message to the manager process.
    with lock:
        seen.value += n
    return n


if __name__ == "__main__":
    texts = ["the cat sat", "on the mat", "a b c d", "hello"] * 25
    with mp.Manager() as manager:
        lock, seen = manager.Lock(), manager.Value("i", 0)
        with mp.Pool(2) as pool:
            per_text = pool.starmap(count_tokens, [(t, lock, seen) for t in texts])
        print("sum of the results:", sum(per_text))
        print("shared counter:    ", seen.value)
        print("proxy types:", type(lock).__name__, type(seen).__name__)
