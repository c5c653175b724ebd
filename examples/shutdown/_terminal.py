"""Stands in for a terminal in this page's Ctrl-C examples."""
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

pressed_at = None  # time.monotonic() when Ctrl-C was pressed
reacted = threading.Event()  # set once the parent handles Ctrl-C

# Sends SIGINT from a process of its own, as a terminal does, which
# ignores the SIGINT it sends itself: a signal that one of this
# program's threads takes (one that sends it, or one that forks as it
# arrives) runs no handler in the main thread until that thread wakes.
SEND = ("import os, signal, sys; "
        "signal.signal(signal.SIGINT, signal.SIG_IGN); "
        "os.kill(int(sys.argv[1]), signal.SIGINT)")


def ctrl_c(target=None):
    # Negative: the whole process group, as a terminal does.
    target = target or -os.getpgid(0)
    subprocess.run([sys.executable, "-c", SEND, str(target)], check=True)


def own_stderr(folder):
    """Run in a worker: its stderr goes to a file of its own."""
    path = Path(folder, f"{os.getpid()}.txt")
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND)
    os.dup2(fd, 2)
    os.close(fd)


def press_ctrl_c(folder, workers, again_after=None, parent_after=None):
    """Ctrl-C once `workers` processes have started their work, and
    again `again_after` seconds later if the program still runs.
    `parent_after`: if the parent has not reacted by then, press it
    again for the parent alone (see the Pool.map example)."""
    def press():
        global pressed_at
        while len(list(Path(folder).glob("*.txt"))) < workers:
            time.sleep(0.05)
        time.sleep(1)  # let them reach their tasks
        # A terminal sends SIGINT to its whole foreground process
        # group: the parent and every child alike.
        pressed_at = time.monotonic()
        ctrl_c()
        if parent_after and not reacted.wait(parent_after):
            ctrl_c(os.getpid())
        if again_after:
            time.sleep(again_after)
            print(f"[still running {again_after} s after Ctrl-C:"
                  " pressing it again]", flush=True)
            ctrl_c()
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
    reacted.set()
    files = list(Path(folder).glob("*.txt"))
    deadline = time.monotonic() + timeout
    for f in files:
        while running(f.stem) and time.monotonic() < deadline:
            time.sleep(0.05)
    texts = sorted(filter(None, (f.read_text() for f in files)))
    for text in texts:
        print(text, end="")
    return len(texts)
