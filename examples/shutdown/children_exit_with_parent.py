"""Which way of watching its parent ends a child with the parent."""
import signal

import _kill_parent
from _watched_parent import WAYS

METHODS = ["fork", "spawn", "forkserver"]

if __name__ == "__main__":
    # One parent per start method, each with a child per way of
    # watching it; SIGKILL the parents and look 2 s later.
    runs = [([method], signal.SIGKILL) for method in METHODS]
    _, after = _kill_parent.kill_parents("_watched_parent.py", runs)
    print("child still running 2 s after its parent's SIGKILL?")
    print(" " * 18 + "".join(f"{m:>12}" for m in METHODS))
    for way in WAYS + ["executor"]:
        cells = ["running" if way in a else "exited" for a in after]
        print(f"{way:18}" + "".join(f"{c:>12}" for c in cells))
