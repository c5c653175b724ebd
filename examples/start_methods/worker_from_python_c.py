"""A worker defined under `python -c` (or at the REPL) is lost to spawn."""
import subprocess
import sys

# What a reader might type: there is no file, so a spawn child has no
# __main__ module to import again, and cannot find square().
TYPED = """
import multiprocessing as mp
def square(x):
    return x * x
with mp.get_context("spawn").Pool(1) as pool:
    try:
        print(pool.map_async(square, [1, 2, 3]).get(timeout=3))
    except mp.TimeoutError:
        print("no result after 3 s; the pool keeps replacing dead workers")
"""

if __name__ == "__main__":
    # Run it in another interpreter; keep the last line of the tracebacks.
    run = subprocess.run([sys.executable, "-c", TYPED],
                         capture_output=True, text=True, timeout=60)
    print("stdout:", run.stdout.strip())
    errors = {line for line in run.stderr.splitlines()
              if line.startswith("AttributeError")}
    print("stderr, once per worker, an AttributeError:")
    for line in sorted(errors):
        print(" ", line.removeprefix("AttributeError: "))
