"""Unpickling calls whatever the pickle names: loading one runs the sender's program."""
import multiprocessing as mp
import pickle
import pickletools


class Surprise:
    def __reduce__(self):
        # "To rebuild me, call print(...)". A real attack names os.system instead.
        return (print, ("  this line was printed by the receiver while it unpickled",))


if __name__ == "__main__":
    data = pickle.dumps(Surprise())
    # Nothing in the bytes says "Surprise": just a callable's name and its arguments.
    print("the pickle's instructions:")
    pickletools.dis(pickletools.optimize(data), annotate=0)

    print("pickle.loads(data):")
    result = pickle.loads(data)
    print("  and it returned:", result)

    # A multiprocessing Connection (under every Queue and Pool) unpickles on receipt too.
    print("Connection.recv() of the same bytes:")
    receiver, sender = mp.Pipe(duplex=False)
    sender.send_bytes(data)
    receiver.recv()
    receiver.close()
    sender.close()
