"""After map(num_proc=2), the parent's tokenizer runs one thread."""
import ctypes
import os
import shutil
import tempfile
import warnings

# Offline, with every cache in a temporary folder.
CACHE = tempfile.mkdtemp()
os.environ.update(HF_DATASETS_OFFLINE="1", HF_HUB_OFFLINE="1",
                  HF_HOME=CACHE)

import datasets  # noqa: E402  (after the settings, on purpose)
from tokenizers import Tokenizer, models  # noqa: E402
from tokenizers import pre_tokenizers  # noqa: E402

NAME = "TOKENIZERS_PARALLELISM"
TEXTS = ["the cat sat on the mat", "a dog sat on a log"] * 2000
libc = ctypes.CDLL(None)
libc.getenv.restype = ctypes.c_char_p


def threads():
    return len(os.listdir("/proc/self/task"))  # Linux: this process


def real_env(name):
    # The process's own environment, which os.environ mirrors.
    value = libc.getenv(name.encode())
    return value.decode() if value is not None else None


def lengths(batch):
    return {"chars": [len(t) for t in batch["text"]]}


def encode_starts_threads(tokenizer):
    before = threads()
    tokenizer.encode_batch(TEXTS)
    return threads() > before


if __name__ == "__main__":
    try:
        # A tokenizer from a fixed vocabulary: no threads yet.
        words = sorted(set(" ".join(TEXTS).split()))
        vocab = {w: i for i, w in enumerate(["[UNK]", *words])}
        tok = Tokenizer(models.WordLevel(vocab, unk_token="[UNK]"))
        tok.pre_tokenizer = pre_tokenizers.Whitespace()
        datasets.disable_progress_bars()
        table = datasets.Dataset.from_dict({"text": TEXTS[:8]})
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", DeprecationWarning)
            table.map(lengths, batched=True, num_proc=2)
        # datasets set the variable for its workers, then restored
        # only Python's copy of the environment; Rust reads the real
        # one.
        print("os.environ says:", os.environ.get(NAME))
        print("the process environment says:", real_env(NAME))
        print("encode_batch started threads:",
              encode_starts_threads(tok))
        # Setting it through os.environ writes the real one too.
        os.environ[NAME] = "true"
        print(f"after setting {NAME}=true:",
              encode_starts_threads(tok))
        print("Python 3.12+ fork warnings during map:", len(caught))
    finally:
        shutil.rmtree(CACHE)
