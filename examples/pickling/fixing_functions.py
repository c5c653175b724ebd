"""Fixing functions that will not pickle: module-level names, functools.partial."""
import functools
import multiprocessing as mp


def add(n, x):
    return x + n


class Scaler:
    def __init__(self, factor):
        self.factor = factor
        self.calls = 0

    def scale(self, x):
        self.calls += 1
        return x * self.factor


def squares_up_to(n):
    yield from (i * i for i in range(n))


if __name__ == "__main__":
    with mp.Pool(2) as pool:
        # Instead of a lambda or a closure: a module-level function, its extra argument
        # bound with functools.partial (a partial pickles as the function plus arguments).
        print("partial:", pool.map(functools.partial(add, 10), range(4)))

        # A bound method pickles as (instance, method name), so each task gets a *copy*
        # of the instance: what the method changes stays in the worker.
        scaler = Scaler(3)
        print("bound method:", pool.map(scaler.scale, range(4)),
              "calls seen by the parent:", scaler.calls)

        # A generator cannot be sent, but it can be the iterable: the parent consumes it
        # and sends only its items.
        print("generator as input:", pool.map(abs, squares_up_to(4)))
