"""Pool() sizes itself by os.cpu_count() up to Python 3.12, even where fewer CPUs are usable."""
import multiprocessing as mp
import os

if __name__ == "__main__":
    # Restrict this process to one CPU, as a container or `taskset` does.
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    usable = len(os.sched_getaffinity(0))
    print("usable CPUs:", usable, "| os.cpu_count() > usable:", os.cpu_count() > usable)

    # The mistake: trusting the default size (or cpu_count()) to match what may be used.
    with mp.Pool() as pool:
        workers = len(pool._pool)  # private attribute, read here only to count the workers
    print("Pool() started "
          f"{'one worker per usable CPU' if workers == usable else 'os.cpu_count() workers'}")

    # The fix: size the pool by the CPUs this process may use.
    with mp.Pool(len(os.sched_getaffinity(0))) as pool:
        print("Pool(len(os.sched_getaffinity(0))) workers:", len(pool._pool))
