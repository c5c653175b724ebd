"""exitcode tells how a worker ended, and which signal killed it."""
import ctypes
import multiprocessing as mp
import os
import signal
import sys


def finish():
    return "normal return"  # the return value is dropped: code 0


def fail():
    raise ValueError("bad row 17")  # traceback on stderr, code 1


def quit_with(code):
    sys.exit(code)  # sys.exit(n) and os._exit(n) both give n


def kill_self(signum):
    os.kill(os.getpid(), signum)  # as the OOM killer or `kill` do


def segfault():
    ctypes.string_at(0)  # reads address 0, like a buggy extension


def describe(code):
    if code < 0:  # a signal ended it: no traceback, no message
        return f"killed by {signal.Signals(-code).name}"
    return "success" if code == 0 else f"exit status {code}"


if __name__ == "__main__":
    cases = [(finish, ()), (fail, ()), (quit_with, (3,)),
             (kill_self, (signal.SIGKILL,)), (segfault, ()),
             (os.abort, ())]
    # One at a time, so that fail()'s traceback lands in order.
    for target, args in cases:
        worker = mp.Process(target=target, args=args)
        worker.start()
        worker.join()
        code = worker.exitcode
        print(f"{target.__name__:<10} exitcode {code:>3}:",
              describe(code))
    # terminate() sends SIGTERM; exitcode is None while it runs.
    worker = mp.Process(target=signal.pause)
    worker.start()
    print("running    exitcode", worker.exitcode)
    worker.terminate()
    worker.join()
    print(f"terminate  exitcode {worker.exitcode}:",
          describe(worker.exitcode))
