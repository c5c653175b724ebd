"""Joining a child before taking its results off a queue can deadlock: drain first, then join."""
import multiprocessing as mp


def produce(queue):
    # Far more than a pipe's buffer holds, so the child cannot finish until someone reads.
    queue.put(b"x" * 1_000_000)


if __name__ == "__main__":
    queue = mp.Queue()
    child = mp.Process(target=produce, args=(queue,))
    child.start()

    # The mistake: join() first. The child waits for its data to be read, we wait for it
    # to exit. A timeout keeps this demonstration from hanging for ever.
    child.join(timeout=1)
    print("after join(timeout=1), child still alive:", child.is_alive())

    # The fix: take the results first, then join.
    data = queue.get()
    child.join()
    print("after get() then join(), exit code:", child.exitcode, "bytes received:", len(data))
