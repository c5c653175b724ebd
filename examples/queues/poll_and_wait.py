"""poll() asks one connection whether data is waiting; connection.wait() watches many at once."""
import multiprocessing as mp
import time
from multiprocessing.connection import wait


def evaluate(conn, name, seconds, go):
    # Evaluation runs of different lengths. They start together on `go`, so the order
    # of finishing does not depend on how long each process took to start.
    go.wait()
    time.sleep(seconds)
    conn.send((name, "accuracy computed"))
    conn.close()


if __name__ == "__main__":
    jobs = {"small": 0.1, "medium": 0.4, "large": 0.7}  # seconds of work
    readers, workers = [], []
    go = mp.Event()
    for name, seconds in jobs.items():
        reader, writer = mp.Pipe(duplex=False)
        p = mp.Process(target=evaluate, args=(writer, name, seconds, go))
        p.start()
        writer.close()
        readers.append(reader)
        workers.append(p)

    # poll(timeout) returns False if nothing arrives in time; it never raises.
    print("small ready within 0.01 s:", readers[0].poll(0.01))
    go.set()

    # wait() returns the connections that are ready, whichever they are.
    pending = list(readers)
    while pending:
        for conn in wait(pending, timeout=10):
            try:
                print("finished:", conn.recv())
            except EOFError:  # the worker closed its end: nothing more from it
                pending.remove(conn)
    # Process sentinels can be waited on too: each becomes ready when its process ends.
    running = [p.sentinel for p in workers]
    while running:
        for sentinel in wait(running, timeout=10):
            running.remove(sentinel)
    for p in workers:
        p.join()  # returns at once now; reaps the process
    print("exit codes:", [p.exitcode for p in workers])
