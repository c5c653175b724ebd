"""QueueListener works as a context manager from Python 3.14 on."""
import logging
import logging.handlers
import multiprocessing as mp
import sys


def train(log_queue):
    log = logging.getLogger("train")
    log.addHandler(logging.handlers.QueueHandler(log_queue))
    for epoch in (1, 2):
        log.warning("epoch %d done", epoch)


if __name__ == "__main__":
    log_queue = mp.Queue()
    to_stdout = logging.StreamHandler(sys.stdout)
    to_stdout.setFormatter(
        logging.Formatter("%(processName)s: %(message)s"))
    child = mp.Process(target=train, args=(log_queue,))
    child.start()
    try:
        # start() on entering, stop() on leaving: records still in
        # the queue are written before the block ends.
        with logging.handlers.QueueListener(log_queue, to_stdout):
            child.join()
    except TypeError as error:  # Python 3.13 and older
        print("TypeError:", error)
        child.join()
