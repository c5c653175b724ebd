"""Other threads run Python during a call only if the call releases the GIL."""
import statistics
import threading
import time


def python_loop():
    total = 0
    for i in range(1_000_000):
        total += i


def c_loop_holding_the_gil():
    # sum() over a range runs entirely in C and never offers the GIL.
    sum(range(10_000_000))


def sleeping():
    time.sleep(0.1)


def counting_rate(call):
    # Count in Python in this thread for as long as `call` runs in
    # another one. The median of five runs: one run in which the OS
    # happened to favour either thread does not decide.
    rates = []
    for _ in range(5):
        worker = threading.Thread(target=call)
        count = 0
        start = time.perf_counter()
        worker.start()
        while worker.is_alive():
            count += 1
        rates.append(count / (time.perf_counter() - start))
    return statistics.median(rates)


if __name__ == "__main__":
    # Sleeping holds nothing, so the counter runs at full speed: the
    # reference. It is measured again last: the two differ only by the
    # noise of the machine.
    alone = counting_rate(sleeping)
    share = {}
    for call in (python_loop, c_loop_holding_the_gil, sleeping):
        share[call] = counting_rate(call) / alone
        print(f"counter speed while {call.__name__:<23} runs: "
              f"{100 * share[call]:.0f} %")

    # The conclusions, against the faster of the two sleeps (noise
    # mostly slows the counter), with margins wide enough for a busy
    # machine.
    free = max(1.0, share[sleeping])
    print("counter slowed while Python runs:",
          share[python_loop] < 0.85 * free)
    print("counter all but stopped while the C loop runs:",
          share[c_loop_holding_the_gil] < 0.2 * free)
