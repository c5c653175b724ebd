"""Ways to make a child process end when its parent dies."""
import ctypes
import multiprocessing as mp
import multiprocessing.connection
import os
import signal
import threading
import time


def pdeathsig():
    """Linux: the kernel kills us when the creating thread ends."""
    libc = ctypes.CDLL(None, use_errno=True)
    PR_SET_PDEATHSIG = 1
    if libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL) != 0:
        raise OSError(ctypes.get_errno(), "prctl failed")


def _exit_after(wait):
    def watch():
        wait()
        os._exit(1)  # the parent is gone: nobody wants the result
    threading.Thread(target=watch, daemon=True).start()


def getppid_poll():
    """A thread that exits once os.getppid() changes."""
    ppid = os.getppid()

    def wait():
        while os.getppid() == ppid:
            time.sleep(0.2)
    _exit_after(wait)


def parent_sentinel():
    """A thread that exits once the parent's sentinel is ready."""
    sentinel = mp.parent_process().sentinel
    _exit_after(lambda: mp.connection.wait([sentinel]))


def exit_with_parent():
    """Both watches: the sentinel works under spawn and forkserver,
    os.getppid() under fork."""
    ppid, sentinel = os.getppid(), mp.parent_process().sentinel

    def wait():
        while os.getppid() == ppid:
            if mp.connection.wait([sentinel], timeout=0.2):
                return
    _exit_after(wait)
