"""Size pools by the CPU quota too: os.cpu_count() cannot see it."""
import math
import os
from pathlib import Path


def quota_cpus(cpu_max):
    # cgroup v2's cpu.max holds "<quota> <period>" in microseconds:
    # "150000 100000" is 1.5 CPUs of time; "max 100000" is no limit.
    quota, period = cpu_max.split()
    return None if quota == "max" else int(quota) / int(period)


def cgroup_quota():
    # This process's cgroup (v2) and every cgroup above it may set a
    # quota; the smallest one applies. None where there is none.
    lines = Path("/proc/self/cgroup").read_text().splitlines()
    paths = [line[3:] for line in lines if line.startswith("0::")]
    if not paths:
        return None  # no cgroup v2 here (cgroup v1 or not Linux)
    path = paths[0]
    folder, quotas = Path("/sys/fs/cgroup" + path.rstrip("/")), []
    for place in [folder, *folder.parents]:
        file = place / "cpu.max"
        if file.exists():
            quotas.append(quota_cpus(file.read_text()))
        if place == Path("/sys/fs/cgroup"):
            break
    return min((q for q in quotas if q is not None), default=None)


def pool_size(usable, quota):
    # A fractional quota is rounded up (2.5 CPUs: 3), as loky does.
    if quota is None:
        return usable
    return max(1, min(usable, math.ceil(quota)))


if __name__ == "__main__":
    # What a container on an 8-CPU machine might hold in cpu.max:
    for text in ["max 100000", "400000 100000", "150000 100000",
                 "50000 100000"]:
        quota = quota_cpus(text)
        print(f"cpu.max {text!r:16}: quota {quota}, 8 usable CPUs"
              f" -> pool of {pool_size(8, quota)}")

    # This machine: its numbers are its own, so only a relation.
    usable = len(os.sched_getaffinity(0))
    size = pool_size(usable, cgroup_quota())
    print("here: 1 <= pool size <= usable CPUs:",
          1 <= size <= usable)
