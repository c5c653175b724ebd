"""InterpreterPoolExecutor (3.14): isolated interpreters in one process."""
import concurrent.futures as cf
import threading

CALLS = 0  # every interpreter has its own copy of this module


def count_call(_):
    global CALLS
    CALLS += 1
    return CALLS


def kind(value):
    return type(value).__name__


def numbers():
    yield 1


if __name__ == "__main__":
    with cf.InterpreterPoolExecutor(max_workers=1) as pool:
        # The worker's module globals are its own, and they persist.
        print("worker counts:", list(pool.map(count_call, range(3))))
        print("main's CALLS:", CALLS)

        # Arguments cross as copies; objects tied to this
        # interpreter (locks, generators, files) do not cross.
        for value in (42, [1, 2], {"a": 1}, threading.Lock(),
                      numbers()):
            try:
                print(f"{kind(value)}: crossed as",
                      pool.submit(kind, value).result())
            except Exception as error:
                print(f"{kind(value)}: {type(error).__name__}")
