"""How a child process ends decides its exitcode: 0, the sys.exit() value, 1, or -signal."""
import multiprocessing as mp
import sys
import time


def returns_normally():
    pass


def calls_sys_exit():
    sys.exit(3)


def raises():
    raise ValueError("bad input")  # multiprocessing prints this traceback on stderr


def sleeps():
    time.sleep(60)


if __name__ == "__main__":
    for target in (returns_normally, calls_sys_exit, raises):
        child = mp.Process(target=target)
        child.start()
        child.join()
        print(f"{target.__name__:>16}: exitcode {child.exitcode}")

    # terminate() sends SIGTERM on POSIX, so the exit code is minus its number (15).
    child = mp.Process(target=sleeps)
    child.start()
    time.sleep(0.2)
    child.terminate()
    child.join()
    print(f"{'terminated':>16}: exitcode {child.exitcode}")
