"""Ctrl-C during ProcessPoolExecutor.map: the with block waits."""
import concurrent.futures as cf
import tempfile
import time

import _terminal


def work(n):
    time.sleep(3)
    return n


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        pool = cf.ProcessPoolExecutor(
            2, initializer=_terminal.own_stderr, initargs=(folder,))
        try:
            with pool:
                _terminal.press_ctrl_c(folder, workers=2)
                print(list(pool.map(work, range(8))))
        finally:
            waited = time.monotonic() - _terminal.pressed_at
            print("the with block waited for queued tasks:",
                  waited > 3)
            _terminal.show_stderr(folder)
