"""terminate_workers() (3.14) stops an executor whose tasks never return."""
import concurrent.futures as cf
import time


def stuck(seconds):
    time.sleep(seconds)  # stands in for native code that never returns
    return seconds


if __name__ == "__main__":
    start = time.monotonic()
    pool = cf.ProcessPoolExecutor(max_workers=2)
    futures = [pool.submit(stuck, 600) for _ in range(3)]
    done, waiting = cf.wait(futures, timeout=1)
    print(f"after 1 s: {len(done)} done, {len(waiting)} waiting")

    # shutdown(cancel_futures=True) would still wait for the two
    # running tasks; terminate_workers() sends them SIGTERM.
    pool.terminate_workers()
    pool.shutdown(wait=True)
    errors = {type(f.exception()).__name__ for f in futures}
    print("every future raised:", ", ".join(errors))
    took = time.monotonic() - start
    print("stopped within 30 s:", took < 30)
