"""A Lock or Value passed as an argument to a Process works; passed to a pool task, it raises."""
import multiprocessing as mp


def add_one(lock, counter):
    with lock:
        counter.value += 1


if __name__ == "__main__":
    lock, counter = mp.Lock(), mp.Value("i", 0)

    # Process(args=...): the objects are handed over while the child is being created.
    child = mp.Process(target=add_one, args=(lock, counter))
    child.start()
    child.join()
    print("Process(args=...):", counter.value)

    # A pool task is pickled later and sent through a pipe to a running worker: refused.
    with mp.Pool(2) as pool:
        for args in [(lock, None), (None, counter)]:
            try:
                pool.apply(add_one, args)
            except RuntimeError as error:
                print("pool.apply: RuntimeError:")
                print(f"  {error}")
