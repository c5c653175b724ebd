"""Which processes outlive a parent that is killed, per method."""
import signal
from collections import Counter

import _kill_parent

KILL, TERM = signal.SIGKILL, signal.SIGTERM
RUNS = {"fork": (["fork", "pool-first"], KILL),
        "fork, Pool last": (["fork", "pool-last"], KILL),
        "spawn": (["spawn", "pool-first"], KILL),
        "forkserver": (["forkserver", "pool-first"], KILL),
        "forkserver, SIGTERM": (["forkserver", "pool-first"], TERM)}
COLUMNS = {"Pool worker": "Pool", "executor worker": "exec",
           "child": "child", "daemon child": "daemon",
           "fork server": "server", "resource tracker": "tracker"}

if __name__ == "__main__":
    # One parent per row, killed (SIGKILL unless the row says
    # otherwise): who is still running 2 s later?
    before, after = _kill_parent.kill_parents(
        "_orphan_parent.py", list(RUNS.values()))
    print("still running 2 s after the parent was killed / started")
    print(" " * 20 + "".join(f"{c:>8}" for c in COLUMNS.values()))
    for label, was, now in zip(RUNS, before, after):
        was, now = Counter(was), Counter(now)
        cells = [f"{now[r]}/{was[r]}" if was[r] else "-"
                 for r in COLUMNS]
        print(f"{label:20}" + "".join(f"{c:>8}" for c in cells))
