"""An Event tells every hyper-parameter search worker to stop once one has reached the target."""
import multiprocessing as mp
import queue

TARGET_LOSS = 0.05


def search(rate, stop, results):
    loss = 1.0
    for step in range(1, 10_000):
        # Check the shared flag between steps; wait() doubles as a short sleep.
        if stop.wait(timeout=0.01):
            results.put((rate, "stopped early"))
            return
        loss *= 1 - rate  # pretend training: a bigger rate converges faster
        if loss < TARGET_LOSS:
            stop.set()  # tell all the others
            results.put((rate, f"reached {TARGET_LOSS} at step {step}"))
            return
    results.put((rate, "gave up"))


if __name__ == "__main__":
    stop, results = mp.Event(), mp.Queue()
    rates = [0.001, 0.002, 0.5, 0.003]
    workers = [mp.Process(target=search, args=(r, stop, results)) for r in rates]
    for w in workers:
        w.start()
    # Read the results before joining (see the Queues page for why).
    outcomes = sorted(results.get(timeout=10) for _ in rates)
    for w in workers:
        w.join()
    for rate, outcome in outcomes:
        print(f"learning rate {rate}: {outcome}")
