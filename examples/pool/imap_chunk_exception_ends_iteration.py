"""With chunksize > 1, a failing item ends imap's iteration."""
from multiprocessing import Pool


def check(x):
    if x == 3:
        raise ValueError(f"bad item {x}")
    return x


def check_safely(x):
    # Return the exception as a value, so no chunk fails as a whole.
    try:
        return check(x)
    except ValueError as err:
        return err


def drain(it):
    # Read until the iterator ends, noting exceptions as they come.
    seen = []
    while True:
        try:
            seen.append(next(it))
        except StopIteration:
            return seen + ["StopIteration"]
        except ValueError:
            seen.append("ValueError")


if __name__ == "__main__":
    with Pool(processes=2) as pool:
        # One item per task: only item 3 fails, the rest arrive.
        print("chunksize=1:", drain(pool.imap(check, range(8))))
        # Items 2 and 3 share a task: 2 is lost with it, and the
        # generator ends after the exception: 4 to 7 are lost too.
        print("chunksize=2:", drain(pool.imap(check, range(8), 2)))
        # Caught inside the worker, every item comes back.
        safe = drain(pool.imap(check_safely, range(8), 2))
        print("chunksize=2, caught in the worker:")
        print(" ", [type(v).__name__ if isinstance(v, Exception)
                    else v for v in safe])
