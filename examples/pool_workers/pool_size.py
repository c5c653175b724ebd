"""Pool's default size: all CPUs (3.11, 3.12) or the usable ones (3.13+)."""
import os
import sys
from multiprocessing import Pool


def process_cpus():
    # process_cpu_count() exists from Python 3.13 and respects the
    # affinity mask.
    counter = getattr(os, "process_cpu_count", None)
    return counter() if counter else "n/a (3.13+)"


def report(label):
    with Pool() as pool:
        size = pool._processes  # internal, read here only to show the default
    usable = len(os.sched_getaffinity(0))
    print(f"{label}: cpu_count={os.cpu_count()} usable={usable}"
          f" process_cpu_count={process_cpus()} Pool()={size}")
    return size, usable


if __name__ == "__main__":
    print(f"Python {sys.version_info[0]}.{sys.version_info[1]}")
    report("all CPUs allowed")
    # Pin this process (and the workers it starts) to one CPU, as taskset
    # or a container CPU set would; os.cpu_count() does not notice, the
    # affinity mask does.
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    size, usable = report("pinned to 1 CPU ")
    follows = "both agree" if usable == os.cpu_count() else (
        "the affinity mask" if size == usable
        else "os.cpu_count(), ignoring the mask")
    print("Pool() default follows:", follows)
