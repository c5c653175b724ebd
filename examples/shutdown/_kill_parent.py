"""Kill a parent with a signal; see who lives on."""
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

HELPERS = {"multiprocessing.forkserver": "fork server",
           "multiprocessing.resource_tracker": "resource tracker"}


def session(sid):
    """pid -> command line of each live process in session `sid`."""
    found = {}
    for entry in filter(str.isdigit, os.listdir("/proc")):
        try:
            if os.getsid(int(entry)) != sid:
                continue
            stat = Path(f"/proc/{entry}/stat").read_text()
            cmd = Path(f"/proc/{entry}/cmdline").read_bytes()
        except (ProcessLookupError, FileNotFoundError):
            continue
        if stat.rsplit(")", 1)[1].split()[0] != "Z":  # Z: dead
            found[int(entry)] = cmd.replace(b"\0", b" ").decode()
    return found


def roles(sid, named):
    """Role of each live process: from `named` or its command."""
    found = []
    for pid, cmd in session(sid).items():
        helper = [r for m, r in HELPERS.items() if m in cmd]
        found.append(named.get(pid) or (helper or ["parent"])[0])
    return found


def kill_parents(script, runs, wait=2.0):
    """For each (arguments, signal): run `script` in a session of
    its own, kill it once it prints "ready", and return the roles
    alive before the kill and `wait` seconds after it."""
    script = Path(__file__).with_name(script)
    parents, named = [], {}
    try:
        for args, _ in runs:
            parents.append(subprocess.Popen(
                [sys.executable, script, *args], text=True,
                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                start_new_session=True))
        for parent in parents:  # "role pid" lines, then "ready"
            with parent.stdout:
                for line in iter(parent.stdout.readline, "ready\n"):
                    role, pid = line.rsplit(" ", 1)  # fails at EOF
                    named[int(pid)] = role
        before = [roles(p.pid, named) for p in parents]
        for parent, (_, signum) in zip(parents, runs):
            os.kill(parent.pid, signum)
            parent.wait()
        time.sleep(wait)
        return before, [roles(p.pid, named) for p in parents]
    finally:
        for parent in parents:  # clean up: kill whatever is left
            stop_session(parent.pid)
            parent.wait()


def stop_session(sid, grace=5.0):
    """SIGKILL every process in session `sid`, the resource tracker
    last: once the others are gone it removes the semaphores they
    left in /dev/shm and exits by itself, if given `grace` seconds."""
    deadline = time.monotonic() + grace
    while live := session(sid):
        tracker = {p for p, cmd in live.items()
                   if "resource_tracker" in cmd}
        doomed = live.keys() - tracker
        if not doomed and time.monotonic() > deadline:
            doomed = tracker  # it did not finish in time
        for pid in doomed:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        time.sleep(0.05)
