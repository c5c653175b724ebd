"""Value and Array hold C numbers in shared memory; the typecode fixes the C type and limits."""
import ctypes
import multiprocessing as mp


def scale_weights(weights, factor):
    # An Array is changed in place, element by element or by slice.
    with weights.get_lock():
        weights[:] = [w * factor for w in weights]


if __name__ == "__main__":
    # Typecodes are those of the array module ("i" C int, "d" double, "f" float, "b" signed char),
    # or a ctypes type; both name a fixed-size C type.
    steps = mp.Value("i", 0)
    lr = mp.Value(ctypes.c_double, 3e-4)
    weights = mp.Array("f", [0.5, 1.5, 2.5])   # from a sequence: its length and values
    hist = mp.Array("i", 4)                    # from a size: zero-filled
    print("types:", type(steps.value).__name__, type(lr.value).__name__, hist[:])

    child = mp.Process(target=scale_weights, args=(weights, 2))
    child.start()
    child.join()
    print("weights after the child:", weights[:])

    # These are C numbers: they wrap around where a Python int would keep growing.
    small = mp.Value("b", 127)
    small.value += 1
    print("signed char 127 + 1 =", small.value)

    # lock=True (the default) wraps the object with an RLock; lock=False returns the raw
    # ctypes object: faster, no get_lock(), and guarding it is up to you.
    raw = mp.Value("i", 0, lock=False)
    print("default:", type(steps).__name__, "| get_lock():", type(steps.get_lock()).__name__)
    print("lock=False:", type(raw).__name__, "| has get_lock:", hasattr(raw, "get_lock"))
