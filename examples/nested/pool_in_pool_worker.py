"""Pool workers may not start processes; executor workers may."""
import multiprocessing as mp
from concurrent.futures import ProcessPoolExecutor


def square(n):
    return n * n


def sum_of_squares(numbers):
    # A pool inside a worker: the nesting this example is about.
    with mp.Pool(2) as inner:
        return sum(inner.map(square, numbers))


def try_sum_of_squares(numbers):
    try:
        return sum_of_squares(numbers)
    except AssertionError as error:
        # Handled here, so that the half-made inner pool is freed
        # in this worker (its semaphores too) before it ends.
        return f"{type(error).__name__}: {error}"


def is_daemon():
    return mp.current_process().daemon


if __name__ == "__main__":
    groups = [[1, 2], [3, 4]]
    with mp.Pool(2) as pool:
        print("Pool worker is daemonic:", pool.apply(is_daemon))
        print(pool.apply(try_sum_of_squares, (groups[0],)))

    # ProcessPoolExecutor does not make its workers daemonic.
    with ProcessPoolExecutor(2) as executor:
        daemon = executor.submit(is_daemon).result()
        print("executor worker is daemonic:", daemon)
        sums = list(executor.map(sum_of_squares, groups))
        print("sums from pools inside executor workers:", sums)

    # Usually better: one flat pool, and regroup in the parent.
    with mp.Pool(2) as pool:
        squares = iter(pool.map(square, sum(groups, [])))
    sums = [sum(next(squares) for _ in group) for group in groups]
    print("sums from one flat pool:", sums)
