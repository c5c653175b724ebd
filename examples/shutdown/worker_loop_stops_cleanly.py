"""A DataLoader-style worker loop that stops cleanly on Ctrl-C."""
import multiprocessing as mp
import queue
import signal
import tempfile
import time

import _terminal


def loader(folder, stop, index_queue, data_queue):
    # Ctrl-C is the parent's business: workers ignore SIGINT.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _terminal.own_stderr(folder)
    while not stop.is_set():  # checked between samples
        try:
            index = index_queue.get(timeout=0.1)
        except queue.Empty:
            continue
        time.sleep(0.5)  # load one sample
        data_queue.put(index)


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        stop = mp.Event()
        index_queue, data_queue = mp.Queue(), mp.Queue()
        args = (folder, stop, index_queue, data_queue)
        workers = [mp.Process(target=loader, args=args)
                   for _ in range(2)]
        for worker in workers:
            worker.start()
        # Nobody reads the rest once we stop: do not wait at exit
        # for it to reach the pipe (PyTorch's DataLoader does this).
        index_queue.cancel_join_thread()
        for index in range(100_000):
            index_queue.put(index)
        _terminal.press_ctrl_c(folder, workers=2)
        try:
            samples = [data_queue.get() for _ in range(100_000)]
        except KeyboardInterrupt:
            print("Ctrl-C: asking the workers to stop")
            stop.set()
        for worker in workers:
            worker.join()
        print("exit codes:", [w.exitcode for w in workers])
        tracebacks = _terminal.show_stderr(folder)
        print("tracebacks from workers:", tracebacks)
