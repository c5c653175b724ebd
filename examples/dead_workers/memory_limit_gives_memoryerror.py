"""A memory limit in a worker turns an overrun into MemoryError."""
import concurrent.futures as cf
import os
import resource

MB = 2**20


def limit_memory(extra_mb):
    # RLIMIT_AS caps the address space, so count what is mapped now.
    with open("/proc/self/statm") as statm:
        pages = int(statm.read().split()[0])
    limit = pages * os.sysconf("SC_PAGE_SIZE") + extra_mb * MB
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def allocate(mb):
    block = bytearray(mb * MB)  # the allocation that may fail
    return f"{len(block) // MB} MB allocated"


if __name__ == "__main__":
    # The initializer runs once in each worker: only workers are
    # limited, the parent is not.
    with cf.ProcessPoolExecutor(1, initializer=limit_memory,
                                initargs=(200,)) as pool:
        for mb in (50, 500, 100):
            future = pool.submit(allocate, mb)
            try:
                print(f"{mb} MB task:", future.result())
            except MemoryError as error:
                # A Python exception, not a dead worker: the pool
                # goes on and the next task runs.
                print(f"{mb} MB task raised {error!r}")
