"""What the standard pickle refuses, and the exact error it raises."""
import multiprocessing as mp
import pickle
import re
import socket
import textwrap
import threading


def make_adder(n):
    def add(x):  # a nested function: it has no name at module level
        return x + n
    return add


def numbers():
    yield 1


class Counter:
    def __init__(self):
        self.count = 0

    def bump(self):
        self.count += 1


class Guarded(Counter):
    def __init__(self):
        super().__init__()
        self.lock = threading.Lock()


if __name__ == "__main__":
    # Resources are closed at the end, so that nothing leaks.
    with open(__file__) as handle, socket.socket() as sock:
        candidates = {
            "lambda": lambda x: x,
            "nested function (closure)": make_adder(1),
            "bound method": Counter().bump,
            "bound method, object holds a lock": Guarded().bump,
            "generator": numbers(),
            "open file": handle,
            "threading.Lock": threading.Lock(),
            "multiprocessing.Lock": mp.Lock(),
            "socket": sock,
        }
        for label, obj in candidates.items():
            try:
                pickle.dumps(obj)
                print(f"{label}: pickles")
            except Exception as exc:
                kind = f"{type(exc).__module__}.{type(exc).__name__}"
                # Addresses differ from run to run: shorten them.
                text = re.sub(r"0x[0-9a-f]+", "0x...", f"{kind}: {exc}")
                print(f"{label}:")
                print(textwrap.fill(text, 68, initial_indent="    ",
                                    subsequent_indent="      "))
                # From 3.14: notes saying where inside the object it failed.
                for note in getattr(exc, "__notes__", []):
                    print(f"      note: {note}")
