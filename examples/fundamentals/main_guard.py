"""What happens when a script starts a process without the `if __name__ == "__main__":` guard."""
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
            # The child's error: everything from the RuntimeError line on.
            start = run.stderr.rfind("RuntimeError:")
            error = run.stderr[start:] if start >= 0 else run.stderr
            print(f"--- {method}: stderr from the child" if error else f"--- {method}: no error")
            print(error, end="")
