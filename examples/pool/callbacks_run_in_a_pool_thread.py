"""callback and error_callback run in one helper thread of the parent, one at a time."""
import threading
from multiprocessing import Pool


def half(x):
    if x % 2:
        raise ValueError(f"{x} is odd")
    return x // 2


def where():
    # The pool's result-handler thread is named after its target, _handle_results.
    thread = threading.current_thread()
    return "main thread" if thread is threading.main_thread() else thread.name.split()[-1]


def on_result(value):
    print(f"callback({value!r}) in {where()}")


def on_error(exc):
    print(f"error_callback({type(exc).__name__}: {exc}) in {where()}")


if __name__ == "__main__":
    with Pool(processes=2) as pool:
        # apply_async: the callback gets the single return value.
        pool.apply_async(half, (4,), callback=on_result, error_callback=on_error).wait()
        # A failing task calls error_callback with the exception instance instead.
        pool.apply_async(half, (3,), callback=on_result, error_callback=on_error).wait()
        # map_async: the callback gets the whole list, once.
        pool.map_async(half, [2, 4, 6], callback=on_result, error_callback=on_error).wait()
        # If any item fails, error_callback runs once, with the first failure seen.
        pool.map_async(half, [2, 3, 6], callback=on_result, error_callback=on_error,
                       chunksize=3).wait()
        # starmap_async takes them too; apply, map, imap and friends do not.
        pool.starmap_async(divmod, [(7, 2)], callback=on_result).wait()
    print("printed from", where())
