"""A BoundedSemaphore raises on a release without an acquire; a plain Semaphore silently grows."""
import multiprocessing as mp


def release_twice(slots):
    # A bug: one acquire, two releases (say, in both a `finally` and an error handler).
    slots.acquire()
    slots.release()
    try:
        slots.release()
    except ValueError as error:
        return f"ValueError: {error}"
    return f"no error, value is now {slots.get_value()}"


if __name__ == "__main__":
    # get_value() is not implemented on macOS; the plain Semaphore line needs it.
    print("Semaphore(2):       ", release_twice(mp.Semaphore(2)))
    print("BoundedSemaphore(2):", release_twice(mp.BoundedSemaphore(2)))
