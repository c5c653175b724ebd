"""Pool never reports a lost task; its missing result shows it."""
import multiprocessing as mp
import os
import signal
import time

QUIET = 3.0  # seconds without a new result: the rest is lost


def risky(x):
    if x == 3:
        os.kill(os.getpid(), signal.SIGKILL)  # as an OOM kill does
    time.sleep(0.1)
    return x * x


if __name__ == "__main__":
    with mp.Pool(2) as pool:
        # One apply_async per task, so each has its own result; with
        # map() one lost chunk leaves the whole list missing.
        pending = {x: pool.apply_async(risky, (x,))
                   for x in range(6)}
        results, last_news = {}, None
        while len(results) < len(pending):
            new = {x: r.get() for x, r in pending.items()
                   if r.ready() and x not in results}
            results.update(new)
            if new:  # the clock starts with the first result
                last_news = time.monotonic()
            elif last_news and time.monotonic() - last_news > QUIET:
                break
            time.sleep(0.05)
    for x in pending:
        print(f"task {x}:", results.get(x, "no result: lost"))
