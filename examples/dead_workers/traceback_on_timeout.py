"""dump_traceback_later() shows where a task hangs, then ends it."""
import ctypes
import faulthandler
import multiprocessing as mp


def hang_in_c():
    ctypes.PyDLL(None).sleep(3600)  # holds the GIL, never returns


def task(deadline):
    # A C thread inside this process waits; if the task is not done
    # in time it prints every thread's stack and exits with code 1.
    faulthandler.dump_traceback_later(deadline, exit=True)
    try:
        hang_in_c()
    finally:
        faulthandler.cancel_dump_traceback_later()  # done in time


if __name__ == "__main__":
    worker = mp.Process(target=task, args=(1.0,))
    worker.start()
    worker.join(30)  # long after the deadline: a safety net only
    print("exitcode:", worker.exitcode, flush=True)
