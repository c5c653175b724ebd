"""cancel() works only on futures that have not started; shutdown can cancel the rest."""
import time
from concurrent.futures import CancelledError, ProcessPoolExecutor


def nap(x):
    time.sleep(0.5)
    return x


def busy_executor():
    # Start the single worker first, so the timing below does not depend on start-up.
    executor = ProcessPoolExecutor(max_workers=1)
    executor.submit(nap, -1).result()
    futures = [executor.submit(nap, x) for x in range(6)]
    time.sleep(0.2)  # the worker is now running task 0
    return executor, futures


if __name__ == "__main__":
    executor, futures = busy_executor()
    # A running task cannot be cancelled; one still waiting in the executor can.
    print("task 0: running", futures[0].running(), "-> cancel()", futures[0].cancel())
    print("task 5: running", futures[5].running(), "-> cancel()", futures[5].cancel())
    try:
        futures[5].result()
    except CancelledError:
        print("task 5: result() raises CancelledError")
    print("task 0: result()", futures[0].result())
    executor.shutdown()

    # shutdown(cancel_futures=True) (Python 3.9+) cancels everything not yet started.
    executor, futures = busy_executor()
    executor.shutdown(wait=True, cancel_futures=True)
    print("after shutdown(cancel_futures=True): task 0 ->", futures[0].result(),
          "| task 5 cancelled:", futures[5].cancelled())
