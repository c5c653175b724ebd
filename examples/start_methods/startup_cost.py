"""Measure what starting a process, and a small pool, costs per method."""
import multiprocessing as mp
import multiprocessing.pool  # imported up front, not while timing
import time


def nothing(x=None):
    return x


def time_one_process(ctx, repeats=5):
    # Mean over a few starts of a child that does nothing: pure start-up.
    started = time.perf_counter()
    for _ in range(repeats):
        child = ctx.Process(target=nothing)
        child.start()
        child.join()
    return (time.perf_counter() - started) / repeats


def time_pool(ctx):
    # A pool is ready when its workers answer; closing it is not counted.
    started = time.perf_counter()
    with ctx.Pool(2) as pool:
        pool.map(nothing, range(2))
        return time.perf_counter() - started


if __name__ == "__main__":
    contexts = {m: mp.get_context(m) for m in ["fork", "spawn", "forkserver"]}

    # Processes first, each method after one warm-up start (the first start
    # imports modules and launches forkserver's server, paid once per
    # program). Pools come last: a pool runs threads, and forking just after
    # them can trigger Python 3.12's fork-with-threads warning.
    process = {}
    for method, ctx in contexts.items():
        time_one_process(ctx, repeats=1)
        process[method] = time_one_process(ctx)
    pool = {method: time_pool(ctx) for method, ctx in contexts.items()}

    for method in contexts:
        print(f"{method:11} one process: {process[method] * 1000:.1f} ms, "
              f"pool of 2: {pool[method] * 1000:.1f} ms, "
              f"process vs fork: {process[method] / process['fork']:.1f}x")

    # The conclusions, with margins wide enough for a busy machine: spawn
    # starts a whole new interpreter, so it costs most. (How far fork
    # leads forkserver varies with the Python version.)
    print("a spawn start costs over 3 times a fork start:",
          process["spawn"] > 3 * process["fork"])
    print("a forkserver start costs less than a spawn start:",
          1.3 * process["forkserver"] < process["spawn"])
