"""An exception in an apply_async task is silent until someone calls get() on its result."""
import multiprocessing as mp


def parse(line):
    return int(line)


def report(error):
    print("error_callback got", repr(error))


if __name__ == "__main__":
    lines = ["1", "2", "three"]
    with mp.Pool(2) as pool:
        # The mistake: fire and forget. The ValueError is stored in the result and nobody asks.
        for line in lines:
            pool.apply_async(parse, (line,))
        pool.close()
        pool.join()
    print("the pool finished and printed no error")

    with mp.Pool(2) as pool:
        # Fix 1: keep the results and call get(); it raises the worker's exception here.
        results = [pool.apply_async(parse, (line,)) for line in lines]
        for line, result in zip(lines, results):
            try:
                print(f"{line!r} -> {result.get(timeout=10)}")
            except ValueError as error:
                print(f"{line!r} -> ValueError: {error}")

        # Fix 2: pass error_callback; it runs in the parent as soon as a task fails.
        for line in lines:
            pool.apply_async(parse, (line,), error_callback=report)
        pool.close()
        pool.join()
