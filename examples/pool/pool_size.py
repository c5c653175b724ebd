"""Pool's default size: all CPUs (3.11, 3.12) or the CPUs this process may use (3.13+)."""
import os
import sys
from multiprocessing import Pool


def usable():
    # process_cpu_count() exists from Python 3.13 and respects the affinity mask.
    counter = getattr(os, "process_cpu_count", None)
    return counter() if counter else "n/a (added in 3.13)"


def report(label):
    with Pool() as pool:
        size = pool._processes  # internal attribute, read here only to show the default
    allowed = len(os.sched_getaffinity(0))
    print(f"{label}: cpu_count={os.cpu_count()} sched_getaffinity={allowed}"
          f" process_cpu_count={usable()} Pool()={size}")
    return size, allowed


if __name__ == "__main__":
    print(f"Python {sys.version_info[0]}.{sys.version_info[1]}")
    report("all CPUs allowed")
    # Pin this process (and the workers it starts) to one CPU, as taskset or a
    # container CPU set would; os.cpu_count() does not notice, the affinity mask does.
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    size, allowed = report("pinned to 1 CPU ")
    follows = "both agree" if allowed == os.cpu_count() else (
        "the affinity mask" if size == allowed else "os.cpu_count(), ignoring the mask")
    print("Pool() default follows:", follows)
