"""Pipe() gives two connected ends; by default both can send and receive."""
import multiprocessing as mp


def tokenizer_server(conn):
    # Answer requests until the other end sends None.
    while (text := conn.recv()) is not None:
        conn.send(text.lower().split())
    conn.close()


def report(conn):
    conn.send("epoch 1 done")
    conn.close()


if __name__ == "__main__":
    # Duplex (the default): request and reply travel over the same pair.
    here, there = mp.Pipe()
    server = mp.Process(target=tokenizer_server, args=(there,))
    server.start()
    there.close()  # the parent keeps only its own end
    for text in ["Hello World", "A Pipe Has Two Ends"]:
        here.send(text)
        print("reply:", here.recv())
    here.send(None)
    server.join()

    # duplex=False: the first end can only receive, the second only send.
    receiver, sender = mp.Pipe(duplex=False)
    child = mp.Process(target=report, args=(sender,))
    child.start()
    sender.close()
    print("one-way message:", receiver.recv())
    child.join()
    try:
        receiver.send("back?")
    except OSError as error:
        print("sending on the receive-only end:", error)
    # After the sender's ends are all closed, recv() reports end of file instead of waiting.
    try:
        receiver.recv()
    except EOFError:
        print("recv() after every sending end closed: EOFError")
