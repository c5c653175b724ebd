"""Process.interrupt() (3.14) lets a child clean up; terminate() does not."""
import multiprocessing as mp
import time


def work(started, cleaned):
    try:
        started.set()
        time.sleep(30)  # stands in for a long job
    except KeyboardInterrupt:
        print("child: KeyboardInterrupt")
    finally:
        cleaned.set()  # release files, locks, GPU memory...


def stop_with(method):
    started, cleaned = mp.Event(), mp.Event()
    child = mp.Process(target=work, args=(started, cleaned))
    child.start()
    started.wait(10)
    time.sleep(0.2)  # let the child reach its long job
    # interrupt() sends SIGINT, terminate() SIGTERM.
    getattr(child, method)()
    child.join(10)
    print(f"{method}(): exitcode {child.exitcode},",
          "finally ran:", cleaned.is_set(), flush=True)


if __name__ == "__main__":
    stop_with("interrupt")
    stop_with("terminate")
