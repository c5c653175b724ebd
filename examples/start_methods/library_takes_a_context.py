"""A library that accepts a context lets the application choose the method."""
import multiprocessing as mp


def square(x):
    return x * x


def squares(numbers, mp_context=None):
    # Library code: use the caller's context, or the default one.
    # Never set the global start method from a library.
    ctx = mp_context or mp.get_context()
    with ctx.Pool(2) as pool:
        return pool.map(square, numbers)


if __name__ == "__main__":
    # The application chooses once, first thing, before anything else
    # uses multiprocessing.
    mp.set_start_method("spawn")
    print("application chose:", mp.get_start_method())

    # The library follows that choice when it is given no context ...
    print("library, default context:   ", squares([1, 2, 3]))

    # ... and a caller can pass another context for one call.
    forkserver = mp.get_context("forkserver")
    print("library, forkserver context:", squares([4, 5, 6], forkserver))
    print("global start method still:  ", mp.get_start_method())
