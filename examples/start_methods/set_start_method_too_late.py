"""Once the default context is in use, set_start_method() raises."""
import multiprocessing as mp


def square(x):
    return x * x


def global_is_fixed():
    return mp.get_start_method(allow_none=True) is not None


def choose_late(method):
    # What an application's late set_start_method() call meets.
    try:
        mp.set_start_method(method)
        return "accepted"
    except RuntimeError as error:
        return f"RuntimeError: {error}"


if __name__ == "__main__":
    # Asking for a context object fixes nothing yet.
    spawn = mp.get_context("spawn")
    print("fixed after get_context('spawn'):", global_is_fixed())

    # Starting a spawn child used to fix the global choice as a side
    # effect (up to 3.13.11 and 3.14.2; gh-109263).
    with spawn.Pool(1) as pool:
        pool.map(square, [1])
    print("fixed after a spawn-context pool:", global_is_fixed())

    # A Lock, Queue or Pool made from the module itself uses the
    # default context, and so fixes it, on every version.
    lock = mp.Lock()
    print("fixed after mp.Lock():", global_is_fixed())

    # So an application that chooses its method late fails here.
    print("set_start_method('spawn'):", choose_late("spawn"))
