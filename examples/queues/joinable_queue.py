"""JoinableQueue.join() waits until every item put has been marked done with task_done()."""
import multiprocessing as mp


def preprocess(tasks, done_files):
    while True:
        path = tasks.get()
        try:
            if path is None:
                return
            done_files.put(path.upper())  # stand-in for resizing an image
        finally:
            tasks.task_done()  # once per get(), sentinels included, even if the work fails


if __name__ == "__main__":
    tasks, done_files = mp.JoinableQueue(), mp.Queue()
    workers = [mp.Process(target=preprocess, args=(tasks, done_files)) for _ in range(2)]
    for w in workers:
        w.start()
    for i in range(6):
        tasks.put(f"img_{i}.png")
    # Blocks until all six items were processed, while the workers stay alive for more.
    tasks.join()
    print("all tasks done; workers still alive:", all(w.is_alive() for w in workers))
    print(sorted(done_files.get(timeout=5) for _ in range(6)))
    # Shut down: one sentinel per worker.
    for _ in workers:
        tasks.put(None)
    for w in workers:
        w.join()
    print("exit codes:", [w.exitcode for w in workers])
