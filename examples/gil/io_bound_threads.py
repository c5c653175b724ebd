"""Waiting releases the GIL: threads overlap waits like processes, for less."""
import time

from _compare import compare


def fake_request(seconds):
    # time.sleep stands in for a network or disk wait; it releases the
    # GIL while it waits.
    time.sleep(seconds)
    return seconds


if __name__ == "__main__":
    label = "time.sleep(0.05)"
    ways = compare({label: fake_request}, [0.05] * 8, workers=8)[label]

    # Eight waits at once would be eight times faster; ask for half that,
    # on any number of CPUs, since waiting needs none.
    print("8 threads overlap the waits:", ways["threads"].speed_up > 4)
    print("8 processes overlap them too:", ways["processes"].speed_up > 4)
