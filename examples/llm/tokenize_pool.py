"""Tokenize a corpus with a process pool, in chunks, in order, and compare with one process."""
import os
import time
from multiprocessing import Pool

# The pool supplies the parallelism; the tokenizer's own threads would compete with it.
os.environ["TOKENIZERS_PARALLELISM"] = "false"

from tokenizers import Tokenizer  # noqa: E402  (imported after the setting on purpose)

from _corpus import stdlib_texts, train_tokenizer  # noqa: E402

tokenizer = None


def load_tokenizer(serialized):
    # Once per worker: rebuild the tokenizer from its JSON instead of sending it per task.
    global tokenizer
    tokenizer = Tokenizer.from_str(serialized)


def encode_chunk(texts):
    return [tokenizer.encode(text).ids for text in texts]


if __name__ == "__main__":
    docs = [text for _, text in stdlib_texts()]
    serialized = train_tokenizer(docs).to_str()

    start = time.perf_counter()
    load_tokenizer(serialized)
    serial = encode_chunk(docs)
    serial_s = time.perf_counter() - start

    # A chunk of several files per task keeps the cost of sending tasks small.
    chunks = [docs[i:i + 10] for i in range(0, len(docs), 10)]
    workers = len(os.sched_getaffinity(0))
    start = time.perf_counter()
    with Pool(workers, initializer=load_tokenizer, initargs=(serialized,)) as pool:
        # imap returns the chunks in the order they were given, whichever finishes first.
        parallel = [ids for chunk in pool.imap(encode_chunk, chunks) for ids in chunk]
    pool_s = time.perf_counter() - start

    print(f"{len(docs)} files in {len(chunks)} chunks, {sum(map(len, serial)):,} tokens")
    print("pool output identical to the serial output, in order:", parallel == serial)
    print(f"serial {serial_s:.2f} s; pool of {workers} (start-up included) {pool_s:.2f} s; "
          f"speed-up {serial_s / pool_s:.1f}x")
