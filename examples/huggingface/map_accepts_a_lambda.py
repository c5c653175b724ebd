"""datasets.map takes a lambda: its pool pickles with dill."""
import os
import pickle
import shutil
import tempfile
import textwrap
from multiprocessing.reduction import ForkingPickler

# Offline, with every cache in a temporary folder.
CACHE = tempfile.mkdtemp()
os.environ.update(HF_DATASETS_OFFLINE="1", HF_HUB_OFFLINE="1",
                  HF_HOME=CACHE)

import datasets  # noqa: E402  (after the settings, on purpose)
import dill  # noqa: E402
import multiprocess  # noqa: E402

if __name__ == "__main__":
    try:
        # A multiprocessing pool pickles each task so, and fails.
        try:
            ForkingPickler.dumps(lambda batch: batch)
        except pickle.PicklingError as error:
            print(f"{type(error).__name__}:")
            print(textwrap.fill(str(error), 68))
        # dill pickles the lambda's code, so it comes back callable.
        double = dill.loads(dill.dumps(lambda x: 2 * x))
        print("dill round trip:", double(21))
        # Fresh interpreters as workers: dill sends the code itself.
        multiprocess.set_start_method("spawn", force=True)
        datasets.disable_progress_bars()
        table = datasets.Dataset.from_dict(
            {"text": ["a b", "c d e", "f", "g h i j"]})
        out = table.map(
            lambda b: {"n": [len(t.split()) for t in b["text"]]},
            batched=True, num_proc=2)
        print("words per row:", list(out["n"]))
        print("workers started by:",
              multiprocess.get_start_method())
    finally:
        shutil.rmtree(CACHE)
