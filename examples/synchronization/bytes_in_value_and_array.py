"""Typecode "c": one byte in a Value, several in an Array (with .raw)."""
import multiprocessing as mp


def write_bytes(flag, label):
    # Both live in shared memory, so the parent sees these writes.
    flag.value = b"Y"
    label.value = b"ok"


if __name__ == "__main__":
    # Value("c") holds exactly one byte, a C char.
    flag = mp.Value("c", b"N")
    # Array("c") holds a fixed number of bytes: six here.
    label = mp.Array("c", b"??????")
    print("Value:", type(flag).__name__, flag.value)
    print("Array:", type(label).__name__, label.value)

    child = mp.Process(target=write_bytes, args=(flag, label))
    child.start()
    child.join()
    print("after the child:", flag.value, label.value)

    # Writing .value stored b"ok" and a zero byte; reading .value
    # stops at that zero, .raw returns all six bytes.
    print("label.raw:", label.raw)
    print("Value has .raw?", hasattr(flag, "raw"))

    # The sizes are fixed: too many bytes are refused.
    for target, data in [(flag, b"AB"), (label, b"x" * 7)]:
        try:
            target.value = data
        except (TypeError, ValueError) as error:
            print(f"{len(data)} bytes into {type(target).__name__}:",
                  type(error).__name__)
