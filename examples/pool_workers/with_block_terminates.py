"""Leaving `with Pool()` calls terminate(): unfinished work is killed, not awaited."""
import time
from multiprocessing import Pool

done = []


def slow_square(x):
    time.sleep(0.5)
    return x * x


if __name__ == "__main__":
    # Submit four tasks and leave the block at once.
    with Pool(processes=2) as pool:
        for x in range(4):
            pool.apply_async(slow_square, (x,), callback=done.append)
    time.sleep(1.5)  # longer than the work would take, had it been allowed to run
    print("with-block only:", sorted(done))

    # close() stops new submissions; join() then waits for the queued work.
    done.clear()
    with Pool(processes=2) as pool:
        for x in range(4):
            pool.apply_async(slow_square, (x,), callback=done.append)
        pool.close()
        pool.join()
    print("close() + join() inside the block:", sorted(done))

    # After close(), the pool refuses new tasks.
    try:
        pool.apply_async(slow_square, (1,))
    except ValueError as err:
        print("submitting after close:", type(err).__name__, err)
