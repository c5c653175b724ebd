"""What an uncaught exception from a pool task looks like: the worker's traceback, then yours."""
from multiprocessing import Pool


def parse(text):
    return int(text)  # fails on "three"


if __name__ == "__main__":
    with Pool(processes=2) as pool:
        # map re-raises the worker's ValueError here, in the parent.
        print(pool.map(parse, ["1", "2", "three"]))
