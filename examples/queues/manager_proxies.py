"""A Manager process owns a dict, a list and a Namespace; workers change them through proxies."""
import multiprocessing as mp


def evaluate(config, scores, log, status):
    # Each operation on a proxy is one request to the manager process, which applies it.
    accuracy = round(1 - abs(config["lr"] - 0.01) * 10, 3)
    scores[config["name"]] = accuracy
    log.append(f"{config['name']} done")
    status.last = config["name"]  # Namespace: attributes instead of keys


if __name__ == "__main__":
    configs = [{"name": f"run{i}", "lr": lr} for i, lr in enumerate([0.001, 0.01, 0.05])]
    with mp.Manager() as manager:  # starts the manager process; shuts it down on exit
        scores, log, status = manager.dict(), manager.list(), manager.Namespace()
        workers = [mp.Process(target=evaluate, args=(c, scores, log, status)) for c in configs]
        for w in workers:
            w.start()
        for w in workers:
            w.join()
        # Copy out what you need while the manager is still running.
        print("scores:", dict(sorted(scores.items())))
        print("log entries:", sorted(log))
        print("status.last is one of the runs:", status.last in scores)
        print("proxy types:", type(scores).__name__, type(log).__name__, type(status).__name__)
