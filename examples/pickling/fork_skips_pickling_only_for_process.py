"""Under fork a Process target need not pickle, but a Pool task always must."""
import multiprocessing as mp


def report(error):
    kind = f"{type(error).__module__}.{type(error).__name__}"
    print(f"  fails: {kind}:")
    print(f"    {error}")


if __name__ == "__main__":
    # fork copies the parent's memory, lambda and all; spawn and forkserver pickle it.
    print("Process(target=lambda: ...):")
    try:
        child = mp.Process(target=lambda: print("  the lambda ran", flush=True))
        child.start()
        child.join()
    except Exception as error:
        report(error)

    # A pool's workers already exist, so every task is pickled, whatever the start method.
    print("Pool.map(lambda x: ..., ...):")
    with mp.Pool(2) as pool:
        try:
            print("  results:", pool.map(lambda x: x * x, range(4)))
        except Exception as error:
            report(error)
