"""A thread shares its parent's memory and process id; a child process has its own of both."""
import multiprocessing as mp
import os
import threading

counter = 0  # module-level state, changed by each kind of worker below


def bump(report):
    global counter
    counter += 1
    report(os.getpid())


if __name__ == "__main__":
    # A thread runs inside this process: same pid, same `counter`.
    seen = []
    thread = threading.Thread(target=bump, args=(seen.append,))
    thread.start()
    thread.join()
    print("thread: same pid as parent? ", seen[0] == os.getpid())
    print("counter after the thread:   ", counter)

    # A process runs in a separate interpreter: its own pid and its own copy of `counter`.
    # (A plain list would stay behind in the child, so the pid comes back on a queue.)
    results = mp.Queue()
    child = mp.Process(target=bump, args=(results.put,))
    child.start()
    child_pid = results.get()
    child.join()
    print("process: same pid as parent?", child_pid == os.getpid())
    print("counter after the process:  ", counter)
