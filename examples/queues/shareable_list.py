"""A ShareableList is a fixed-length list of small values in shared memory."""
import multiprocessing as mp
from multiprocessing import shared_memory


def report(name):
    status = shared_memory.ShareableList(name=name)  # attach by name
    status[0] = "done"   # fits: no longer than the string it replaces
    status[1] = 0.125    # int, float, bool, str, bytes and None may be stored
    status[2] += 1
    try:
        status[0] = "finished, with a much longer message"
    except ValueError as error:
        status[3] = f"ValueError: {error}"[:60]
    status.shm.close()


if __name__ == "__main__":
    # Each slot's type and size are fixed at creation, so reserve room in the strings.
    status = shared_memory.ShareableList(["idle", 1.0, 0, " " * 60])
    try:
        child = mp.Process(target=report, args=(status.shm.name,))
        child.start()
        child.join()
        print("state:", status[0], "| loss:", status[1], "| epochs:", status[2])
        print("child's error:", status[3].strip())
        print("length is fixed:", len(status), "| has append:", hasattr(status, "append"))
    finally:
        status.shm.close()
        status.shm.unlink()  # the creator removes the block
