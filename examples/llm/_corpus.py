"""Helper: a fixed slice of the standard library's own source as a corpus, and a BPE tokenizer."""
import sysconfig
from pathlib import Path

from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers


def stdlib_texts(count=120):
    # Sorted names and a fixed count: the same files, in the same order, on every run.
    lib = Path(sysconfig.get_paths()["stdlib"])
    files = sorted(lib.glob("*.py"))[:count]
    return [(f.name, f.read_text(encoding="utf-8")) for f in files]


def train_tokenizer(texts, vocab_size=4000):
    # Byte-level BPE, as in GPT-2: any text can be encoded, nothing is ever unknown.
    tokenizer = Tokenizer(models.BPE())
    tokenizer.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tokenizer.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(vocab_size=vocab_size, show_progress=False,
                                  initial_alphabet=pre_tokenizers.ByteLevel.alphabet())
    tokenizer.train_from_iterator(texts, trainer=trainer)
    return tokenizer
