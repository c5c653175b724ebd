"""The attributes of a Process object before, during and after its run."""
import multiprocessing as mp
import os


def wait_then_report(go, main_pid):
    go.wait()  # wait until the parent has printed its "running" line
    # Inside the child: parent_process() is the process that started this one.
    parent = mp.parent_process()
    print(f"in child: name={mp.current_process().name}, "
          f"parent is the main process? {parent.pid == main_pid}")


if __name__ == "__main__":
    go = mp.Event()
    child = mp.Process(target=wait_then_report, args=(go, os.getpid()), name="reporter")

    # Before start(): no pid yet, no exit code, not alive.
    print("before start:", child.name, child.pid, child.exitcode, child.is_alive())

    child.start()
    # While it runs: a pid is assigned, exitcode is still None.
    print("running:     ", child.is_alive(), child.exitcode,
          "pid assigned:", child.pid is not None)
    go.set()

    child.join()
    # After join(): the exit code is known and the process is gone.
    print("after join:  ", child.is_alive(), child.exitcode)
