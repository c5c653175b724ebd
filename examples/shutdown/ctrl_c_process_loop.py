"""Ctrl-C while joining Process children: a traceback from each."""
import multiprocessing as mp
import tempfile
import time

import _terminal


def train(folder, rank):
    _terminal.own_stderr(folder)
    time.sleep(30)  # an epoch: Ctrl-C arrives first


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        children = [mp.Process(target=train, args=(folder, rank))
                    for rank in range(2)]
        for child in children:
            child.start()
        _terminal.press_ctrl_c(folder, workers=2)
        try:
            for child in children:
                child.join()
        except KeyboardInterrupt:
            print("parent: KeyboardInterrupt in join()")
        finally:
            _terminal.show_stderr(folder)
        for child in children:
            child.join()
        print("exit codes:", [child.exitcode for child in children])
