"""No shared state at all: each worker counts its own slice of the corpus and the parent merges."""
import multiprocessing as mp
import random
from collections import Counter


def count_words(lines):
    # Works only on its own input and returns a fresh result: nothing to lock.
    counts = Counter()
    for line in lines:
        counts.update(line.split())
    return counts


def make_corpus(n_lines, seed=0):
    rng = random.Random(seed)
    words = ["model", "data", "loss", "token", "batch", "layer", "grad", "epoch"]
    return [" ".join(rng.choices(words, k=12)) for _ in range(n_lines)]


if __name__ == "__main__":
    corpus = make_corpus(20_000)
    # Partition: a few large slices, so each task is worth sending to a process.
    slices = [corpus[i:i + 5_000] for i in range(0, len(corpus), 5_000)]
    with mp.Pool(2) as pool:
        partial_counts = pool.map(count_words, slices)
    # Reduce: merging Counters is cheap next to counting.
    vocabulary = sum(partial_counts, Counter())
    print("slices:", len(slices), "| words counted:", vocabulary.total())
    print("same as one process:", vocabulary == count_words(corpus))
    print("most common:", vocabulary.most_common(3))
