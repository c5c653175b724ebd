"""on_error= (3.15) decides what a failed forkserver preload does."""
import re
import subprocess
import sys
import tempfile
from pathlib import Path

# A small program that preloads a module that does not exist.
PROGRAM = """
import multiprocessing as mp, sys
def hello():
    return "task ran"
if __name__ == "__main__":
    ctx = mp.get_context("forkserver")
    ctx.set_forkserver_preload(["nope"], on_error=sys.argv[1])
    with ctx.Pool(1) as pool:
        print(pool.apply(hello))
"""


def summary(stderr):
    """Warning lines and each traceback's last line: no frames or paths."""
    keep = [line for line in stderr.splitlines()
            if re.match(r"(\S+: )?\w+(Warning|Error): ", line)]
    return [re.sub(r"^\S+\.py:\d+: ", "", line) for line in keep]


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        # A file, not -c: forkserver children import the main module.
        script = Path(folder) / "preload.py"
        script.write_text(PROGRAM)
        for on_error in ("ignore", "warn", "fail"):
            # ImportWarning is hidden by default: -W shows it.
            run = subprocess.run([sys.executable, "-W", "always::ImportWarning",
                                  script, on_error],
                                 capture_output=True, text=True,
                                 timeout=60)
            print(f"on_error={on_error!r}: exit status {run.returncode}")
            for line in [run.stdout.strip(), *summary(run.stderr)]:
                if line:
                    print("  " + line)
