"""Pools never closed hold their pipes open, until none are left."""
import os
import resource
from multiprocessing import Pool


def square(x):
    return x * x


def open_fds():
    # One entry per open file descriptor of this process (Linux).
    return len(os.listdir("/proc/self/fd"))


if __name__ == "__main__":
    start = open_fds()
    pools = []  # kept alive, as a cache or a long-lived object does
    for _ in range(3):
        pool = Pool(2)  # the mistake: never closed, never released
        pool.map(square, range(4))
        pools.append(pool)
        print("open fds after another Pool(2):", open_fds() - start,
              "more")

    # Stand-in for the day the leak reaches `ulimit -n`: lower this
    # process's limit to what is open already, so nothing is left.
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (open_fds(), hard))
    try:
        Pool(2)
    except OSError as error:
        print(f"next Pool(2): {type(error).__name__}: {error}")
    finally:
        resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))

    # Stopping the workers is not enough: the pipes close when the
    # Pool object is freed, so drop the references too.
    for pool in pools:
        pool.terminate()
        pool.join()
    print("after terminate():", open_fds() - start, "more")
    pools.clear()
    del pool
    print("after releasing them:", open_fds() - start, "more")

    # The fix: a with-block per pool, in a scope that lets it go.
    for _ in range(3):
        with Pool(2) as pool:
            pool.map(square, range(4))
        del pool
    print("after 3 with-block pools:", open_fds() - start, "more")
