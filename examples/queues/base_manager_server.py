"""A BaseManager serves one object over a socket on 127.0.0.1; clients need its address and key."""
import multiprocessing as mp
import secrets
from multiprocessing.managers import BaseManager


class ParameterStore:
    """The real object: it lives only in the manager's server process."""
    def __init__(self):
        self.version, self.weights = 0, {}

    def push(self, worker, weights):
        self.weights[worker] = weights
        self.version += 1
        return self.version

    def snapshot(self):
        return self.version, dict(sorted(self.weights.items()))


store = None


def get_store():
    # Runs in the server process: every client gets a proxy to this one object.
    global store
    if store is None:
        store = ParameterStore()
    return store


class StoreManager(BaseManager):
    pass


StoreManager.register("get_store", callable=get_store)


def worker(address, authkey, rank):
    # A client: connect to the running server; it does not start one.
    client = StoreManager(address=address, authkey=authkey)
    client.connect()
    client.get_store().push(f"worker{rank}", [rank * 0.1] * 2)


if __name__ == "__main__":
    # Loopback only, a free port chosen by the OS, and a random key instead of the default.
    authkey = secrets.token_bytes(32)
    server = StoreManager(address=("127.0.0.1", 0), authkey=authkey)
    server.start()
    print("listening on loopback:", server.address[0])
    workers = [mp.Process(target=worker, args=(server.address, authkey, r)) for r in range(3)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    version, weights = server.get_store().snapshot()
    print("version:", version)
    print("weights:", weights)
    # A client with the wrong key is turned away before any object is unpickled.
    try:
        StoreManager(address=server.address, authkey=b"wrong key").connect()
    except mp.AuthenticationError as error:
        print("wrong authkey: AuthenticationError:", error)
    server.shutdown()
