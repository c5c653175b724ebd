"""multiprocessing can send a socket (a duplicated descriptor); plain pickle cannot."""
import multiprocessing as mp
import pickle
import socket


def listening_port(sock):
    # The worker holds its own descriptor for the parent's socket: close this copy.
    with sock:
        return sock.getsockname()[1]


if __name__ == "__main__":
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen()
        try:
            pickle.dumps(server)
        except TypeError as error:
            print("pickle.dumps(socket):", error)

        # multiprocessing registers its own reducer for sockets (and for its Connections),
        # so the same object goes through a pool as a task argument.
        with mp.Pool(1) as pool:
            port = pool.apply(listening_port, (server,))
        same = port == server.getsockname()[1]
        print("the worker's socket listens on the parent's port:", same)
