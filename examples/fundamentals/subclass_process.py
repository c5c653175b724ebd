"""Subclass Process and override run() to keep a worker's state and code together."""
import multiprocessing as mp


class Squarer(mp.Process):
    """A worker that squares its numbers and puts the results on a queue."""

    def __init__(self, numbers, results):
        super().__init__()  # required: Process.__init__ sets up the object
        self.numbers = numbers
        self.results = results

    def run(self):
        # run() is what start() executes in the child process.
        self.results.put([n * n for n in self.numbers])


if __name__ == "__main__":
    results = mp.Queue()
    workers = [Squarer([1, 2, 3], results), Squarer([4, 5, 6], results)]
    for worker in workers:
        worker.start()

    # Drain the queue before joining (see the Queues page), then sort: arrival order varies.
    collected = sorted(results.get() for _ in workers)
    for worker in workers:
        worker.join()
    print(collected)
    print("exit codes:", [w.exitcode for w in workers])
