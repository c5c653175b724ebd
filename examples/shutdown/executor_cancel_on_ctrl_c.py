"""Ctrl-C with ProcessPoolExecutor: cancel what has not started."""
import concurrent.futures as cf
import signal
import tempfile
import time

import _terminal


def init_worker(folder):
    # Ctrl-C is the parent's business: workers ignore SIGINT.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _terminal.own_stderr(folder)


def work(n):
    time.sleep(3)  # a long task: Ctrl-C arrives first
    return n


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        pool = cf.ProcessPoolExecutor(
            2, initializer=init_worker, initargs=(folder,))
        futures = [pool.submit(work, n) for n in range(8)]
        _terminal.press_ctrl_c(folder, workers=2)
        try:
            print([future.result() for future in futures])
        except KeyboardInterrupt:
            print("Ctrl-C: cancelling the tasks not yet handed out")
            pool.shutdown(wait=True, cancel_futures=True)
        # Tasks 0 and 1 were running. Up to max_workers + 1 more may
        # sit in the workers' queue already: too late to cancel.
        ran = [f.done() and not f.cancelled() for f in futures]
        print("tasks 0 and 1 ran to the end:", all(ran[:2]))
        print("tasks 5 to 7 were cancelled:",
              all(f.cancelled() for f in futures[5:]))
        tracebacks = _terminal.show_stderr(folder)
        print("tracebacks from workers:", tracebacks)
