"""Hashing and compressing release the GIL, so threads can run them in parallel."""
import hashlib
import zlib

from _compare import compare

# Built once per process when the module is imported; a task only says what to do with it.
DATA = bytes(range(256)) * 150_000  # 38.4 MB


def sha256_of_data(_):
    # hashlib releases the GIL while it hashes more than 2047 bytes.
    return hashlib.sha256(DATA).hexdigest()


def compressed_size(_):
    # zlib releases the GIL while it compresses.
    return len(zlib.compress(DATA[:6_000_000], 6))


if __name__ == "__main__":
    compare({"hashlib.sha256 of 38.4 MB": sha256_of_data,
             "zlib.compress of 6 MB": compressed_size}, range(8))
