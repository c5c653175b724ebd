"""copyreg teaches pickle to reduce a class you cannot edit, such as a library's."""
import copyreg
import multiprocessing as mp
import re


class Matcher:
    """Stands in for a library class: it holds a compiled pattern and a generator."""

    def __init__(self, pattern):
        self.pattern = re.compile(pattern)
        self.scratch = (i for i in range(0))  # generators do not pickle


def rebuild_matcher(source):
    return Matcher(source)


def reduce_matcher(matcher):
    # Send only what is needed to build an equivalent object in the other process.
    return rebuild_matcher, (matcher.pattern.pattern,)


# Registered at import time, so every process that imports this module has it, workers
# that pickle results included. multiprocessing's pickler reads copyreg's table.
copyreg.pickle(Matcher, reduce_matcher)


def count_matches(matcher, text):
    return len(matcher.pattern.findall(text))


if __name__ == "__main__":
    matcher = Matcher(r"\bthe\b")
    lines = ["the cat and the hat", "a dog", "the end"]
    with mp.Pool(2) as pool:
        tasks = [(matcher, line) for line in lines]
        print("matches per line:", pool.starmap(count_matches, tasks))
