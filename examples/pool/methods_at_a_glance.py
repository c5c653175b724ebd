"""The eight ways to hand work to a Pool, and the type each one returns."""
from multiprocessing import Pool


def square(x):
    return x * x


def power(base, exp):
    return base ** exp


def show(label, value):
    # Handles are shown by type only; finished results by value too.
    shown = "" if hasattr(value, "ready") or hasattr(value, "__next__") else repr(value)
    print(f"{label:<34} {type(value).__name__:<22} {shown}".rstrip())


if __name__ == "__main__":
    with Pool(processes=2) as pool:
        # Blocking calls: they return the finished result itself.
        show("apply(square, (3,))", pool.apply(square, (3,)))
        show("map(square, range(4))", pool.map(square, range(4)))
        show("starmap(power, pairs)", pool.starmap(power, [(2, 3), (3, 2)]))

        # *_async calls return at once with a handle; .get() waits for the result.
        handle = pool.apply_async(square, (3,))
        show("apply_async(square, (3,))", handle)
        show("  .get()", handle.get())
        handle = pool.map_async(square, range(4))
        show("map_async(square, range(4))", handle)
        show("  .get()", handle.get())
        handle = pool.starmap_async(power, [(2, 3), (3, 2)])
        show("starmap_async(power, pairs)", handle)
        show("  .get()", handle.get())

        # imap* return iterators that yield results as they arrive.
        it = pool.imap(square, range(4))
        show("imap(square, range(4))", it)
        show("  list(...)", list(it))
        it = pool.imap_unordered(square, range(4))
        show("imap_unordered(square, range(4))", it)
        show("  sorted(...)", sorted(it))

    # The documented name AsyncResult is the class apply_async returns.
    from multiprocessing.pool import ApplyResult, AsyncResult, MapResult
    print("AsyncResult is ApplyResult:", AsyncResult is ApplyResult)
    print("MapResult subclasses it:", issubclass(MapResult, AsyncResult))
