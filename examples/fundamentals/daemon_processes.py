"""Daemon children are terminated when the parent exits; other children are waited for."""
import multiprocessing as mp
import time


def finish_after(seconds, label):
    time.sleep(seconds)
    print(f"{label} finished")


def try_to_start_a_child():
    # A daemon may not have children of its own (checked with assert in multiprocessing).
    try:
        mp.Process(target=finish_after, args=(0, "grandchild")).start()
    except AssertionError as error:
        print("daemon could not start a child:", error)


if __name__ == "__main__":
    helper = mp.Process(target=try_to_start_a_child, daemon=True)
    helper.start()
    helper.join()

    # daemon must be set before start(); it cannot be changed afterwards.
    mp.Process(target=finish_after, args=(1.0, "non-daemon child")).start()
    mp.Process(target=finish_after, args=(3.0, "daemon child"), daemon=True).start()

    time.sleep(0.3)
    print("main: end of script reached")
    # At exit, multiprocessing terminates daemon children, then joins the others:
    # "non-daemon child finished" is printed, "daemon child finished" never is.
