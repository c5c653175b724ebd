"""Pure-Python work gets no faster on threads: one at a time runs bytecode."""
import os

from _compare import compare


def sum_of_squares(n):
    # Every step of this loop is bytecode: a thread must hold the GIL.
    total = 0
    for i in range(n):
        total += i * i
    return total


if __name__ == "__main__":
    label = "sum of squares in Python"
    ways = compare({label: sum_of_squares}, [250_000] * 8)[label]

    # The page's conclusions, with margins wide enough for a busy machine.
    threads, processes = ways["threads"], ways["processes"]
    print("threads no faster than one after another:",
          threads.speed_up < 1.6)
    print("threads busy on at most one CPU:", threads.busy < 1.3)
    # Processes use a second CPU only where there is one. On one CPU the
    # honest result is one CPU busy, and that is what is expected there.
    two_cpus = len(os.sched_getaffinity(0)) >= 2
    print("processes busy on 2 CPUs exactly where 2 are usable:",
          (processes.busy > 1.4) == two_cpus)
