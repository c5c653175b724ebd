"""How map splits its input into chunks when chunksize is not given."""
import inspect
import multiprocessing.pool
from multiprocessing import Pool


def default_chunksize(n_items, n_workers):
    # The rule in CPython's Pool._map_async: about four chunks per worker.
    chunksize, extra = divmod(n_items, n_workers * 4)
    if extra:
        chunksize += 1
    return chunksize


def whoami(_):
    import multiprocessing
    return multiprocessing.current_process().name


if __name__ == "__main__":
    # The same lines, read from the running interpreter's own source.
    source = inspect.getsource(multiprocessing.pool.Pool._map_async)
    print("rule in this Python's pool.py:", "len(self._pool) * 4" in source)
    print(f"{'items':>9} {'workers':>8} {'chunksize':>10} {'tasks':>6}")
    for n_items, n_workers in [(10, 2), (100, 2), (100, 8), (10_000, 8), (1_000_000, 16)]:
        size = default_chunksize(n_items, n_workers)
        print(f"{n_items:>9} {n_workers:>8} {size:>10} {-(-n_items // size):>6}")
    # One chunk is one task: all of its items run in the same worker, in order.
    with Pool(processes=2) as pool:
        names = pool.map(whoami, range(40), chunksize=10)
    chunks = [names[i:i + 10] for i in range(0, 40, 10)]
    print("each chunk of 10 ran in a single worker:", all(len(set(c)) == 1 for c in chunks))
    # imap, imap_unordered and executor.map default to chunksize=1 instead.
    imap = inspect.signature(multiprocessing.pool.Pool.imap)
    print("imap default:", imap.parameters["chunksize"].default)
