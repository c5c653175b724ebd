"""A process per task gives each task a deadline that stops it."""
import multiprocessing as mp
import signal
import time


def job(seconds, ignore_sigterm, sender):
    sender.send("started")
    if ignore_sigterm:  # stands for code whose SIGTERM handler
        signal.signal(signal.SIGTERM, signal.SIG_IGN)  # never runs
    time.sleep(seconds)
    sender.send(f"slept {seconds} s")


def run_with_deadline(seconds, ignore_sigterm=False, deadline=3.0):
    receiver, sender = mp.Pipe(duplex=False)
    worker = mp.Process(target=job, args=(seconds, ignore_sigterm,
                                          sender))
    worker.start()
    sender.close()  # the worker's copy is the only one left
    # The deadline starts once the task does: start-up (slow under
    # spawn) does not count. Then wait for the result, not for the
    # process: a big result blocks its sender until it is read.
    result = None
    try:
        receiver.recv()
        if receiver.poll(deadline):
            result = receiver.recv()
    except EOFError:  # it died without sending anything
        pass
    if result is None:
        worker.terminate()  # SIGTERM: the polite way
        worker.join(1)
        if worker.is_alive():
            worker.kill()  # SIGKILL: cannot be ignored
    worker.join()
    return result, worker.exitcode


if __name__ == "__main__":
    for seconds, stubborn in [(0.2, False), (60, False),
                              (60, True)]:
        result, code = run_with_deadline(seconds, stubborn)
        if code < 0:
            result = f"stopped by {signal.Signals(-code).name}"
        kind = "ignores SIGTERM" if stubborn else "plain"
        print(f"{seconds:>4} s task, {kind:<15}: {result}")
