"""After tokenizers ran its threads, a forked child can hang: the fixes."""
import multiprocessing as mp
import os
import warnings

import tokenizers

from _corpus import stdlib_texts, train_tokenizer

DOCS = [text for _, text in stdlib_texts(count=20)]


def child_encode(tokenizer):
    # encode_batch spreads the texts over the library's own Rust thread pool.
    tokenizer.encode_batch(DOCS)


def attempt(label, tokenizer, method="fork", parallelism=None, wait=10):
    # The child reads the variable when it needs threads: set it first.
    if parallelism is None:
        os.environ.pop("TOKENIZERS_PARALLELISM", None)
    else:
        os.environ["TOKENIZERS_PARALLELISM"] = parallelism
    # The example chooses its start methods: their difference is the point.
    context = mp.get_context(method)
    child = context.Process(target=child_encode, args=(tokenizer,))
    # Python 3.12+ warns when fork() copies a process with several threads.
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", DeprecationWarning)
        child.start()
    child.join(wait)  # bounded: a child that hangs is killed below
    if child.is_alive():
        child.kill()
        child.join()
        print(f"{label}: no progress after {wait} s, killed")
    else:
        print(f"{label}: finished, exit code {child.exitcode}")
    for warning in caught:
        print("  Python warned:", str(warning.message).split(",")[0])


if __name__ == "__main__":
    # What happens depends on the version: the recording prints it.
    print("tokenizers", tokenizers.__version__)
    tokenizer = train_tokenizer(DOCS, vocab_size=500)
    # The parent uses the thread pool first, as a notebook that tried a
    # batch would.
    tokenizer.encode_batch(DOCS)

    attempt("fork, variable unset", tokenizer)
    attempt("fork, TOKENIZERS_PARALLELISM=true", tokenizer, parallelism="true")
    attempt("fork, TOKENIZERS_PARALLELISM=false", tokenizer,
            parallelism="false")
    attempt("spawn, TOKENIZERS_PARALLELISM=true", tokenizer, "spawn", "true",
            wait=120)
