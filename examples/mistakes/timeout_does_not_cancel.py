"""A timeout on result() stops the waiting, not the task: the worker keeps running it."""
import time
from concurrent.futures import ProcessPoolExecutor, TimeoutError


def slow(seconds):
    time.sleep(seconds)
    return f"finished after {seconds} s"


if __name__ == "__main__":
    with ProcessPoolExecutor(1) as executor:
        future = executor.submit(slow, 1)
        time.sleep(0.3)  # let the worker pick the task up
        # The mistake: believing the timeout abandoned the task.
        try:
            future.result(timeout=0.1)
        except TimeoutError:
            print("result(timeout=0.1) raised TimeoutError")
        print("cancel() once running:", future.cancel())
        print("still running:", future.running())
        # The fix is to design for it: a running task cannot be cancelled, so either wait
        # for it, as here, or make the task itself check a deadline and return early.
        print("result():", future.result())
