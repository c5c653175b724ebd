"""A global changed inside the __main__ block reaches workers only under fork."""
import multiprocessing as mp

MODEL_NAME = "default"  # what a freshly imported copy of this module sees


def report(_):
    return MODEL_NAME


def set_model(name):
    global MODEL_NAME
    MODEL_NAME = name


if __name__ == "__main__":
    # The mistake: configure by assigning a global, then rely on the workers seeing it.
    MODEL_NAME = "large"
    with mp.Pool(2) as pool:
        print("workers see:", sorted(set(pool.map(report, range(4)))))

    # The fix: hand the value to each worker explicitly, here through the initializer.
    with mp.Pool(2, initializer=set_model, initargs=("large",)) as pool:
        print("with initializer:", sorted(set(pool.map(report, range(4)))))
