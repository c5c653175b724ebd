"""AsyncResult: get(timeout) raises multiprocessing.TimeoutError, wait(timeout) does not."""
import multiprocessing
import sys
import time
from multiprocessing import Pool


def nap(seconds):
    time.sleep(seconds)
    return f"slept {seconds}"


if __name__ == "__main__":
    with Pool(processes=1) as pool:
        result = pool.apply_async(nap, (1.0,))
        # wait() just returns when the timeout passes; it never raises.
        print("wait(0.1) returned:", result.wait(0.1))
        print("ready():", result.ready())
        # successful() refuses to answer before the result is ready.
        try:
            result.successful()
        except ValueError as err:
            print("successful() before ready raised ValueError:")
            print(f"  {err}")
        # get(timeout) raises, and the task keeps running.
        try:
            result.get(timeout=0.1)
        except multiprocessing.TimeoutError as err:
            print("get(0.1) raised:", type(err).__module__ + "." + type(err).__qualname__)
            print("  its bases:", [c.__name__ for c in type(err).__mro__])
            print("  is the builtin TimeoutError:", isinstance(err, TimeoutError))
        # Waiting again without a timeout collects the same task's result.
        print("get():", result.get(), "| ready:", result.ready(),
              "| successful:", result.successful())
    print(f"checked on Python {sys.version_info[0]}.{sys.version_info[1]}")
