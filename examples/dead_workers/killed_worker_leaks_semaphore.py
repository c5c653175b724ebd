"""A worker killed while it holds a semaphore: the tracker warns."""
import multiprocessing as mp
import os
import signal


def lock_then_die():
    # A Lock is a named POSIX semaphore. Its creator removes the
    # name when the Lock is freed; SIGKILL leaves no time for that.
    lock = mp.Lock()
    lock.acquire()
    os.kill(os.getpid(), signal.SIGKILL)


if __name__ == "__main__":
    worker = mp.Process(target=lock_then_die)
    worker.start()
    worker.join()
    print("worker exit code:", worker.exitcode)
    # Under spawn and forkserver the resource tracker, a helper
    # process, saw the name registered; it warns after this program
    # ends and removes the semaphore itself.
    print("program ends")
