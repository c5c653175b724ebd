"""Pure-Python work gets no faster on threads: one thread at a time runs bytecode."""
from _compare import compare


def sum_of_squares(n):
    # Every step of this loop is bytecode, so a thread must hold the GIL to run it.
    total = 0
    for i in range(n):
        total += i * i
    return total


if __name__ == "__main__":
    compare({"sum of squares in Python": sum_of_squares}, [400_000] * 8)
