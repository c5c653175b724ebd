"""Does a tokenizer run threads inside pool workers? It depends."""
import os
import warnings
from multiprocessing import Pool, get_start_method

from tokenizers import Tokenizer, models, pre_tokenizers, trainers

SENTENCES = ["the cat sat on the mat", "the dog sat on the log",
             "a cat and a dog met", "the log was on the mat"] * 500
tokenizer = None  # each worker's copy
started_with = 0  # each worker's thread count after its set-up


def threads():
    return len(os.listdir("/proc/self/task"))  # Linux: this process


def build():
    # A word-level tokenizer trained in memory: nothing is fetched.
    tok = Tokenizer(models.WordLevel(unk_token="[UNK]"))
    tok.pre_tokenizer = pre_tokenizers.Whitespace()
    trainer = trainers.WordLevelTrainer(special_tokens=["[UNK]"],
                                        show_progress=False)
    tok.train_from_iterator(SENTENCES, trainer=trainer)
    return tok


def load(serialized, parallelism):
    global tokenizer, started_with
    if parallelism is not None:
        os.environ["TOKENIZERS_PARALLELISM"] = parallelism
    tokenizer = Tokenizer.from_str(serialized)
    started_with = threads()


def encode(texts):
    ids = [e.ids for e in tokenizer.encode_batch(texts)]
    # Has encode_batch started threads in this worker?
    return ids, threads() > started_with


def run_pool(serialized, parallelism=None):
    setup = (serialized, parallelism)
    with Pool(2, initializer=load, initargs=setup) as pool:
        halves = [SENTENCES[:1000], SENTENCES[1000:]]
        return pool.map(encode, halves)


if __name__ == "__main__":
    at_start = threads()
    tok = build()
    expected = [e.ids for e in tok.encode_batch(SENTENCES)]
    print("start method:", get_start_method())
    print("the parent's tokenizer started threads:",
          threads() > at_start)
    # Python 3.12+ warns when fork() copies a multi-threaded parent.
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", DeprecationWarning)
        plain = run_pool(tok.to_str())
        # The fix for a pool that already fills the CPUs.
        off = run_pool(tok.to_str(), parallelism="false")
    ids = [i for part, _ in plain for i in part]
    print("same ids as the parent:", ids == expected)
    print("workers started threads:", [grew for _, grew in plain])
    print("TOKENIZERS_PARALLELISM=false in the initializer:",
          [grew for _, grew in off])
    messages = {str(w.message).split(",")[0] for w in caught}
    for message in sorted(messages):
        print(f"Python warned at {len(caught)} forks: {message}")
