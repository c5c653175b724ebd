"""A function or a class is pickled as its module and name, never as its code."""
import pickle
import pickletools
import subprocess
import sys


def square(x):
    return x * x


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


if __name__ == "__main__":
    # optimize() drops the memo bookkeeping so that only the instructions remain.
    for obj in (square, Point(1, 2)):
        data = pickle.dumps(obj)
        print(f"pickle of {obj!r}: {len(data)} bytes")
        pickletools.dis(pickletools.optimize(data), annotate=0)
        print()

    # The receiving side must find __main__.square by name. A fresh interpreter run with
    # -c has a __main__ without it, just as a notebook kernel may.
    loader = "import pickle, sys; pickle.loads(sys.stdin.buffer.read())"
    failed = subprocess.run([sys.executable, "-c", loader], input=pickle.dumps(square),
                            capture_output=True)
    last = failed.stderr.decode().strip().splitlines()[-1]
    kind, _, message = last.partition(": ")
    print(f"loading it elsewhere: {kind}:")
    print(f"  {message}")
