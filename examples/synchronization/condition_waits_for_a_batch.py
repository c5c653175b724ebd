"""A Condition lets the trainer sleep until the loader processes have prepared a full batch."""
import multiprocessing as mp
import time

BATCH = 8


def load_samples(ready, changed, count):
    for _ in range(count):
        time.sleep(0.02)  # decode and augment one sample
        # Change the shared state only while holding the condition's lock, then wake waiters.
        with changed:
            ready.value += 1
            changed.notify_all()


if __name__ == "__main__":
    changed = mp.Condition()
    ready = mp.Value("i", 0, lock=False)  # guarded by the condition's lock
    loaders = [mp.Process(target=load_samples, args=(ready, changed, 6)) for _ in range(3)]
    for p in loaders:
        p.start()
    for batch in range(2):
        with changed:
            # wait_for() re-checks the predicate after every wake-up, so a
            # notify that arrives "too early" or spuriously does no harm.
            full = changed.wait_for(lambda: ready.value >= BATCH, timeout=10)
            ready.value -= BATCH
        print(f"batch {batch}: full={full}, training on {BATCH} samples")
    for p in loaders:
        p.join()
    print("samples left over:", ready.value)
