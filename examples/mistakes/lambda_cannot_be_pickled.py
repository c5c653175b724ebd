"""A lambda cannot be sent to a pool worker under any start method; a module-level function can."""
import functools
import multiprocessing as mp


def scale(x, factor):
    return x * factor


if __name__ == "__main__":
    with mp.Pool(2) as pool:
        # The mistake: the task is pickled to reach the worker, and lambdas do not pickle.
        try:
            pool.map(lambda x: x * 10, range(4))
        except Exception as error:
            print(f"{type(error).__name__}: {error}")

        # The fix: a function defined at module level (partial() fills in an argument).
        print(pool.map(functools.partial(scale, factor=10), range(4)))
