"""Joining a process before taking what it put on a queue can wait forever; drain first."""
import multiprocessing as mp


def compute_embeddings(q):
    # 4 MB of results: far more than the pipe under the queue holds (64 KiB on Linux).
    q.put(bytes(4_000_000))
    # The child now waits at exit until its feeder thread has written it all to the pipe.


if __name__ == "__main__":
    q = mp.Queue()
    child = mp.Process(target=compute_embeddings, args=(q,))
    child.start()

    # Wrong order: join() first. With no timeout this would never return; with one
    # we can see that the child has finished its function and still cannot exit.
    child.join(timeout=1)
    print("after join(timeout=1): alive =", child.is_alive(), "exitcode =", child.exitcode)

    # Right order: take the data, then join.
    data = q.get(timeout=10)
    child.join(timeout=10)
    print("after get() then join(): alive =", child.is_alive(), "exitcode =", child.exitcode)
    print("received bytes:", len(data))
