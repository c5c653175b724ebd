"""__reduce__ sends an object holding a resource as the recipe to reopen it."""
import multiprocessing as mp
import os
import pickle
import sqlite3
import tempfile


class Table:
    """A handle on one SQLite table; the connection itself cannot be pickled."""

    def __init__(self, path):
        self.path = path
        self.connection = sqlite3.connect(path)

    def __reduce__(self):
        # Pickle as "call Table(path)": the receiving process opens its own connection.
        return (Table, (self.path,))

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.connection.close()

    def count(self, word):
        query = "SELECT COUNT(*) FROM words WHERE word = ?"
        return self.connection.execute(query, (word,)).fetchone()[0]


class RawTable(Table):
    __reduce__ = object.__reduce__  # the default, to show what __reduce__ fixes


def count_word(table, word):
    # This copy opened its own connection when it was unpickled; close it when done.
    with table:
        return word, table.count(word)


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "words.db")
        with sqlite3.connect(path) as setup:
            setup.execute("CREATE TABLE words (word TEXT)")
            setup.executemany("INSERT INTO words VALUES (?)",
                              [(w,) for w in "to be or not to be".split()])
        setup.close()

        with RawTable(path) as raw:
            try:
                pickle.dumps(raw)
            except TypeError as error:
                print("without __reduce__:", error)

        with Table(path) as table, mp.Pool(2) as pool:
            tasks = [(table, w) for w in ("be", "or", "to")]
            print("with __reduce__:", pool.starmap(count_word, tasks))
