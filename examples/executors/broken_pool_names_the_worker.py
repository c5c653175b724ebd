"""From 3.15, BrokenProcessPool's cause names the worker and its exit code."""
import concurrent.futures as cf
import multiprocessing as mp
import os
import re
import textwrap


def crash():
    os._exit(3)  # as if native code had killed the worker


if __name__ == "__main__":
    # forkserver reports a child's exit code as soon as it ends; under
    # fork and spawn it is often not collected yet when the pool breaks.
    ctx = mp.get_context("forkserver")
    with cf.ProcessPoolExecutor(max_workers=1, mp_context=ctx) as pool:
        future = pool.submit(crash)
        try:
            future.result()
        except cf.process.BrokenProcessPool as error:
            print(type(error).__name__ + ":")
            print(textwrap.fill(str(error), 68, initial_indent="  ",
                                subsequent_indent="  "))
            # Older versions leave the cause empty. The pid changes
            # from run to run, so it is replaced.
            cause = str(error.__cause__ or "").strip("\n'")
            print("cause:", re.sub(r"\d+", "<pid>", cause, count=1) or None)
