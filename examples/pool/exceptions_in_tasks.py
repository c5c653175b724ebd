"""An exception in a task is pickled back and re-raised in the parent, at different moments."""
from multiprocessing import Pool


def check(x):
    if x == 2:
        raise ValueError(f"bad item {x}")
    return x


def report(label, call):
    try:
        print(f"{label}: returned {call()!r}")
    except ValueError as err:
        # The worker's own traceback travels along as the __cause__, as text.
        cause = type(err.__cause__).__name__
        print(f"{label}: raised ValueError({err}) with __cause__ {cause}")


if __name__ == "__main__":
    with Pool(processes=2) as pool:
        # apply raises at once; apply_async only when get() is called.
        report("apply", lambda: pool.apply(check, (2,)))
        handle = pool.apply_async(check, (2,))
        handle.wait()
        print("apply_async: the task has failed, but nothing was raised yet")
        report("  .get()", handle.get)
        # map and starmap lose every result when one item fails.
        report("map", lambda: pool.map(check, range(5)))
        # imap raises at the failing item, and the iteration can go on after it.
        it = pool.imap(check, range(5))
        for i in range(5):
            report(f"imap item {i}", it.__next__)
