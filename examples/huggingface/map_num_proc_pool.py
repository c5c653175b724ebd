"""datasets.map(num_proc=2): its pool, start method and ranks."""
import multiprocessing
import os
import shutil
import tempfile
import warnings
from collections import Counter

# Offline, with every cache in a temporary folder.
CACHE = tempfile.mkdtemp()
os.environ.update(HF_DATASETS_OFFLINE="1", HF_HUB_OFFLINE="1",
                  HF_HOME=CACHE)

import datasets  # noqa: E402  (after the settings, on purpose)
import multiprocess  # noqa: E402  (the pool package datasets uses)

NAME = "TOKENIZERS_PARALLELISM"


def tag(batch, rank):
    # with_rank=True passes the shard's number as the last argument.
    rows = len(batch["text"])
    name = multiprocess.current_process().name
    return {"rank": [rank] * rows,
            "worker": [name.rstrip("-0123456789")] * rows,
            "env": [os.environ.get(NAME)] * rows}


if __name__ == "__main__":
    try:
        datasets.disable_progress_bars()
        table = datasets.Dataset.from_dict(
            {"text": [f"sentence {i}" for i in range(10)]})
        # Python 3.12+ warns at each fork of a multi-threaded one.
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", DeprecationWarning)
            out = table.map(tag, batched=True, batch_size=2,
                            with_rank=True, num_proc=2)
        print("multiprocessing's default:",
              multiprocessing.get_start_method())
        print("multiprocess's default:",
              multiprocess.get_start_method())
        rows = Counter(zip(out["rank"], out["worker"], out["env"]))
        for (rank, worker, env), count in sorted(rows.items()):
            print(f"rank {rank}: {count} rows in a {worker},"
                  f" {NAME}={env}")
        print("rows in their original order:",
              list(out["text"]) == list(table["text"]))
        print(f"{NAME} in the parent afterwards:",
              os.environ.get(NAME))
        messages = {str(w.message).split(",")[0] for w in caught}
        for message in sorted(messages):
            print(f"Python warned at {len(caught)} forks:", message)
    finally:
        shutil.rmtree(CACHE)
