"""NumPy 2.4 cannot be imported in a sub-interpreter yet."""
import concurrent.futures as cf
import textwrap


def numpy_sum():
    import numpy
    return int(numpy.arange(5).sum())


if __name__ == "__main__":
    print("main interpreter:", numpy_sum())
    with cf.InterpreterPoolExecutor(max_workers=1) as pool:
        try:
            print("sub-interpreter:", pool.submit(numpy_sum).result())
        except ImportError as error:
            # The last line of NumPy's long message says why.
            print("sub-interpreter: ImportError")
            last = str(error).strip().splitlines()[-1]
            print(textwrap.fill(last, 68, subsequent_indent="  "))
