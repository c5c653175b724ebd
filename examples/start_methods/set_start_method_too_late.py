"""Once the default context is in use, set_start_method() raises."""
import multiprocessing as mp


def square(x):
    return x * x


def global_is_fixed():
    return mp.get_start_method(allow_none=True) is not None


if __name__ == "__main__":
    # Asking for a context object fixes nothing yet.
    spawn = mp.get_context("spawn")
    print("fixed after get_context('spawn'):", global_is_fixed())

    # Starting a spawn child records the program's start method for the
    # child, which fixes the global choice to the platform default as a side
    # effect. Creating a Queue, Lock or Pool (or starting a Process) from
    # the multiprocessing module itself does the same.
    with spawn.Pool(1) as pool:
        pool.map(square, [1])
    print("fixed after a spawn-context pool:", global_is_fixed())

    # So an application that chooses its start method late fails here.
    mp.set_start_method("spawn")
