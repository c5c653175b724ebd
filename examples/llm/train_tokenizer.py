"""Train a small byte-level BPE tokenizer on the standard library's own source, locally."""
import hashlib

import tokenizers

from _corpus import stdlib_texts, train_tokenizer

if __name__ == "__main__":
    print("tokenizers", tokenizers.__version__)
    docs = stdlib_texts()
    print(f"corpus: {len(docs)} files, from {docs[0][0]} to {docs[-1][0]}, "
          f"{sum(len(text) for _, text in docs):,} characters")

    tokenizer = train_tokenizer(text for _, text in docs)
    vocab = tokenizer.get_vocab()
    print("vocabulary size:", len(vocab))
    # The same corpus and settings give the same vocabulary: a fingerprint shows it.
    digest = hashlib.sha256(tokenizer.to_str().encode()).hexdigest()[:16]
    print("tokenizer fingerprint:", digest)

    # Frequent Python words became single tokens ("Ġ" marks a leading space).
    line = "    def __init__(self, *args, **kwargs):"
    encoding = tokenizer.encode(line)
    print("tokens:", encoding.tokens)
    print("ids:", encoding.ids)
    print("decodes back exactly:", tokenizer.decode(encoding.ids) == line)
