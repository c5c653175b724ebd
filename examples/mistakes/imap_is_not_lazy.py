"""Pool.imap reads its whole input at once: it does not keep memory bounded on a long stream."""
import itertools
import multiprocessing as mp
import time

pulled = 0  # how many items the parent has taken from the generator


def records(count):
    global pulled
    for n in range(count):
        pulled += 1
        yield n


def slow(n):
    time.sleep(0.3)
    return n


if __name__ == "__main__":
    # The mistake: expecting imap to pull items only as results are consumed.
    with mp.Pool(2) as pool:
        first = next(pool.imap(slow, records(200)))
        print(f"first result {first}: items pulled from the generator so far: {pulled}")

    # The fix: feed the pool in bounded batches, so at most one batch is in memory.
    pulled = 0
    stream = records(200)
    with mp.Pool(2) as pool:
        batch = list(itertools.islice(stream, 4))
        results = pool.map(slow, batch)
        print(f"first batch {results}: items pulled so far: {pulled}")
