"""Stands in for a terminal in this page's Ctrl-C examples."""
import os
import signal
import threading
import time
from pathlib import Path

pressed_at = None  # time.monotonic() when Ctrl-C was pressed


def own_stderr(folder):
    """Run in a worker: its stderr goes to a file of its own."""
    path = Path(folder, f"{os.getpid()}.txt")
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND)
    os.dup2(fd, 2)
    os.close(fd)


def press_ctrl_c(folder, workers, again_after=None):
    """Ctrl-C once `workers` processes have started their work, and
    again `again_after` seconds later if the program still runs."""
    def press():
        global pressed_at
        while len(list(Path(folder).glob("*.txt"))) < workers:
            time.sleep(0.05)
        time.sleep(1)  # let them reach their tasks
        # A terminal sends SIGINT to its whole foreground process
        # group: the parent and every child alike.
        pressed_at = time.monotonic()
        os.killpg(os.getpgid(0), signal.SIGINT)
        if again_after:
            time.sleep(again_after)
            print(f"[still running {again_after} s after Ctrl-C:"
                  " pressing it again]", flush=True)
            os.killpg(os.getpgid(0), signal.SIGINT)
    threading.Thread(target=press, daemon=True).start()


def running(pid):
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except (FileNotFoundError, ProcessLookupError):
        return False  # gone before or while we read it
    return stat.rsplit(")", 1)[1].split()[0] != "Z"  # not dead


def show_stderr(folder, timeout=10.0):
    """Print what each worker wrote to stderr once it has exited (or
    after `timeout` seconds), one worker after another; return how
    many wrote anything."""
    files = list(Path(folder).glob("*.txt"))
    deadline = time.monotonic() + timeout
    for f in files:
        while running(f.stem) and time.monotonic() < deadline:
            time.sleep(0.05)
    texts = sorted(filter(None, (f.read_text() for f in files)))
    for text in texts:
        print(text, end="")
    return len(texts)
