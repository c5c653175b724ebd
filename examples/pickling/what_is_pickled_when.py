"""Pool tasks and results are always pickled; Process arguments only without fork."""
import multiprocessing as mp


class Parcel:
    """Announces every time it is pickled, and in which process."""

    def __init__(self, label):
        self.label = label

    def __getstate__(self):
        where = "parent" if mp.parent_process() is None else "worker"
        print(f"  pickling the {self.label} in the {where}", flush=True)
        return self.__dict__


def show(parcel):
    print(f"  the child has the {parcel.label}", flush=True)


def reply(parcel):
    return Parcel(f"reply to the {parcel.label}")


if __name__ == "__main__":
    # A Process carries its target and arguments to the child itself.
    print("Process(target=show, args=(parcel,)):")
    child = mp.Process(target=show, args=(Parcel("process argument"),))
    child.start()
    child.join()

    # A pool is already running: tasks and results can only travel through its pipes.
    print("Pool.apply(reply, (parcel,)):")
    with mp.Pool(1) as pool:
        answer = pool.apply(reply, (Parcel("pool argument"),))
    print(f"  the parent has the {answer.label}")
