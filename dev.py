#!/usr/bin/env python3
"""One entry point for contributors, using only the standard library.

    python3 dev.py serve          set up .venv, then serve the site on 127.0.0.1:8000
    python3 dev.py test           set up .venv, then run the whole test suite
    python3 dev.py check [--since REF]  only the tests your changes need (a minute or two)
    python3 dev.py record [--rerecord] [PATH]  re-run examples, rewrite changed recordings
    python3 dev.py bench [--quick] run the benchmarks, then redraw plots and tables
    python3 dev.py lock           regenerate requirements.txt from requirements.in

Why a script and not a Makefile: a fresh machine may have Python and git but no make, and
the same file works on Linux, macOS and Windows. Set-up is idempotent: .venv is created
once and reinstalled only when requirements.txt changes (a hash is kept in .venv). Where
Python 3.14, the guide's reference, is found beside another main Python, `.venv-3.14` gets
the same pins but torch, so that examples with third-party packages run on it too.
Extra arguments after the command go to the underlying tool (mkdocs or pytest).
"""
import hashlib
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT / "tests"))
import changes  # noqa: E402  (standard library only: which tests a change needs)
import pythons  # noqa: E402  (standard library only: finds 3.11 to 3.15 by version)

VENV = ROOT / ".venv"
REQUIREMENTS = ROOT / "requirements.txt"
STAMP = VENV / "requirements.sha256"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")


def run(*argv):
    print("+", " ".join(str(a) for a in argv), flush=True)
    with subprocess.Popen([str(a) for a in argv], cwd=ROOT) as child:
        try:
            code = child.wait()
        except KeyboardInterrupt:
            # Ctrl-C reached the tool as well: let it clean up before this script exits
            # (`mkdocs serve` removes its build folder in /tmp, pytest stops its workers).
            # subprocess.run would kill it after a quarter of a second.
            try:
                child.wait(timeout=30)
            except subprocess.TimeoutExpired:
                child.kill()
            raise
    if code:
        raise subprocess.CalledProcessError(code, argv)


def install(folder, base, requirements, label):
    """Make the venv `folder` from the interpreter `base`; (re)install if the pins changed."""
    python = folder / BIN.name / PYTHON.name
    if not python.exists():
        print(f"creating {folder.name} with {label}", flush=True)
        run(base, "-m", "venv", folder)
    stamp = folder / STAMP.name
    wanted = hashlib.sha256(requirements.encode()).hexdigest()
    if not stamp.exists() or stamp.read_text().strip() != wanted:
        pinned = folder / "requirements.txt"
        pinned.write_text(requirements)
        run(python, "-m", "pip", "install", "--quiet", "--upgrade", "pip==25.3")
        run(python, "-m", "pip", "install", "--quiet", "-r", pinned)
        stamp.write_text(wanted + "\n")


def setup(examples=True):
    """Create .venv (and the examples' venvs beside it) and install the pinned requirements."""
    if sys.version_info < (3, 11):
        sys.exit(f"Python 3.11 or newer is needed, this is {sys.version.split()[0]}")
    requirements = REQUIREMENTS.read_text()
    install(VENV, sys.executable, requirements, f"Python {sys.version.split()[0]}")
    # The reference Python, when it is not the one running this, gets a venv of its own
    # for the examples that use third-party packages; torch's CPU build is for 3.11 only.
    here = f"{sys.version_info[0]}.{sys.version_info[1]}"
    found = examples and here != pythons.REFERENCE and pythons.find(pythons.REFERENCE)
    if found:
        without_torch = re.sub(r"(?m)^torch==.*\n", "", requirements)
        install(ROOT / f".venv-{pythons.REFERENCE}", found[0], without_torch,
                f"Python {found[1]} ({found[0]})")


def changed_files(since=None):
    """Files changed in the working tree (staged, unstaged, new), and since `since`."""
    def git(*argv):
        return subprocess.run(["git", *argv], cwd=ROOT, check=True, capture_output=True,
                              text=True).stdout.splitlines()
    names = git("diff", "--name-only", "HEAD")
    names += git("ls-files", "--others", "--exclude-standard")
    if since:
        names += git("diff", "--name-only", f"{since}...HEAD")
    # A deleted example has nothing left to run; its page still has to build.
    return [n for n in names if (ROOT / n).exists() or not n.startswith("examples/")]


def main(argv):
    # Material 9.7+ prints an end-of-life notice on every build; the configuration is kept
    # plain so that it can move to the successor tool, and the notice is silenced here.
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    command, extra = (argv[0], argv[1:]) if argv else ("help", [])
    if command == "serve":
        setup(examples=False)
        run(PYTHON, "-m", "mkdocs", "serve", "--dev-addr", "127.0.0.1:8000", *extra)
    elif command == "test":
        setup()
        run(PYTHON, "-m", "pytest", *extra)
    elif command == "check":
        since = extra[extra.index("--since") + 1] if "--since" in extra else None
        args = changes.plan(changed_files(since))
        if args == []:
            print("No changes to check.")
            return 0
        setup(examples=args is None or "tests/test_examples.py" in args)
        if args is None:
            print("These changes reach everything: running the whole suite.")
        run(PYTHON, "-m", "pytest", *(args or []))
    elif command == "record":
        setup()
        # Serial (-n 0) so that timings printed by examples are not skewed by each other.
        options = [a for a in extra if a.startswith("-")]  # e.g. --rerecord, -x
        paths = [f"--examples={a}" for a in extra if not a.startswith("-")]
        run(PYTHON, "-m", "pytest", "tests/test_examples.py", "-n", "0",
            "--update-outputs", *options, *paths)
    elif command == "bench":
        setup()
        run(PYTHON, "benchmarks/run.py", *extra)
    elif command == "lock":
        setup()
        run(PYTHON, "-m", "pip", "install", "--quiet", "-r", ROOT / "requirements.in")
        frozen = subprocess.run([str(PYTHON), "-m", "pip", "freeze", "--exclude-editable"],
                                check=True, capture_output=True, text=True).stdout
        # A local build such as torch 2.13.0+cpu is pinned by its public version, which the
        # CPU wheel satisfies where it is on hand and the registry's build does elsewhere.
        frozen = re.sub(r"^([\w.-]+==[\w.]+)\+\w+$", r"\1", frozen, flags=re.M)
        header = "# Generated by `python3 dev.py lock` from requirements.in. Do not edit.\n"
        REQUIREMENTS.write_text(header + frozen)
        STAMP.unlink(missing_ok=True)
    else:
        print(__doc__)
        return 0 if command == "help" else 2
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except subprocess.CalledProcessError as error:
        sys.exit(error.returncode)
    except KeyboardInterrupt:
        sys.exit(130)
