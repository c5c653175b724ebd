"""Preload modules in the fork server; its children get them."""
import multiprocessing as mp
import sys

# sqlite3 is in the standard library; _preload_me.py sits beside
# this script.
PRELOAD = ["sqlite3", "_preload_me"]


def already_imported(_):
    # Runs in a worker: which modules were there before the task?
    return [name for name in PRELOAD if name in sys.modules]


def ask_a_worker(ctx):
    with ctx.Pool(1) as pool:
        return pool.map(already_imported, [0])[0]


if __name__ == "__main__":
    # spawn: a fresh interpreter imports only what the task needs.
    spawn = mp.get_context("spawn")
    print("spawn:               ", ask_a_worker(spawn))

    # forkserver: set the list before the server starts. The server
    # imports each name once; every child forked from it has them.
    # A name that fails to import there is skipped without a word.
    # The list replaces the default, ["__main__"]: keeping that name
    # lets the server import this script once for all its children
    # (from 3.13.8 and 3.14.1; earlier, every child imports it).
    forkserver = mp.get_context("forkserver")
    forkserver.set_forkserver_preload(["__main__", *PRELOAD])
    print("forkserver + preload:", ask_a_worker(forkserver))
