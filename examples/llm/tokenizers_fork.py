"""Forking after the tokenizers library ran its threads: when the child hangs, and the fixes."""
import multiprocessing as mp
import os

import tokenizers

from _corpus import stdlib_texts, train_tokenizer

DOCS = [text for _, text in stdlib_texts(count=20)]


def child_encode(tokenizer):
    # encode_batch spreads the texts over the library's own Rust thread pool.
    tokenizer.encode_batch(DOCS)


def attempt(label, tokenizer, method="fork", parallelism=None, wait=10):
    # The variable is read when the child needs threads, so set it before starting it.
    if parallelism is None:
        os.environ.pop("TOKENIZERS_PARALLELISM", None)
    else:
        os.environ["TOKENIZERS_PARALLELISM"] = parallelism
    # This example chooses its start methods: the difference between them is the point.
    child = mp.get_context(method).Process(target=child_encode, args=(tokenizer,))
    child.start()
    child.join(wait)  # bounded: a child that hangs is killed below
    if child.is_alive():
        child.kill()
        child.join()
        print(f"{label}: no progress after {wait} s, killed")
    else:
        print(f"{label}: finished, exit code {child.exitcode}")


if __name__ == "__main__":
    # What happens depends on the version: this page was recorded with the one printed.
    print("tokenizers", tokenizers.__version__)
    tokenizer = train_tokenizer(DOCS, vocab_size=500)
    # The parent uses the thread pool first, as a notebook that tested a batch would.
    tokenizer.encode_batch(DOCS)

    attempt("fork, variable unset", tokenizer)
    attempt("fork, TOKENIZERS_PARALLELISM=true", tokenizer, parallelism="true")
    attempt("fork, TOKENIZERS_PARALLELISM=false", tokenizer, parallelism="false")
    attempt("spawn, TOKENIZERS_PARALLELISM=true", tokenizer, "spawn", "true", wait=120)
