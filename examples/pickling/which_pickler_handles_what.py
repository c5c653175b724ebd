"""pickle, dill and cloudpickle side by side: what each round-trips, and into what."""
import pickle
import socket
import threading

import cloudpickle
import dill


def make_adder(n):
    def add(x):
        return x + n
    return add


def numbers():
    yield 1


def try_round_trip(module, obj):
    try:
        copy = module.loads(module.dumps(obj))
    except Exception as error:
        return type(error).__name__
    if hasattr(copy, "close"):
        copy.close()  # a copied file is a new, open file object
    return "ok: " + type(copy).__name__


if __name__ == "__main__":
    with open(__file__) as handle, socket.socket() as sock:
        candidates = {
            "lambda": lambda x: x + 1,
            "closure": make_adder(1),
            "generator": numbers(),
            "open file": handle,
            "threading.Lock": threading.Lock(),
            "socket": sock,
        }
        print(f"{'':<15}{'pickle':<22}{'dill':<22}cloudpickle")
        for label, obj in candidates.items():
            cells = [try_round_trip(m, obj) for m in (pickle, dill, cloudpickle)]
            print(f"{label:<15}" + "".join(f"{cell:<22}" for cell in cells).rstrip())

    # dill's copy of a lock is a new lock in the same state, not the same lock.
    lock = threading.Lock()
    lock.acquire()
    copy = dill.loads(dill.dumps(lock))
    print("dill's copy of a held lock is held:", copy.locked())
    copy.release()
    print("after releasing the copy, the original is still held:", lock.locked())
