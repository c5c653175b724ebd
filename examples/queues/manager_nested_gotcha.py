"""Changing a plain object stored inside a Manager dict changes a copy, not the shared one."""
import multiprocessing as mp


def set_lr(shared):
    # shared["optimizer"] returns a copy of the inner dict; this changes only that copy.
    shared["optimizer"]["lr"] = 0.1


def set_lr_and_store_back(shared):
    # Fix 1: read, change, and assign the whole value again.
    optimizer = shared["optimizer"]
    optimizer["lr"] = 0.1
    shared["optimizer"] = optimizer


def run(target, shared):
    p = mp.Process(target=target, args=(shared,))
    p.start()
    p.join()


if __name__ == "__main__":
    with mp.Manager() as manager:
        shared = manager.dict(optimizer={"lr": 0.001})
        run(set_lr, shared)
        print("nested change:       ", shared["optimizer"])
        run(set_lr_and_store_back, shared)
        print("stored back:         ", shared["optimizer"])

        # Fix 2: make the inner object a proxy too (nested proxies, Python 3.6+).
        shared["optimizer"] = manager.dict(lr=0.001)
        run(set_lr, shared)
        print("inner dict is a proxy:", dict(shared["optimizer"]))
