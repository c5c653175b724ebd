"""A lambda in a pool: not with the standard pickler; with dill or cloudpickle, mostly."""
import multiprocessing as mp

import cloudpickle
import dill
import multiprocess


def call_pickled(payload, x):
    # Runs in the worker: rebuild the function from cloudpickle's bytes, then call it.
    return cloudpickle.loads(payload)(x)


if __name__ == "__main__":
    offset = 10  # a global of __main__, but only in the parent: the guard hides it
    shift = lambda x: x + offset  # noqa: E731

    # The standard pool uses the standard pickler; installing dill or cloudpickle
    # changes nothing here.
    with mp.Pool(2) as pool:
        try:
            pool.map(shift, range(4))
        except Exception as error:
            print("multiprocessing.Pool:", type(error).__name__)

    # multiprocess is a fork of multiprocessing that pickles with dill. The harness's
    # start-method switch does not reach it, so spawn is chosen here: the strictest case.
    with multiprocess.get_context("spawn").Pool(2) as pool:
        print("multiprocess.Pool, lambda x: x * x:", pool.map(lambda x: x * x, range(4)))
        # dill sends the code, but by default not the globals the code reads.
        try:
            pool.map(shift, range(4))
        except NameError as error:
            print("multiprocess.Pool, shift:", type(error).__name__, error)
        dill.settings["recurse"] = True  # also send the globals the function uses
        print("multiprocess.Pool, shift, recurse:", pool.map(shift, range(4)))

    # cloudpickle sends code and the globals it reads; the standard pool carries the bytes
    # to a module-level function (joblib's default backend does much the same for you).
    payload = cloudpickle.dumps(shift)
    with mp.Pool(2) as pool:
        tasks = [(payload, x) for x in range(4)]
        print("multiprocessing.Pool + cloudpickle:", pool.starmap(call_pickled, tasks))
