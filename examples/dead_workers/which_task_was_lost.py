"""BrokenProcessPool fails every pending task; a start log tells."""
import concurrent.futures as cf
import multiprocessing as mp
import os
import signal
import textwrap
import time


def risky(x):
    if x == 5:
        os.kill(os.getpid(), signal.SIGKILL)  # as an OOM kill does
    time.sleep(3 if x == 4 else 0.1)  # 4 still runs when 5 dies
    return x * x


def set_up(log, pair):
    global started, together
    started, together = log, pair


def logged(x):
    started.put(x)  # SimpleQueue writes at once: nothing is lost
    together.wait()  # tasks run two by two, so each run is the same
    return risky(x)


if __name__ == "__main__":
    log, pair = mp.SimpleQueue(), mp.Barrier(2)
    with cf.ProcessPoolExecutor(2, initializer=set_up,
                                initargs=(log, pair)) as pool:
        futures = [pool.submit(logged, x) for x in range(8)]
        cf.wait(futures)
    errors = {x: f.exception() for x, f in enumerate(futures)
              if f.exception()}
    failed = sorted(errors)
    first = errors[failed[0]]
    print(textwrap.fill(f"{type(first).__name__}: {first}", 68))
    print("raised by tasks", failed, "with the same message:",
          len({str(e) for e in errors.values()}) == 1)
    began = set()
    while not log.empty():
        began.add(log.get())
    suspects = sorted(began & set(failed))
    print("  running when the pool broke:", suspects)
    print("  never started:", sorted(set(failed) - began))
    # Run each suspect alone in a new process to read its exitcode.
    for x in suspects:
        alone = mp.Process(target=risky, args=(x,))
        alone.start()
        alone.join()
        print(f"task {x} alone: exitcode {alone.exitcode}")
