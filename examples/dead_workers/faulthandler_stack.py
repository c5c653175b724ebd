"""faulthandler in the worker prints where a segfault happened."""
import ctypes
import faulthandler
import multiprocessing as mp
import sys


def read(address):
    return ctypes.string_at(address)  # a bad pointer, as in C code


def decode(with_faulthandler):
    if with_faulthandler:
        # Enable it in the worker: spawn and forkserver workers do
        # not inherit faulthandler.enable() from the parent. 3.14
        # adds the C stack by default; its addresses vary by build.
        if sys.version_info >= (3, 14):
            faulthandler.enable(c_stack=False)
        else:
            faulthandler.enable()
    read(0)


if __name__ == "__main__":
    for with_faulthandler in (True, False):
        worker = mp.Process(target=decode,
                            args=(with_faulthandler,))
        worker.start()
        worker.join()
        print(f"faulthandler={with_faulthandler}: "
              f"exitcode {worker.exitcode}", flush=True)
