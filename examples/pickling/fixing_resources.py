"""Fixing resources that will not pickle: send a path; hand a lock over at start-up."""
import multiprocessing as mp
import os
import tempfile


def count_lines(path):
    # The worker opens the file itself; only the short path string was pickled.
    with open(path) as handle:
        return sum(1 for _ in handle)


def remember_lock(lock):
    global shared_lock
    shared_lock = lock


def log_line(path):
    # Every worker got the same lock once, at start-up, through the initializer.
    with shared_lock, open(path, "a") as log:
        log.write("one line\n")


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for n in (3, 1, 2):
            paths.append(os.path.join(folder, f"part{n}.txt"))
            with open(paths[-1], "w") as out:
                out.write("line\n" * n)

        # Initializer arguments travel with the worker process at start-up (inherited
        # under fork, pickled under spawn and forkserver), where a lock is allowed.
        lock = mp.Lock()
        with mp.Pool(2, initializer=remember_lock, initargs=(lock,)) as pool:
            print("lines per file:", pool.map(count_lines, paths))
            log = os.path.join(folder, "log.txt")
            pool.map(log_line, [log] * 6)
        print("lines in the shared log:", count_lines(log))
