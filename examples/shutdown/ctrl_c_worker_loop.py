"""Ctrl-C in a DataLoader-style worker loop: the exit hangs."""
import multiprocessing as mp
import tempfile
import time

import _terminal


def loader(folder, index_queue, data_queue):
    _terminal.own_stderr(folder)
    while (index := index_queue.get()) is not None:
        time.sleep(10)  # load one sample: Ctrl-C arrives first
        data_queue.put(index)


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        index_queue, data_queue = mp.Queue(), mp.Queue()
        args = (folder, index_queue, data_queue)
        workers = [mp.Process(target=loader, args=args)
                   for _ in range(2)]
        for worker in workers:
            worker.start()
        # Every index of the epoch at once: more than a pipe holds.
        for index in range(100_000):
            index_queue.put(index)
        _terminal.press_ctrl_c(folder, workers=2, again_after=3)
        try:
            samples = [data_queue.get() for _ in range(100_000)]
        finally:
            _terminal.show_stderr(folder)
