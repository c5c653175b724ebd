"""Without the __main__ guard a program that works under fork fails under spawn and forkserver."""
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

# The broken program: it starts a process at module level, with no guard.
UNGUARDED = textwrap.dedent("""
    import multiprocessing as mp
    import sys

    def work():
        print("child ran")

    context = mp.get_context(sys.argv[1])
    child = context.Process(target=work)
    child.start()
    child.join()
    print("parent done, child exit code", child.exitcode)
""")

if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        script = Path(folder) / "unguarded.py"
        script.write_text(UNGUARDED)
        for method in ("fork", "spawn", "forkserver"):
            # Run it as a separate program, bounded by a timeout.
            run = subprocess.run([sys.executable, str(script), method], capture_output=True,
                                 text=True, timeout=30)
            print(f"{method:>10}: {run.stdout.strip().splitlines()[-1]}")
            # The child's traceback ends with the bootstrapping RuntimeError.
            lines = run.stderr.splitlines()
            for number, line in enumerate(lines):
                if line.startswith("RuntimeError"):
                    print(f"{'':>12}RuntimeError: {lines[number + 1].strip()}")
