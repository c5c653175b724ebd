"""SimpleQueue: put() writes at once; no timeout, no size limit, no feeder thread."""
import inspect
import multiprocessing as mp


def square_all(numbers, results):
    for n in numbers:
        results.put(n * n)  # written to the pipe in this call, not by a background thread
    results.put(None)       # a sentinel: "no more items"


if __name__ == "__main__":
    results = mp.SimpleQueue()
    child = mp.Process(target=square_all, args=(range(5), results))
    child.start()
    received = []
    while (item := results.get()) is not None:
        received.append(item)
    child.join()
    print("received:", received)
    print("empty():", results.empty())
    # What it lacks compared with Queue: no get(timeout=...), no qsize(), no maxsize.
    print("has qsize:", hasattr(results, "qsize"), "| get takes:", inspect.signature(results.get))
    results.close()  # Python 3.9+: release the pipe now rather than at garbage collection
