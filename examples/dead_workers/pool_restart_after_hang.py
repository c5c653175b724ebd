"""A Pool cannot stop one task; terminating the whole pool can."""
import multiprocessing as mp
import time

DEADLINE = 3.0  # seconds any one task may run


def set_up(starts, together=None):
    global started_at
    started_at = starts
    if together:  # both workers begin at once, so each run repeats
        together.wait()


def job(x):
    started_at[x] = time.monotonic()  # for the parent to check
    if x == 2:
        time.sleep(3600)  # hangs
    time.sleep(2.0 if x == 5 else 0.4)  # 5 is slow but healthy
    return x * x


def overdue(pending):
    now = time.monotonic()
    return [x for x, r in pending.items() if not r.ready()
            and started_at[x] and now - started_at[x] > DEADLINE]


if __name__ == "__main__":
    set_up(mp.Array("d", 6))  # start times, 0 until a task starts
    together = mp.Barrier(2)
    todo, done, given_up = [2, 0, 1, 3, 4, 5], {}, []
    while todo:
        for x in todo:
            started_at[x] = 0
        with mp.Pool(2, set_up, (started_at, together)) as pool:
            pending = {x: pool.apply_async(job, (x,)) for x in todo}
            while not (hung := overdue(pending)) and not all(
                    r.ready() for r in pending.values()):
                time.sleep(0.05)
            done.update((x, r.get()) for x, r in pending.items()
                        if r.ready())
        # Leaving the block terminated the pool: every task still
        # running went with it, the healthy ones included.
        given_up += hung
        todo = [x for x in todo if x not in done and x not in hung]
        print(f"pool ended; overdue: {hung}; lost, to redo: {todo}")
    print("results:", dict(sorted(done.items())))
    print("gave up on:", given_up)
