"""Waiting releases the GIL: threads overlap waits as well as processes, for less."""
import time

from _compare import compare


def fake_request(seconds):
    # time.sleep stands in for a network or disk wait; it releases the GIL while it waits.
    time.sleep(seconds)
    return seconds


if __name__ == "__main__":
    compare({"time.sleep(0.1)": fake_request}, [0.1] * 8, workers=8)
