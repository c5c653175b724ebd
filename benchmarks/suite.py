"""The benchmarks. Each function takes a Config and returns a JSON-ready dict of results.

Rules every benchmark follows, so that the numbers mean what the page says:
- pools are started and warmed up (every worker has answered) before the clock starts; the
  cost of starting them is measured on its own (`startup`) or as its own series;
- every measurement is repeated `config.reps` times, interleaved (one round of every
  variant, then the next round), and reported as min and median; ratios such as speed-ups
  are computed inside each round and their median is reported, because a shared machine
  slows whole stretches of time down, not single measurements;
- nothing here imports NumPy, matplotlib or PyTorch at the top: under spawn and forkserver
  each worker imports the main module again, and that must stay cheap.
"""
from __future__ import annotations

import math
import multiprocessing
import statistics
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from multiprocessing import shared_memory
from multiprocessing.pool import ThreadPool

import workloads


@dataclass
class Config:
    quick: bool
    cores: int  # CPUs this process may use: the ideal speed-up

    @property
    def reps(self) -> int:
        return 2 if self.quick else 5

    def pick(self, quick, full):
        return quick if self.quick else full


def summary(samples: list[float]) -> dict:
    return {"min": min(samples), "median": statistics.median(samples),
            "samples": [round(s, 9) for s in samples]}


def clock(function, *args) -> float:
    start = time.perf_counter()
    function(*args)
    return time.perf_counter() - start


def warm_up(pool, workers: int, task=workloads.pid_after_nap, arg=None) -> None:
    """Return once every worker of the pool has run a task (so all have started)."""
    deadline = time.monotonic() + 120
    seen = set()
    while len(seen) < workers:
        seen |= set(pool.map(task, [arg] * workers, chunksize=1))
        if time.monotonic() > deadline:
            raise RuntimeError(f"only {len(seen)} of {workers} workers answered")


