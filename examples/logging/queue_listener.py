"""Every worker's records in one file, through one QueueListener."""
import logging
import logging.handlers
import multiprocessing as mp
import tempfile
from pathlib import Path

log = logging.getLogger("train")


def send_records_to(log_queue):
    # In each worker: replace whatever handlers it has (fork copies
    # the parent's) with one that puts records on the queue.
    root = logging.getLogger()
    root.handlers = [logging.handlers.QueueHandler(log_queue)]
    root.setLevel(logging.INFO)


def work(n):
    log.info("sample %d: loss %.2f", n, 1 / (n + 1))
    return n


if __name__ == "__main__":
    log_queue = mp.Queue()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "train.log")
        to_file = logging.FileHandler(path)
        to_file.setFormatter(logging.Formatter(
            "%(processName)s pid %(process)d: %(message)s"))
        # The pool first: under fork, a process with threads (the
        # listener's, the queue's) should not fork.
        pool = mp.Pool(2, send_records_to, (log_queue,))
        # One thread in the parent writes every record to the file.
        listener = logging.handlers.QueueListener(log_queue,
                                                  to_file)
        listener.start()
        send_records_to(log_queue)  # the parent's records too
        log.info("pool of 2 started")
        pool.map(work, range(4))
        pool.close()
        pool.join()  # workers exit normally: their records are sent
        log.info("total: 4 samples")
        listener.stop()  # writes what is still queued
        to_file.close()
        # Records from two workers arrive in any order: sorted by
        # message for the page.
        lines = path.read_text().splitlines()
        for line in sorted(lines, key=lambda l: l.split(": ")[1]):
            print(line)
