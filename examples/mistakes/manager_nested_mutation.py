"""Changing a list stored inside a Manager dict changes a copy; assign the new value back."""
import multiprocessing as mp


def add_score(scores, name, value):
    scores[name].append(value)  # the mistake: scores[name] is a copy fetched from the manager


def add_score_fixed(scores, lock, name, value):
    with lock:  # read-modify-write must not interleave with another worker's
        scores[name] = scores[name] + [value]  # the fix: store the new list back


if __name__ == "__main__":
    with mp.Manager() as manager:
        scores = manager.dict({"model": []})
        workers = [mp.Process(target=add_score, args=(scores, "model", v)) for v in (1, 2)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
        print("append() on the copy:", dict(scores))

        lock = manager.Lock()
        workers = [mp.Process(target=add_score_fixed, args=(scores, lock, "model", v))
                   for v in (1, 2)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
        print("assigned back:       ", {k: sorted(v) for k, v in scores.items()})
