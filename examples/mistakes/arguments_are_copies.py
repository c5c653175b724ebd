"""A list passed to a child process is a copy: appending to it there changes nothing here."""
import multiprocessing as mp


def collect(results, n):
    results.append(n * n)  # appends to the child's own copy


def square(n):
    return n * n


if __name__ == "__main__":
    # The mistake: expecting the children to fill in the parent's list.
    results = []
    children = [mp.Process(target=collect, args=(results, n)) for n in range(3)]
    for child in children:
        child.start()
    for child in children:
        child.join()
    print("list after the children ran:", results)

    # The fix: let the workers return values and collect them in the parent.
    with mp.Pool(2) as pool:
        print("returned by a pool:        ", pool.map(square, range(3)))
