"""Manager proxies gained set() and more list and dict methods in 3.14."""
import multiprocessing as mp


def tag(seen, item):
    seen.add(item % 3)  # a shared set: every worker adds to one object


if __name__ == "__main__":
    with mp.Manager() as manager:
        seen = manager.set()  # SyncManager.set() is new in 3.14
        workers = [mp.Process(target=tag, args=(seen, n))
                   for n in range(6)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
        print("set:", sorted(seen))

        # List proxies now have clear() and copy().
        shared = manager.list([3, 1, 2])
        snapshot = shared.copy()  # a plain list, no longer shared
        shared.clear()
        print("list:", type(snapshot).__name__, snapshot, list(shared))

        # Dict proxies now support | and |= like dict.
        config = manager.dict({"lr": 0.1})
        config |= {"epochs": 3}
        print("dict:", sorted((config | {"seed": 0}).items()))
