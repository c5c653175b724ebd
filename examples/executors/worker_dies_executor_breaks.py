"""A ProcessPoolExecutor worker killed mid-task breaks the whole executor at once."""
import os
import time
from concurrent.futures import ProcessPoolExecutor


def crash_or_square(x):
    if x == 3:
        os._exit(1)  # the process vanishes without a word, as in a segfault or OOM kill
    time.sleep(0.8)  # long enough that item 2 is still running when 3 crashes
    return x * x


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as executor:
        futures = [executor.submit(crash_or_square, x) for x in range(6)]
        # Every unfinished future fails with BrokenProcessPool instead of hanging.
        for x, future in enumerate(futures):
            error = future.exception(timeout=10)
            print(x, "->", type(error).__name__ if error else future.result())
        # The executor refuses new work; this call raises and ends the program.
        executor.submit(crash_or_square, 4)
