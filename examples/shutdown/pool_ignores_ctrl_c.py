"""Workers ignore Ctrl-C; the parent catches it and terminates."""
import multiprocessing as mp
import signal
import tempfile
import time

import _terminal


def init_worker(folder):
    # Ctrl-C is the parent's business: workers ignore SIGINT.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _terminal.own_stderr(folder)


def work(n):
    time.sleep(30)  # a long task: Ctrl-C arrives first
    return n


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        pool = mp.Pool(2, init_worker, (folder,))
        _terminal.press_ctrl_c(folder, workers=2)
        try:
            print(pool.map(work, range(4)))
            pool.close()
        except KeyboardInterrupt:
            print("Ctrl-C: terminating the pool")
            pool.terminate()
        pool.join()
        tracebacks = _terminal.show_stderr(folder)
        print("tracebacks from workers:", tracebacks)
        print("children left:", len(mp.active_children()))
