"""Start one child process, wait for it, and read how it ended."""
import multiprocessing as mp


def greet(name):
    print(f"hello from the child, {name}")


if __name__ == "__main__":
    child = mp.Process(target=greet, args=("world",))
    child.start()
    child.join()
    print("child exit code:", child.exitcode)
