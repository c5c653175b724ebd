"""A watchdog in the parent kills a worker whose heartbeat stops."""
import ctypes
import multiprocessing as mp
import signal
import time

SILENCE = 2.0  # seconds without a beat: the worker counts as hung


def hang_in_c():
    # PyDLL keeps the GIL, like an extension stuck in a loop: no
    # other thread of this process can run Python in the meantime.
    ctypes.PyDLL(None).sleep(3600)


def train(beat, step_done):
    for step in range(1, 6):
        if step == 3:
            hang_in_c()
        time.sleep(0.1)  # one step of work
        step_done.value = step
        beat.value = time.monotonic()  # one clock for all processes


if __name__ == "__main__":
    beat, step_done = mp.Value("d", 0.0), mp.Value("i", 0)
    worker = mp.Process(target=train, args=(beat, step_done))
    worker.start()
    # The watchdog: the clock starts with the first beat, so a slow
    # start-up (spawn re-imports everything) does not count.
    while worker.is_alive():
        time.sleep(0.1)
        if beat.value and time.monotonic() - beat.value > SILENCE:
            print(f"no beat for {SILENCE} s after step",
                  step_done.value)
            worker.kill()  # SIGKILL: no handler can delay it
            break
    worker.join()
    code = worker.exitcode
    print(f"worker exitcode {code} ({signal.Signals(-code).name})")
