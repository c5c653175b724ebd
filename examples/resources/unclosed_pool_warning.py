"""A running pool dropped unclosed warns, and is then cleaned up."""
import os
import textwrap
import threading
import warnings
from multiprocessing import Pool

texts = []
show = warnings.showwarning


def square(x):
    return x * x


def open_fds():
    # One entry per open file descriptor of this process (Linux).
    return len(os.listdir("/proc/self/fd"))


def square_of(n):
    pool = Pool(2)  # never closed: dropped when square_of() returns
    # apply(), not map(): see the text under the example.
    return pool.apply(square, (n,))


def wait_for_clean_up():
    # apply() returns as soon as its result is in; the result object
    # lets go of the pool a moment later, in the pool's result
    # thread. If that was the last reference, clean-up runs there.
    for thread in threading.enumerate():
        if thread is not threading.main_thread():
            thread.join(timeout=10)


def keep_text(message, category, *rest):
    # Keep the text only: a kept warning would keep the pool alive.
    if category is ResourceWarning:
        texts.append(f"{category.__name__}: {message}")
    else:
        show(message, category, *rest)


if __name__ == "__main__":
    with warnings.catch_warnings():
        # ResourceWarning is hidden by default; -X dev or -W default
        # shows it, and so does this filter.
        warnings.simplefilter("always", ResourceWarning)
        warnings.showwarning = keep_text
        square_of(4)
        wait_for_clean_up()
        after_one = open_fds()
        for _ in range(3):
            square_of(4)
            wait_for_clean_up()
    print(textwrap.fill(texts[0], 66, subsequent_indent="  "))
    print("warnings:", len(texts))
    # Nothing else held the pools, so each one's finalizer ended its
    # workers and closed its pipes once the last reference went.
    print("fds after 4 dropped pools = after 1:",
          open_fds() == after_one)
