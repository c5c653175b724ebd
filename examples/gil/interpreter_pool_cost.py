"""What an interpreter pool costs next to processes and threads."""
import concurrent.futures as cf
import contextlib
import multiprocessing as mp
import os
import time


def sum_of_squares(n):
    total = 0
    for i in range(n):
        total += i * i
    return total


# Two workers each; spawn, like an interpreter, starts from nothing.
POOLS = {
    "interpreters": lambda: cf.InterpreterPoolExecutor(2),
    "processes": lambda: cf.ProcessPoolExecutor(
        2, mp_context=mp.get_context("spawn")),
    "threads": lambda: cf.ThreadPoolExecutor(2),
}
TASKS = [250_000] * 8


def job(map_with):
    # The CPU-bound job, the same for one thread and for every pool.
    return list(map_with(sum_of_squares, TASKS))


def seconds(run):
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def start_up(make):
    # Until each worker has answered once; the best of three fresh
    # pools, since one slow start would decide the comparison.
    best = float("inf")
    for _ in range(3):
        with make() as pool:
            best = min(best, seconds(lambda: list(
                pool.map(time.sleep, [0.05, 0.05]))) - 0.05)
    return best


if __name__ == "__main__":
    pools, startup, per_task = {}, {}, {}
    with contextlib.ExitStack() as stack:
        for name, make in POOLS.items():
            startup[name] = start_up(make)
            pool = pools[name] = stack.enter_context(make())
            pool.map(abs, [0, 0])  # started: only round trips below
            # A task that does nothing: the round trip alone.
            per_task[name] = min(seconds(lambda: list(
                pool.map(abs, range(200)))) for _ in range(3)) / 200
        # The same CPU-bound job on one thread and on each pool, in
        # turns and best of five: other programs only ever add time.
        maps = {"one thread": map}
        maps |= {name: pool.map for name, pool in pools.items()}
        best = {name: float("inf") for name in maps}
        for _ in range(5):
            for name, map_with in maps.items():
                taken = seconds(lambda: job(map_with))
                best[name] = min(best[name], taken)
    speed = {n: best["one thread"] / best[n] for n in POOLS}
    for name in POOLS:
        print(f"{name:12}: start-up {startup[name] * 1000:.0f} ms, "
              f"per task {per_task[name] * 1e6:.0f} us, "
              f"speed-up {speed[name]:.1f}x")

    # Conclusions, with margins for a busy machine. Running Python
    # on two CPUs at once needs two CPUs: on one, nobody can.
    two_cpus = len(os.sched_getaffinity(0)) >= 2
    print("interpreters run Python on 2 CPUs, threads take turns:",
          (speed["interpreters"] > 1.2 * speed["threads"])
          == two_cpus)
    ratio = startup["interpreters"] / startup["processes"]
    print("interpreters start within 3x of spawned processes:",
          1 / 3 < ratio < 3)
    print("threads start and take tasks faster than interpreters:",
          startup["threads"] < startup["interpreters"] / 3
          and per_task["threads"] < per_task["interpreters"] / 3)