def worker_counts(config: Config) -> list[int]:
    top = 2 * config.cores
    if config.quick:
        return sorted({1, config.cores})
    if top <= 8:
        return list(range(1, top + 1))
    return sorted({1, 2, 4, config.cores // 2, config.cores, top})


# --- speed-up against the number of workers ---------------------------------------------


def scaling(config: Config, task, args: list) -> dict:
    """Serial time, then the same tasks on pools of processes and of threads.

    Series: processes (pool already running), processes including the pool's start-up and
    shut-down, threads. Each round measures the serial time again, so that each speed-up
    is a ratio of two times taken moments apart."""
    counts = worker_counts(config)
    rounds = []
    for _ in range(config.reps):
        serial = clock(lambda: [task(a) for a in args])
        row = {"serial": serial}
        for workers in counts:
            with multiprocessing.Pool(workers) as pool:
                warm_up(pool, workers)
                row[("processes", workers)] = clock(pool.map, task, args, 1)
            started = time.perf_counter()
            pool = multiprocessing.Pool(workers)
            pool.map(task, args, chunksize=1)
            pool.close()
            pool.join()
            row[("processes incl. start-up", workers)] = time.perf_counter() - started
            with ThreadPool(workers) as pool:
                warm_up(pool, workers)
                row[("threads", workers)] = clock(pool.map, task, args, 1)
        rounds.append(row)
    results = []
    for key in rounds[0]:
        if key == "serial":
            continue
        series, workers = key
        times = [r[key] for r in rounds]
        speedups = [r["serial"] / r[key] for r in rounds]
        results.append({"series": series, "workers": workers, "seconds": summary(times),
                        "speedup": summary(speedups),
                        "ideal": min(workers, config.cores)})
    return {"serial_seconds": summary([r["serial"] for r in rounds]),
            "tasks": len(args), "task_arg": args[0], "workers": counts,
            "results": results}


def cpu_scaling(config: Config) -> dict:
    tasks = config.pick(2 * config.cores, 6 * config.cores)
    n = config.pick(20_000, 1_500_000)  # about 0.1 s a task: long enough to time steadily
    return {"workload": f"{tasks} tasks of workloads.spin({n}), chunksize=1",
            **scaling(config, workloads.spin, [n] * tasks)}


def gil_release(config: Config) -> dict:
    tasks = config.pick(2 * config.cores, 6 * config.cores)
    rounds = config.pick(2, 16)
    return {"workload": f"{tasks} tasks of workloads.hash_rounds({rounds}): "
                        f"SHA-256 of 1 MiB, {rounds} times each",
            **scaling(config, workloads.hash_rounds, [rounds] * tasks)}


# --- chunksize ---------------------------------------------------------------------------


def chunksize(config: Config) -> dict:
    items = list(range(config.pick(400, 10_000)))
    sizes = config.pick([1, 20, 400], [1, 4, 16, 64, 256, 1024])
    workers = config.cores
    default = math.ceil(len(items) / (4 * workers))  # what Pool.map picks when not told

    def pool_map(pool, size):
        pool.map(workloads.tiny, items, chunksize=size)

    def pool_imap(pool, size):
        for _ in pool.imap(workloads.tiny, items, chunksize=size):
            pass

    def executor_map(executor, size):
        for _ in executor.map(workloads.tiny, items, chunksize=size):
            pass

    samples: dict = {}
    serial = []
    with multiprocessing.Pool(workers) as pool, ProcessPoolExecutor(workers) as executor:
        warm_up(pool, workers)
        warm_up(executor, workers)
        for _ in range(config.reps):
            serial.append(clock(lambda: [workloads.tiny(x) for x in items]))
            for size in sizes:
                for name, runner, target in (("Pool.map", pool_map, pool),
                                             ("Pool.imap", pool_imap, pool),
                                             ("ProcessPoolExecutor.map", executor_map,
                                              executor)):
                    samples.setdefault((name, size), []).append(clock(runner, target, size))
            samples.setdefault(("Pool.map", "default"), []).append(
                clock(pool.map, workloads.tiny, items))
    results = [{"api": api, "chunksize": size, "seconds": summary(times)}
               for (api, size), times in samples.items()]
    return {"workload": f"{len(items)} calls of workloads.tiny (x * x) on {workers} workers",
            "tasks": len(items), "workers": workers, "chunksizes": sizes,
            "pool_map_default_chunksize": default,
            "serial_seconds": summary(serial), "results": results}


# --- start-up cost -----------------------------------------------------------------------


def startup(config: Config) -> dict:
    """Start and join one process; start a pool, use every worker once, close and join it."""
    methods = multiprocessing.get_all_start_methods()
    workers = config.cores
    reps = config.pick(2, 10)
    results = []
    samples: dict = {}
    for method in methods:
        context = multiprocessing.get_context(method)
        # The first use of forkserver starts its server; that one-off cost is left out.
        warm = context.Process(target=workloads.noop)
        warm.start()
        warm.join()
    for _ in range(reps):
        for method in methods:
            context = multiprocessing.get_context(method)

            def one_process():
                process = context.Process(target=workloads.noop)
                process.start()
                process.join()

            def pool_lifecycle():
                pool = context.Pool(workers)
                warm_up(pool, workers, workloads.pid)
                pool.close()
                pool.join()

            samples.setdefault(("Process start + join", method), []).append(
                clock(one_process))
            samples.setdefault((f"Pool({workers}) start, all workers ready, close + join",
                                method), []).append(clock(pool_lifecycle))
    for (what, method), times in samples.items():
        results.append({"what": what, "method": method, "seconds": summary(times)})
    return {"workload": "a process that does nothing; a pool whose every worker has "
                        "answered a task that does nothing",
            "methods": methods, "workers": workers, "reps": reps, "results": results}


# --- sending data ------------------------------------------------------------------------


def transfer(config: Config) -> dict:
    sizes = config.pick([1 << 10, 1 << 20], [1 << 10, 1 << 14, 1 << 18, 1 << 22, 1 << 26])
    workers = config.cores
    results = []
    samples: dict = {}
    for size in sizes:
        payload = bytes(size)
        block = shared_memory.SharedMemory(create=True, size=size)
        try:
            block.buf[:size] = payload
            with multiprocessing.Pool(1) as pool:
                warm_up(pool, 1)
                for _ in range(config.reps):
                    samples.setdefault(("pickled argument, every call", size), []).append(
                        clock(pool.apply, workloads.touch, (payload,)))
                    samples.setdefault(("shared memory, every call", size), []).append(
                        clock(pool.apply, workloads.touch_shared, (block.name, size)))
            for _ in range(config.reps):
                barrier = multiprocessing.Barrier(workers + 1)
                started = time.perf_counter()
                pool = multiprocessing.Pool(workers, workloads.keep_payload,
                                            (payload, barrier))
                barrier.wait(timeout=120)
                samples.setdefault(("initializer, once per worker at start-up", size),
                                   []).append(time.perf_counter() - started)
                samples.setdefault(("initializer, every call", size), []).append(
                    clock(pool.apply, workloads.touch_kept))
                pool.close()
                pool.join()
        finally:
            block.close()
            block.unlink()
    for (how, size), times in samples.items():
        results.append({"how": how, "bytes": size, "seconds": summary(times)})
    return {"workload": "send a bytes payload to a worker that reads one byte per 4 KiB page; "
                        f"initializer rows start a pool of {workers} workers",
            "sizes": sizes, "workers": workers, "results": results}


# --- locks and proxies -------------------------------------------------------------------


def locks(config: Config) -> dict:
    n = config.pick(5_000, 200_000)
    n_proxy = config.pick(200, 5_000)
    results = []

    def plain():
        counter = 0
        for _ in range(n):
            counter += 1

    thread_lock = threading.Lock()

    def with_thread_lock():
        counter = 0
        for _ in range(n):
            with thread_lock:
                counter += 1

    process_lock = multiprocessing.Lock()

    def with_process_lock():
        counter = 0
        for _ in range(n):
            with process_lock:
                counter += 1

    raw = multiprocessing.Value("q", 0, lock=False)

    def raw_value():
        for _ in range(n):
            raw.value += 1

    value = multiprocessing.Value("q", 0)

    def locked_value():
        for _ in range(n):
            with value.get_lock():
                value.value += 1

    def contended():
        """Returns the slowest worker's own time for its loop (start-up not counted)."""
        per = n // config.cores
        shared = multiprocessing.Value("q", 0)
        barrier = multiprocessing.Barrier(config.cores)
        times = multiprocessing.SimpleQueue()
        procs = [multiprocessing.Process(target=workloads.add_under_lock,
                                         args=(shared, per, barrier, times))
                 for _ in range(config.cores)]
        for p in procs:
            p.start()
        slowest = max(times.get() for _ in procs)
        for p in procs:
            p.join()
        return slowest

    cases = [("int += 1, no lock", plain, n),
             ("threading.Lock, then int += 1", with_thread_lock, n),
             ("multiprocessing.Lock, then int += 1", with_process_lock, n),
             ("Value(lock=False): .value += 1", raw_value, n),
             ("Value: with get_lock(): .value += 1", locked_value, n),
             (f"Value: the same, {config.cores} processes at once", contended,
              (n // config.cores) * config.cores)]
    with multiprocessing.Manager() as manager:
        proxy_lock = manager.Lock()
        proxy_value = manager.Value("q", 0)

        def with_proxy_lock():
            counter = 0
            for _ in range(n_proxy):
                with proxy_lock:
                    counter += 1

        def proxy_increment():
            for _ in range(n_proxy):
                proxy_value.value += 1

        cases += [("Manager().Lock() proxy, then int += 1", with_proxy_lock, n_proxy),
                  ("Manager().Value proxy: .value += 1", proxy_increment, n_proxy)]
        samples: dict = {}
        for _ in range(config.reps):
            for name, function, count in cases:
                if function is contended:
                    seconds = contended()
                else:
                    seconds = clock(function)
                samples.setdefault(name, []).append(seconds / count)
    for name, function, count in cases:
        results.append({"operation": name, "operations": count,
                        "seconds_per_op": summary(samples[name])})
    return {"workload": "one process doing the operation in a loop, except where said",
            "results": results}


# --- PyTorch oversubscription -----------------------------------------------------------


def oversubscription(config: Config) -> dict:
    """Pools of 1 and `cores` workers, each task using T intra-op threads of PyTorch."""
    threads = sorted({1, 2, config.cores, 2 * config.cores} if not config.quick
                     else {1, config.cores})
    processes = sorted({1, config.cores})
    size = config.pick(64, 192)
    count = config.pick(20, 100)
    tasks = config.pick(2, 4) * config.cores
    rounds: list = []
    default_threads = None
    pools = {p: multiprocessing.Pool(p, workloads.torch_ready) for p in processes}
    try:
        for p, pool in pools.items():
            warm_up(pool, p, workloads.torch_pid_after_nap, 1)
        default_threads = pools[processes[0]].apply(workloads.torch_default_threads)
        for _ in range(config.reps):
            row = {}
            for p, pool in pools.items():
                for t in threads:
                    args = [(t, size, count)] * tasks
                    row[(p, t)] = clock(pool.map, workloads.torch_matmuls, args, 1)
            rounds.append(row)
    finally:
        for pool in pools.values():
            pool.close()
            pool.join()
    base = (1, 1)
    results = []
    for key in rounds[0]:
        p, t = key
        results.append({"processes": p, "threads_per_worker": t,
                        "seconds": summary([r[key] for r in rounds]),
                        "speedup": summary([r[base] / r[key] for r in rounds])})
    return {"workload": f"{tasks} tasks, each {count} products of {size}x{size} float32 "
                        "matrices with torch.set_num_threads(T)",
            "torch_default_threads": default_threads, "processes": processes,
            "threads": threads, "results": results}


BENCHMARKS = {
    "cpu_scaling": cpu_scaling,
    "gil_release": gil_release,
    "chunksize": chunksize,
    "startup": startup,
    "transfer": transfer,
    "locks": locks,
    "oversubscription": oversubscription,
}
