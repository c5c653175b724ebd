"""Start one child per start method and ask what it sees of its parent."""
import multiprocessing as mp
import os
import tempfile
import threading

SETTING = "value at import"   # changed in __main__ before any child starts
LOCK = threading.Lock()       # held by a parent thread while children start


def hold_until(event):
    event.wait()
    LOCK.release()


def report(conn, fd, inode):
    # The child answers through a pipe, so that only the parent prints.
    # The same descriptor number may name another file in the child, so
    # compare inode numbers.
    try:
        inherited = os.fstat(fd).st_ino == inode
    except OSError:
        inherited = False
    held = "locked" if LOCK.locked() else "free"
    conn.send([
        ("module global", SETTING),
        ("parent's open file", "inherited" if inherited else "not inherited"),
        ("threads running", threading.active_count()),
        ("LOCK, held by a parent thread", held),
    ])


if __name__ == "__main__":
    # What a child might or might not get: a changed global, an open file,
    # a running thread that holds a lock.
    SETTING = "changed in __main__"
    data = tempfile.TemporaryFile()
    inode = os.fstat(data.fileno()).st_ino
    release = threading.Event()
    LOCK.acquire()
    holder = threading.Thread(target=hold_until, args=(release,))
    holder.start()
    print("parent: threads running =", threading.active_count())

    for method in ["fork", "spawn", "forkserver"]:
        ctx = mp.get_context(method)
        parent_end, child_end = ctx.Pipe()
        child = ctx.Process(target=report,
                            args=(child_end, data.fileno(), inode))
        child.start()
        print(f"{method}:")
        for what, seen in parent_end.recv():
            print(f"  {what:30} {seen}")
        child.join()

    release.set()
    holder.join()
    data.close()
