"""What happens when a script starts a process without the `if __name__ == "__main__":` guard."""
import re
import subprocess
import sys
import tempfile
from pathlib import Path

# A script with the mistake: process start-up code at module level, unguarded.
UNGUARDED = '''
import multiprocessing as mp
import sys

def work():
    print("worker ran")

ctx = mp.get_context(sys.argv[1])
child = ctx.Process(target=work)
child.start()
child.join()
print("child exit code:", child.exitcode)
'''



def errors(stderr):
    """The RuntimeError's message, then the last line of any later traceback.

    Frames are left out: their line numbers change with every release."""
    start = stderr.find("RuntimeError:")
    if start < 0:
        return stderr
    message, _, rest = stderr[start:].partition("Traceback")
    later = [line for line in rest.splitlines() if re.match(r"\w+: ", line)]
    return message.rstrip(" ") + "".join(line + "\n" for line in later)


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        script = Path(folder) / "unguarded.py"
        script.write_text(UNGUARDED)
        for method in ("fork", "spawn", "forkserver"):
            # Run it as its own program, bounded by a timeout.
            run = subprocess.run([sys.executable, str(script), method],
                                 capture_output=True, text=True, timeout=30)
            print(f"--- {method}: stdout")
            print(run.stdout, end="")
            error = errors(run.stderr)
            print(f"--- {method}: stderr" if error else f"--- {method}: no error")
            print(error, end="")
