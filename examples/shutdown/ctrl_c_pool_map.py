"""Ctrl-C during Pool.map: a traceback from every worker."""
import multiprocessing as mp
import tempfile
import time

import _terminal


def work(n):
    time.sleep(30)  # a long task: Ctrl-C arrives first
    return n


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        # own_stderr keeps each worker's traceback apart for the
        # page; in a terminal they arrive interleaved.
        with mp.Pool(2, _terminal.own_stderr, (folder,)) as pool:
            # parent_after=3: see "When the first Ctrl-C is lost".
            _terminal.press_ctrl_c(folder, workers=2, parent_after=3)
            try:
                print(pool.map(work, range(4)))
            finally:
                _terminal.show_stderr(folder)
