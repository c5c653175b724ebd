"""`while not q.empty()` stops when the queue is briefly empty, not when the producer is done."""
import multiprocessing as mp
import time

ITEMS = 5


def load_batches(q):
    time.sleep(0.5)  # opening the dataset takes a while
    for i in range(ITEMS):
        q.put(f"batch {i}")
        time.sleep(0.05)  # then items trickle in
    q.put(None)  # the sentinel: the only reliable "no more items"


def drain_while_not_empty(q):
    got = []
    while not q.empty():  # the bug: empty now says nothing about later
        got.append(q.get())
    return got


def drain_until_sentinel(q):
    got = []
    while (item := q.get(timeout=10)) is not None:  # timeout: a dead producer cannot hang us
        got.append(item)
    return got


if __name__ == "__main__":
    q = mp.Queue()
    producer = mp.Process(target=load_batches, args=(q,))
    producer.start()
    got = drain_while_not_empty(q)
    print(f"while not q.empty(): {len(got)} of {ITEMS} batches")
    # The producer was not done at all; the sentinel loop gets what was still coming.
    rest = drain_until_sentinel(q)
    producer.join()
    print(f"until the sentinel:  {len(rest)} more, {len(got) + len(rest)} of {ITEMS} in all")
