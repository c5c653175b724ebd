"""set_start_method() may be called once; a library or notebook cell that calls it again fails."""
import multiprocessing as mp


def hello(method):
    print(f"child started with {method}")


if __name__ == "__main__":
    mp.set_start_method("spawn")

    # The mistake: calling it again, from a second cell or an imported module.
    try:
        mp.set_start_method("spawn")
    except RuntimeError as error:
        print("RuntimeError:", error)

    # The fix: a context object chooses a method locally and can be made any number of times.
    context = mp.get_context("forkserver")
    child = context.Process(target=hello, args=(context.get_start_method(),))
    child.start()
    child.join()
