"""Forking while another thread holds a lock gives a child whose copy of the lock stays held."""
import multiprocessing as mp
import threading
import time

log_lock = threading.Lock()


def log(message):
    with log_lock:
        print(message, flush=True)


def busy_logger():
    # A background thread that holds the lock for a while, as logging or a library may.
    with log_lock:
        time.sleep(1.5)


if __name__ == "__main__":
    thread = threading.Thread(target=busy_logger)
    thread.start()
    time.sleep(0.2)  # make sure the thread holds the lock at the moment of the fork

    # The mistake: fork now. The child gets the lock in its held state and no thread to free it.
    child = mp.get_context("fork").Process(target=log, args=("child logged (fork)",))
    child.start()
    child.join(timeout=2)
    print("fork child still stuck after 2 s:", child.is_alive())
    child.terminate()
    child.join()

    # The fix: spawn (or forkserver) starts from a fresh interpreter with a fresh lock.
    child = mp.get_context("spawn").Process(target=log, args=("child logged (spawn)",))
    child.start()
    child.join(timeout=10)
    thread.join()
    print("spawn child exit code:", child.exitcode)
