"""cancel_join_thread() lets a process exit without flushing its queue, losing its items."""
import multiprocessing as mp
import queue

ITEMS = 2_000


def produce(q):
    for i in range(ITEMS):
        q.put(b"x" * 1_000)  # about 2 MB in all, more than the pipe holds
    # Do not wait at exit for the feeder thread: whatever it has not written is dropped.
    q.cancel_join_thread()


if __name__ == "__main__":
    q = mp.Queue()
    child = mp.Process(target=produce, args=(q,))
    child.start()
    child.join(timeout=10)  # returns promptly now: nothing holds the child back
    print("child exited on its own:", child.exitcode == 0)
    received = 0
    try:
        while True:
            q.get(timeout=0.5)
            received += 1
    except queue.Empty:
        pass
    print(f"received {received} of {ITEMS} items")
    print("items lost:", received < ITEMS)
