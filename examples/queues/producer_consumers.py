"""One producer, three consumers, one sentinel each: every item is handled, everyone exits."""
import multiprocessing as mp

CONSUMERS = 3
STOP = None  # the sentinel; must be something a real item can never be


def consume(tasks, results):
    handled = 0
    while True:
        item = tasks.get()
        if item is STOP:  # a sentinel is consumed by exactly one consumer
            break
        results.put(("feature", item, item ** 2))
        handled += 1
    results.put(("handled", handled, None))


if __name__ == "__main__":
    tasks, results = mp.Queue(maxsize=8), mp.Queue()  # maxsize: the producer cannot race ahead
    consumers = [mp.Process(target=consume, args=(tasks, results)) for _ in range(CONSUMERS)]
    for c in consumers:
        c.start()
    # Produce, then one sentinel per consumer: each takes one and stops.
    for item in range(20):
        tasks.put(item)
    for _ in consumers:
        tasks.put(STOP)
    # Drain results before joining: we know exactly how many messages are coming.
    messages = [results.get(timeout=10) for _ in range(20 + CONSUMERS)]
    for c in consumers:
        c.join()
    features = sorted(m[1:] for m in messages if m[0] == "feature")
    handled = sum(m[1] for m in messages if m[0] == "handled")
    print("features:", len(features), "first:", features[:3])
    print("items handled by the consumers together:", handled)
    print("exit codes:", [c.exitcode for c in consumers])
