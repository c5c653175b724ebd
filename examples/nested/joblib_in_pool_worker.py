"""joblib's n_jobs inside a Pool worker turns into n_jobs=1."""
import multiprocessing as mp
import os
import textwrap
import threading
import warnings

import numpy  # noqa: F401  (loads the BLAS threadpoolctl reads)
from joblib import Parallel, delayed
from threadpoolctl import threadpool_info


def where():
    # The process this task ran in, and whether in its main thread.
    main = threading.current_thread() is threading.main_thread()
    return os.getpid(), main


def blas_threads():
    # The threads NumPy's BLAS may use in this process.
    n = max(i["num_threads"] for i in threadpool_info()
            if i["user_api"] == "blas")
    cpus = len(os.sched_getaffinity(0))
    return ("one per CPU" if n == cpus
            else "CPUs // n_jobs" if n == cpus // 2 else n)


def inner_loop():
    # What scikit-learn does for n_jobs=2: a joblib Parallel call.
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        ran = Parallel(n_jobs=2)(delayed(where)() for _ in range(4))
    return {"ran in this process only": {p for p, _ in ran}
            == {os.getpid()},
            "ran in its main thread only": all(m for _, m in ran),
            "BLAS threads here": blas_threads(),
            "warnings": [f"{w.category.__name__}: {w.message}"
                         for w in caught] or ["none"]}


def show(label, report):
    print(label)
    for key, value in report.items():
        for line in value if key == "warnings" else [value]:
            print(textwrap.fill(f"{key}: {line}", 66,
                                initial_indent="  ",
                                subsequent_indent="    "))


if __name__ == "__main__":
    with mp.Pool(1) as pool:
        report = pool.apply(inner_loop)
    show("n_jobs=2 inside a Pool worker:", report)

    # joblib as the outer level: for a nested call joblib itself
    # chooses threads inside the outer worker, and it limits BLAS
    # in its workers to CPUs // n_jobs threads.
    outer = Parallel(n_jobs=2)([delayed(inner_loop)()])
    show("n_jobs=2 inside a joblib worker:", outer[0])
