"""A Pool worker cannot start processes, so no pool inside a pool: its workers are daemonic."""
import multiprocessing as mp


def square(n):
    return n * n


def sum_of_squares(numbers):
    # The mistake: starting processes from a pool worker. An inner mp.Pool(...) fails the
    # same way, in the same check, while it starts its first worker.
    helper = mp.Process(target=square, args=(numbers[0],))
    helper.start()


if __name__ == "__main__":
    groups = [[1, 2], [3, 4]]
    with mp.Pool(2) as pool:
        try:
            pool.map(sum_of_squares, groups)
        except AssertionError as error:
            print("AssertionError:", error)

        # The fix: flatten the work into one pool and combine the results in the parent.
        squares = pool.map(square, [n for group in groups for n in group])
    sums, start = [], 0
    for group in groups:
        sums.append(sum(squares[start:start + len(group)]))
        start += len(group)
    print("sums of squares:", sums)
