"""Pool tasks cannot take a multiprocessing.Queue as an argument, but a Manager().Queue() works."""
import multiprocessing as mp


def tokenize(text, progress):
    tokens = text.split()
    progress.put(len(tokens))  # report progress to the parent while the pool runs
    return tokens


if __name__ == "__main__":
    texts = ["a b c", "d e", "f g h i", "j"]
    # Start the manager before the pool: a pool runs threads, and forking a
    # process that has threads is unsafe (and warned about from Python 3.12).
    with mp.Manager() as manager, mp.Pool(2) as pool:
        # A plain Queue is refused when the task is pickled for the worker.
        try:
            pool.apply(tokenize, ("x y", mp.Queue()))
        except RuntimeError as error:
            print("plain Queue: RuntimeError:")
            print(f"  {error}")

        # A manager queue is a proxy: pickling it sends only an address and an object id.
        progress = manager.Queue()
        results = pool.starmap(tokenize, [(t, progress) for t in texts])
        counts = sorted(progress.get(timeout=5) for _ in texts)
    print("token counts reported:", counts)
    print("results in input order:", results)
