"""Logging set up under the __main__ guard reaches fork workers."""
import logging
import multiprocessing as mp
import sys

log = logging.getLogger("train")


def work(n):
    log.info("working on item %d", n)
    log.warning("item %d looks odd", n)
    return n


if __name__ == "__main__":
    logging.basicConfig(
        stream=sys.stdout, level=logging.INFO,
        format="%(processName)s %(levelname)s %(message)s")
    log.info("starting the pool")
    with mp.Pool(1) as pool:  # one worker keeps the lines in order
        pool.map(work, [7])
    log.info("pool finished")
