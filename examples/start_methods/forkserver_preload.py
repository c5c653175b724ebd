"""Preload modules in the fork server, so its children start with them."""
import multiprocessing as mp
import sys

# sqlite3 is in the standard library; _preload_me.py sits beside this script.
PRELOAD = ["sqlite3", "_preload_me"]


def already_imported(_):
    # Runs in a worker: which modules were there before the task asked?
    return [name for name in PRELOAD if name in sys.modules]


def ask_a_worker(ctx):
    with ctx.Pool(1) as pool:
        return pool.map(already_imported, [0])[0]


if __name__ == "__main__":
    # spawn: a fresh interpreter imports only what the task needs.
    print("spawn:               ", ask_a_worker(mp.get_context("spawn")))

    # forkserver: set the list before the server starts. The server imports
    # each name once and every child forked from it inherits the result.
    # A name that fails to import there is skipped without a word.
    forkserver = mp.get_context("forkserver")
    forkserver.set_forkserver_preload(PRELOAD)
    print("forkserver + preload:", ask_a_worker(forkserver))
