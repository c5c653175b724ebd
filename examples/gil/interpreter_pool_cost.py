"""Interpreters: start-up and per-task cost next to processes, threads."""
import concurrent.futures as cf
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


def best_of_three(run):
    # Other programs only ever add time: keep the fastest.
    times = []
    for _ in range(3):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def costs(make_pool):
    # Start-up: until each worker has answered once.
    start = time.perf_counter()
    with make_pool() as pool:
        list(pool.map(time.sleep, [0.05, 0.05]))
        startup = time.perf_counter() - start - 0.05
        # A task that does nothing: the round trip alone.
        per_task = best_of_three(
            lambda: list(pool.map(abs, range(200)))) / 200
        # The CPU-bound job, the same for every kind of pool.
        job = best_of_three(
            lambda: list(pool.map(sum_of_squares, [250_000] * 8)))
    return startup, per_task, job


if __name__ == "__main__":
    serial = best_of_three(
        lambda: [sum_of_squares(250_000) for _ in range(8)])
    cost = {name: costs(make) for name, make in POOLS.items()}
    for name, (startup, per_task, job) in cost.items():
        print(f"{name:12}: start-up {startup * 1000:.0f} ms, "
              f"per task {per_task * 1e6:.0f} us, "
              f"speed-up {serial / job:.1f}x")

    # Conclusions, with margins for a busy machine. Running Python
    # on two CPUs at once needs two CPUs: on one, nobody can.
    two_cpus = len(os.sched_getaffinity(0)) >= 2
    speed = {name: serial / c[2] for name, c in cost.items()}
    print("interpreters run Python on 2 CPUs, threads take turns:",
          (speed["interpreters"] > 1.3 * speed["threads"])
          == two_cpus)
    (i_start, i_task, _), (p_start, _, _), (t_start, t_task, _) = (
        cost[name] for name in POOLS)
    print("interpreters start faster than spawned processes:",
          i_start < p_start)
    print("threads start and take tasks faster than interpreters:",
          t_start < i_start / 3 and t_task < i_task / 3)
