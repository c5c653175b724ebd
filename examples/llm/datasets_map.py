"""Tokenize the corpus with datasets.Dataset.map(num_proc=2), fully offline."""
import os
import shutil
import tempfile
import warnings

# Offline, and every cache in a temporary folder: nothing is fetched or
# left behind.
CACHE = tempfile.mkdtemp()
os.environ.update(HF_DATASETS_OFFLINE="1", HF_HUB_OFFLINE="1",
                  HF_HOME=CACHE, TOKENIZERS_PARALLELISM="false")

import datasets  # noqa: E402  (imported after the settings on purpose)
# The dill-based copy of multiprocessing that datasets uses:
import multiprocess  # noqa: E402

from _corpus import stdlib_texts, train_tokenizer  # noqa: E402


def tokenize(batch, tokenizer):
    # Each worker process receives its own pickled copy of the tokenizer.
    encodings = tokenizer.encode_batch(batch["text"])
    return {"n_tokens": [len(e.ids) for e in encodings]}


if __name__ == "__main__":
    try:
        docs = stdlib_texts()
        tokenizer = train_tokenizer(text for _, text in docs)
        table = datasets.Dataset.from_dict({"name": [n for n, _ in docs],
                                            "text": [t for _, t in docs]})
        datasets.disable_progress_bars()
        # num_proc=2: the rows are split into 2 contiguous shards, one
        # per process. Python 3.12+ warns if the fork copies threads.
        kwargs = dict(batched=True, batch_size=16,
                      fn_kwargs={"tokenizer": tokenizer})
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", DeprecationWarning)
            counted = table.map(tokenize, num_proc=2, **kwargs)
        serial = table.map(tokenize, **kwargs)
        print("map's workers start with:", multiprocess.get_start_method())
        # One warning per fork: the pool's workers and datasets' manager.
        for message in sorted({str(w.message).split(",")[0] for w in caught}):
            print(f"Python warned at {len(caught)} forks: {message}")
        print(counted)
        print("same counts as one process, same order:",
              counted["n_tokens"] == serial["n_tokens"])
        print("first rows:")
        for name, count in zip(counted["name"][:3], counted["n_tokens"][:3]):
            print(f"  {name}: {count} tokens")
        print("total tokens:", sum(counted["n_tokens"]))
    finally:
        shutil.rmtree(CACHE)
