"""Ask this interpreter what changed between Python versions."""
import concurrent.futures as cf
import inspect
import multiprocessing as mp
import os
import pickle
import subprocess
import sys
import tempfile
import threading
import warnings
from unittest import mock

# Top-level code: logs every import of this file in another process.
if __name__ != "__main__" and os.environ.get("FACTS_LOG"):
    with open(os.environ["FACTS_LOG"], "a") as log:
        log.write("imported\n")


def nothing():
    pass


def clean(code):
    # -I ignores PYTHON* variables, so nothing outside changes the answer.
    return subprocess.run([sys.executable, "-I", "-X", "cpu_count=3",
                           "-c", code], capture_output=True,
                          text=True).stdout.strip()


def fork_warns():
    stop = threading.Event()
    helper = threading.Thread(target=stop.wait)
    helper.start()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        pid = os.fork()
        if pid == 0:
            os._exit(0)
    os.waitpid(pid, 0)
    stop.set()
    helper.join()
    return any(w.category is DeprecationWarning for w in caught)


def pool_counts():
    # A machine with 4 CPUs of which this process may use 1.
    with mock.patch("os.cpu_count", return_value=4), \
            mock.patch("os.process_cpu_count", create=True,
                       return_value=1):
        return cf.ProcessPoolExecutor()._max_workers


def forkserver_imports():
    # How often do three forkserver children run this file's top level?
    with tempfile.TemporaryDirectory() as folder:
        os.environ["FACTS_LOG"] = os.path.join(folder, "log")
        ctx = mp.get_context("forkserver")
        children = [ctx.Process(target=nothing) for _ in range(3)]
        for child in children:
            child.start()
        for child in children:
            child.join()
        with open(os.environ.pop("FACTS_LOG")) as log:
            return len(log.readlines())


def pickle_local():
    def f():
        pass
    try:
        pickle.dumps(f)
    except Exception as error:
        # The 3.14 message names the function with its address: cut it.
        return type(error).__name__, str(error).split(" <")[0]


if __name__ == "__main__":
    default = "import multiprocessing as m; print(m.get_start_method())"
    print("default start method:", clean(default))
    print("os.fork() warns if threads run:", fork_warns())
    print("executor workers, 1 of 4 CPUs usable:", pool_counts())
    print("-X cpu_count=3 seen by os.cpu_count():",
          clean("import os; print(os.cpu_count())") == "3")
    print("pickle default protocol:", pickle.DEFAULT_PROTOCOL)
    error, message = pickle_local()
    print("pickling a local function raises:", error)
    print("  with the message:", message)
    print("top-level code re-runs for 3 forkserver children:",
          forkserver_imports())
    print("mp.TimeoutError is TimeoutError:",
          mp.TimeoutError is TimeoutError)
    map_args = inspect.signature(cf.Executor.map).parameters
    print("Executor.map(buffersize=):", "buffersize" in map_args)
    print("InterpreterPoolExecutor:",
          hasattr(cf, "InterpreterPoolExecutor"))
    print("ProcessPoolExecutor.kill_workers():",
          hasattr(cf.ProcessPoolExecutor, "kill_workers"))
    print("Process.interrupt():", hasattr(mp.Process, "interrupt"))
