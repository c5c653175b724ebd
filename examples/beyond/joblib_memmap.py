"""joblib hands a large NumPy argument to its workers as a read-only memory map, not a copy."""
import numpy as np
from joblib import Parallel, delayed
from joblib.externals.loky import get_reusable_executor


def block_mean(data, start, stop):
    # Runs in a worker: report what arrived and reduce only this task's block.
    return type(data).__name__, data.flags.writeable, float(data[start:stop].mean())


if __name__ == "__main__":
    # 4 million float64 values = 32 MB, well over joblib's default max_nbytes="1M".
    data = np.random.default_rng(7).random(4_000_000)
    blocks = [(start, start + 1_000_000) for start in range(0, data.size, 1_000_000)]

    # Over the threshold, joblib dumps the array once to a file in a temporary folder
    # (/dev/shm where it can) and every task receives a memory map of that file.
    results = Parallel(n_jobs=2)(delayed(block_mean)(data, a, b) for a, b in blocks)
    kind, writeable, _ = results[0]
    print(f"worker received: {kind}, writeable={writeable}")
    print(f"mean of block means: {np.mean([mean for *_, mean in results]):.6f}")
    print(f"mean in the parent:  {data.mean():.6f}")

    # max_nbytes=None turns memmapping off: now each task pickles its own 32 MB copy.
    results = Parallel(n_jobs=2, max_nbytes=None)(
        delayed(block_mean)(data, a, b) for a, b in blocks[:1])
    print(f"with max_nbytes=None: {results[0][0]}, writeable={results[0][1]}")

    get_reusable_executor().shutdown(wait=True)
