"""Workers for notebook_worker.py, in a module that any child can import."""


def square(x):
    return x * x
