"""`while not queue.empty()` stops as soon as the queue is empty, not when the producer is done."""
import multiprocessing as mp
import time


def produce(queue, count):
    time.sleep(0.5)  # start-up work (opening files, loading a model) before the first item
    for item in range(count):
        queue.put(item)
    queue.put(None)  # the sentinel: "nothing more will come"


if __name__ == "__main__":
    queue = mp.Queue()
    producer = mp.Process(target=produce, args=(queue, 5))
    producer.start()

    # The mistake: empty() is only a snapshot; here the first item is not made yet.
    received = []
    while not queue.empty():
        received.append(queue.get())
    print("empty() loop received:", received)

    # The fix: block on get() until the sentinel arrives.
    while (item := queue.get(timeout=10)) is not None:
        received.append(item)
    producer.join()
    print("sentinel loop received:", received)
