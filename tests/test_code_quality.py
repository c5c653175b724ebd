"""The project's own Python (not the examples, which the suite runs) passes pyflakes."""
import subprocess
import sys

from harness import ROOT

CHECKED = ["tests", "benchmarks", "hooks", ".ci", "dev.py"]


def test_pyflakes_finds_nothing():
    # Unused imports, undefined names, f-strings without placeholders, dead variables.
    result = subprocess.run([sys.executable, "-m", "pyflakes", *CHECKED], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
