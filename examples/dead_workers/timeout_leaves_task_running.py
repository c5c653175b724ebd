"""A timeout stops the waiting, not the task: the worker goes on."""
import concurrent.futures as cf
import multiprocessing as mp
import time


def set_up(counter):
    global steps
    steps = counter


def crunch(n):
    for _ in range(n):
        time.sleep(0.05)  # one step of a long job
        steps.value += 1  # the only writer, so no lock is needed
    return "done"


def watch(wait):
    while steps.value == 0:  # until the worker has begun the task
        time.sleep(0.01)
    try:
        wait(timeout=0.5)
    except (TimeoutError, mp.TimeoutError) as error:
        kind = type(error)
        print(f"  timeout raised {kind.__module__}.{kind.__name__}")
    before = steps.value
    time.sleep(1)
    print("  the task went on working:", steps.value > before)


if __name__ == "__main__":
    print("Pool, AsyncResult.get(timeout=0.5):")
    set_up(mp.Value("i", 0, lock=False))  # the parent reads it too
    with mp.Pool(1, initializer=set_up, initargs=(steps,)) as pool:
        watch(pool.apply_async(crunch, (60,)).get)
    # Leaving `with Pool` called terminate(): that did stop it.
    print("ProcessPoolExecutor, Future.result(timeout=0.5):")
    set_up(mp.Value("i", 0, lock=False))
    with cf.ProcessPoolExecutor(1, initializer=set_up,
                                initargs=(steps,)) as pool:
        future = pool.submit(crunch, 60)
        watch(future.result)
        print("  cancel() once it runs:", future.cancel())
    # Leaving `with ProcessPoolExecutor` waited for the task.
    print("  after the with block:", future.result())
