"""A Semaphore lets at most two of six training jobs use the (pretend) GPUs at once."""
import multiprocessing as mp
import time

GPUS = 2


def train(job, gpus, running, peak, start):
    start.wait()  # all six jobs ask for a GPU at the same moment
    # Block until one of the GPU slots is free; the `with` gives it back afterwards.
    with gpus:
        with running.get_lock():
            running.value += 1
            peak.value = max(peak.value, running.value)
        time.sleep(0.2)  # the "training"
        with running.get_lock():
            running.value -= 1


if __name__ == "__main__":
    gpus = mp.Semaphore(GPUS)
    running, peak = mp.Value("i", 0), mp.Value("i", 0)
    start = mp.Event()
    jobs = [mp.Process(target=train, args=(j, gpus, running, peak, start)) for j in range(6)]
    for p in jobs:
        p.start()
    started = time.perf_counter()
    start.set()
    for p in jobs:
        p.join()
    elapsed = time.perf_counter() - started
    print("most jobs on the GPUs at once:", peak.value)
    print(f"six 0.2 s jobs, two at a time, took at least 0.6 s: {elapsed >= 0.6}")
