"""A tqdm progress bar over a pool: imap_unordered, one tick per finished item."""
import sys
import time
from multiprocessing import Pool

from tqdm import tqdm


class OneLinePerRedraw:
    """A log-friendly stream: each redraw of the bar becomes its own line (no "\\r")."""

    def write(self, text):
        sys.stdout.write(text.replace("\r", "\n"))

    def flush(self):
        sys.stdout.flush()


def work(x):
    time.sleep(0.01 * (x % 3))
    return x * x


if __name__ == "__main__":
    items = range(200)
    total = 0
    with Pool(processes=2) as pool:
        # imap_unordered yields as results finish, so the bar moves smoothly;
        # chunksize groups items per task without holding back the bar for long.
        results = pool.imap_unordered(work, items, chunksize=4)
        # total= is needed because an iterator has no len(). In a terminal, plain
        # tqdm(results, total=len(items)) is all you need; the stream, fixed width, ASCII
        # bar, rare redraws and no timing fields make this recording reproducible.
        bar = tqdm(results, total=len(items), file=OneLinePerRedraw(), ncols=60, ascii=True,
                   mininterval=3600, bar_format="{l_bar}{bar}| {n_fmt}/{total_fmt}")
        for value in bar:
            total += value
        bar.close()
    print("items counted by the bar:", bar.n, "| sum of squares:", total)
