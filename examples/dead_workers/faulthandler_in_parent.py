"""faulthandler enabled in the parent reaches fork workers only."""
import ctypes
import faulthandler
import multiprocessing as mp
import sys


def read(address):
    return ctypes.string_at(address)  # a bad pointer, as in C code


if __name__ == "__main__":
    # Enabled here, in the parent, the way most scripts do it
    # (3.14's C stack is left out: its addresses vary by build).
    if sys.version_info >= (3, 14):
        faulthandler.enable(c_stack=False)
    else:
        faulthandler.enable()
    worker = mp.Process(target=read, args=(0,))
    worker.start()
    worker.join()
    # A fork child is a copy of this process, handler included; a
    # spawn or forkserver child is a fresh interpreter without it.
    method = mp.get_start_method()
    print(f"{method} worker: exitcode", worker.exitcode, flush=True)
