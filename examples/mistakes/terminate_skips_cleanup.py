"""terminate() kills a process at once: its finally blocks never run. Ask it to stop instead."""
import multiprocessing as mp
import time


def worker(stop, done):
    try:
        while not stop.is_set():
            time.sleep(0.05)  # one unit of work
    finally:
        done.set()  # cleanup: flush files, release resources, say goodbye


if __name__ == "__main__":
    # The mistake: terminate() sends SIGTERM, which ends the process without unwinding.
    stop, done = mp.Event(), mp.Event()
    child = mp.Process(target=worker, args=(stop, done))
    child.start()
    time.sleep(0.3)
    child.terminate()
    child.join()
    print(f"terminate(): exit code {child.exitcode}, cleanup ran: {done.is_set()}")

    # The fix: signal the worker through an Event and let it return by itself.
    stop, done = mp.Event(), mp.Event()
    child = mp.Process(target=worker, args=(stop, done))
    child.start()
    time.sleep(0.3)
    stop.set()
    child.join(timeout=10)
    print(f"stop event:  exit code {child.exitcode}, cleanup ran: {done.is_set()}")
