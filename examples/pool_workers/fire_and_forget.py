"""Fire-and-forget apply_async loses errors silently unless you keep the handles or log them."""
from multiprocessing import Pool


def store(record):
    if record == "bad":
        raise ValueError(f"cannot store {record!r}")
    return record


def log_error(exc):
    print("logged by error_callback:", repr(exc))


if __name__ == "__main__":
    records = ["a", "bad", "c"]
    # Risky: no handle kept, no error_callback; the ValueError vanishes.
    with Pool(processes=2) as pool:
        for record in records:
            pool.apply_async(store, (record,))
        pool.close()
        pool.join()
    print("pattern 1 finished, and nobody heard about the failure")

    # Safe: error_callback reports failures, close()+join() waits for everything.
    with Pool(processes=2) as pool:
        for record in records:
            pool.apply_async(store, (record,), error_callback=log_error)
        pool.close()
        pool.join()

    # Also safe: keep every handle and ask each one how it went.
    with Pool(processes=2) as pool:
        handles = [pool.apply_async(store, (r,)) for r in records]
        for record, handle in zip(records, handles):
            handle.wait()
            print(f"{record!r}: successful={handle.successful()}")
