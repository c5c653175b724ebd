"""os.cpu_count() counts the machine's CPUs, not the ones a process may use."""
import multiprocessing as mp
import os


def report(label):
    # sched_getaffinity exists on Linux (and some other Unix systems),
    # not macOS or Windows.
    usable = len(os.sched_getaffinity(0))
    # process_cpu_count() is new in Python 3.13: the CPUs this process
    # may use.
    per_process = (os.process_cpu_count()
                   if hasattr(os, "process_cpu_count") else "n/a (3.13+)")
    print(f"{label}: cpu_count={os.cpu_count()} mp.cpu_count={mp.cpu_count()} "
          f"usable={usable} process_cpu_count={per_process}")


def pinned_to_one_cpu(machine_count):
    # Restrict this child to one CPU: the machine's count does not
    # change, the usable one does.
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    report("pinned child")
    # The counts belong to the machine; these conclusions do not.
    print("pinning left os.cpu_count() unchanged:",
          os.cpu_count() == mp.cpu_count() == machine_count)
    print("the pinned child may use exactly one CPU:",
          len(os.sched_getaffinity(0)) == 1)


if __name__ == "__main__":
    report("main process")
    child = mp.Process(target=pinned_to_one_cpu, args=(os.cpu_count(),))
    child.start()
    child.join()
