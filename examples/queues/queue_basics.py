"""A Queue carries pickled objects between processes; get() can wait, with or without a limit."""
import multiprocessing as mp
import queue  # the exceptions Empty and Full live in the queue module


def embed(texts, out):
    for text in texts:
        out.put((text, len(text)))  # any picklable object


if __name__ == "__main__":
    out = mp.Queue()
    child = mp.Process(target=embed, args=(["cat", "house", "ok"], out))
    child.start()
    # get() blocks until an item arrives; items from one producer keep their order.
    for _ in range(3):
        print("got", out.get(timeout=5))
    child.join()

    # With nothing left, get(timeout=...) raises queue.Empty instead of waiting forever.
    try:
        out.get(timeout=0.2)
    except queue.Empty:
        print("get(timeout=0.2) on an empty queue: queue.Empty")

    # A bounded queue counts its items at put(), so put_nowait() fails at once when full.
    small = mp.Queue(maxsize=1)
    small.put("first")
    try:
        small.put_nowait("second")
    except queue.Full:
        print("put_nowait on a full queue: queue.Full")
    print("the first item is still there:", small.get(timeout=5))
