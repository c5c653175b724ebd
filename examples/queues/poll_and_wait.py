"""poll() asks one connection whether data is waiting; connection.wait() watches many at once."""
import multiprocessing as mp
import time
from multiprocessing.connection import wait


def evaluate(conn, name, finish_at):
    # Evaluation runs of different lengths; a shared deadline keeps the order of finishing
    # the same however long each process took to start.
    time.sleep(max(0.0, finish_at - time.time()))
    conn.send((name, "accuracy computed"))
    conn.close()


if __name__ == "__main__":
    jobs = {"small": 0.6, "medium": 0.9, "large": 1.2}  # seconds from now
    readers, workers = [], []
    now = time.time()
    for name, seconds in jobs.items():
        reader, writer = mp.Pipe(duplex=False)
        p = mp.Process(target=evaluate, args=(writer, name, now + seconds))
        p.start()
        writer.close()
        readers.append(reader)
        workers.append(p)

    # poll(timeout) returns False if nothing arrives in time; it never raises.
    print("small ready within 0.01 s:", readers[0].poll(0.01))

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
