"""Every proxy operation is a round trip to the manager: batch updates."""
import multiprocessing as mp
import time

N = 2_000


def per_item(d):
    for i in range(N):
        d[f"sample{i}"] = i  # one request and one reply each time


def batched(d):
    local = {f"sample{i}": i for i in range(N)}  # build locally...
    d.update(local)  # ...then send it in one request


def timed(fill, d):
    started = time.perf_counter()
    fill(d)
    return time.perf_counter() - started


if __name__ == "__main__":
    with mp.Manager() as manager:
        plain = timed(per_item, {})
        proxy = timed(per_item, manager.dict())
        batch = timed(batched, manager.dict())
    print(f"{N} writes to a plain dict:       {plain * 1e3:.2f} ms")
    print(f"{N} writes to a DictProxy:        {proxy * 1e3:.2f} ms "
          f"({proxy / N * 1e6:.1f} us each)")
    print(f"one update() of {N} to a DictProxy: {batch * 1e3:.2f} ms")
    print(f"proxy vs plain: {proxy / plain:.0f}x slower; "
          f"batching: {proxy / batch:.0f}x faster")
    # The conclusions, with margins wide enough for a busy machine.
    print("proxy writes over 10 times slower than plain ones:",
          proxy > 10 * plain)
    print("one batched update over 10 times faster than per item:",
          batch * 10 < proxy)
