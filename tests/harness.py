"""The runner behind every test of an example or a code block.

Everything a page shows is run here as a real program: `python <file>` from the repository
root, in a process session of its own, with a chosen start method and a timeout. Afterwards
the whole session is checked for processes left behind and then killed.

The start method is applied from outside through `tests/startmethod/sitecustomize.py`, so
examples stay plain copy-and-paste code. It changes only the *default* start method; an
example that calls `set_start_method()` or `get_context("spawn")` keeps its own choice.

Per-example settings live in `examples.toml` beside the examples (see CONTRIBUTING.md).
"""
from __future__ import annotations

import ast
import functools
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
import tomllib
import uuid
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
DOCS = ROOT / "docs"
STARTMETHOD_HOOK = Path(__file__).resolve().parent / "startmethod"

START_METHODS = ("spawn", "fork", "forkserver")  # spawn first: it is the reference recording
REFERENCE_METHOD = "spawn"
DEFAULT_TIMEOUT = 30.0
LEFTOVER_GRACE = 3.0  # seconds a finished program's helpers (resource tracker...) may take

# Keys an examples.toml entry may use, with their defaults.
SETTINGS = {
    "timeout": DEFAULT_TIMEOUT,   # seconds before the run counts as hung
    "exit_code": 0,               # expected exit status (a failure demo declares 1)
    "stderr": "empty",            # "empty": stderr must be empty; "show": merged into the output
    "raises": "",                 # exception name the last traceback line must start with
    "elide": [],                  # normalisers applied before recording (ids are never shown)
    "mask": [],                   # normalisers applied only when comparing (real values shown)
    "skip": {},                   # {start method or "py3.13": reason} runs that must not happen
    "record": True,               # False: output is not compared (then "reason" is required)
    "reason": "",
    "pythonwarnings": "default",  # PYTHONWARNINGS for the run: every warning shown once
}

# Normalisers. "path" and "address" are always applied; the rest are declared per example.
NORMALISERS = {
    "address": [(r"0x[0-9a-fA-F]{6,}", "0x...")],
    "pid": [(r"(?i)\b(p?pid|process id)(\W{1,3})\d+", r"\1\2<pid>")],
    "worker": [(r"\b(Fork|Spawn|ForkServer)(PoolWorker|Process)-(\d+)(:\d+)*", r"<worker>")],
    "time": [(r"\b\d+(\.\d+)?(e-?\d+)? ?(s|ms|us|µs|ns|sec|seconds)\b", "<time>")],
    "ratio": [(r"\b\d+(\.\d+)?( ?x|×)(?=\W|$)", "<ratio>x")],
    "number": [(r"(?<![\w.])-?\d+(\.\d+)?(e-?\d+)?(?![\w.])", "<n>")],
    "percent": [(r"\b\d+(\.\d+)? ?%", "<n>%")],
}


def load_settings(script: Path) -> dict:
    """Settings for one example: defaults updated by its entry in examples.toml."""
    settings = json.loads(json.dumps(SETTINGS))
    table = script.parent / "examples.toml"
    if table.exists():
        entries = tomllib.loads(table.read_text())
        entry = entries.get(script.stem, {})
        unknown = set(entry) - set(SETTINGS)
        if unknown:
            raise ValueError(f"{table}: [{script.stem}] has unknown keys {sorted(unknown)}")
        settings.update(entry)
    if not settings["record"] and not settings["reason"]:
        raise ValueError(f"{script}: record = false needs a reason")
    for name in settings["elide"] + settings["mask"]:
        if name not in NORMALISERS:
            raise ValueError(f"{script}: unknown normaliser {name!r}")
    return settings


# --- interpreters -----------------------------------------------------------------------

@dataclass(frozen=True)
class Python:
    executable: str
    version: str  # "3.11"

    @property
    def tag(self) -> str:  # used in recording names: hello.py313.out
        return "py" + self.version.replace(".", "")


MAIN_PYTHON = Python(sys.executable, f"{sys.version_info[0]}.{sys.version_info[1]}")


@functools.cache
def extra_pythons() -> tuple[Python, ...]:
    """Other CPython versions found on this machine, for the standard-library examples.

    GUIDE_PYTHONS="3.12 3.13" overrides the versions looked for; pyenv's versions folder
    is searched as well as PATH, because pyenv keeps them off PATH."""
    wanted = os.environ.get("GUIDE_PYTHONS", "3.12 3.13 3.14").split()
    found = []
    for version in wanted:
        if version == MAIN_PYTHON.version:
            continue
        candidates = sorted(Path.home().glob(f".pyenv/versions/{version}.*/bin/python{version}"))
        candidates += [Path(p) / f"python{version}" for p in os.environ["PATH"].split(os.pathsep)
                       if ".pyenv/shims" not in p]
        for candidate in candidates:
            if candidate.is_file() and os.access(candidate, os.X_OK):
                found.append(Python(str(candidate), version))
                break
    return tuple(found)


@functools.cache
def full_version(python: Python) -> str:
    """'3.13.0' for a Python whose short version is '3.13'."""
    return subprocess.check_output(
        [python.executable, "-c", "import platform; print(platform.python_version())"],
        text=True).strip()


@functools.cache
def python_paths(executable: str) -> dict:
    code = ("import json, sysconfig, tempfile; p = sysconfig.get_paths(); "
            "print(json.dumps({'stdlib': p['stdlib'], 'purelib': p['purelib'], "
            "'platlib': p['platlib'], 'tmp': tempfile.gettempdir()}))")
    return json.loads(subprocess.check_output([executable, "-c", code], text=True))


def is_stdlib_only(script: Path) -> bool:
    """True if the script imports nothing but the standard library and its own siblings."""
    tree = ast.parse(script.read_text())
    siblings = {p.stem for p in script.parent.glob("*.py")}
    for node in ast.walk(tree):
        names = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            names = [node.module]
        for name in names:
            top = name.split(".")[0]
            if top not in sys.stdlib_module_names and top not in siblings:
                return False
    return True


# --- running ----------------------------------------------------------------------------

@dataclass
class Run:
    argv: list[str]
    returncode: int | None
    output: str          # stdout, or stdout and stderr merged when stderr = "show"
    stderr: str          # empty when merged
    timed_out: bool
    leftovers: list[str] = field(default_factory=list)  # processes alive after the program
    seconds: float = 0.0
    pid: int = 0         # the program's pid, which is also its session and group id
    marker: str = ""     # the GUIDE_RUN_MARKER value every descendant inherits


def session_processes(sid: int, marker: str | None = None) -> list[str]:
    """Live processes in session `sid`, or carrying `marker` in their environment.

    The marker catches descendants that left the session (setsid), as some cluster
    engines do. Returns 'pid command' strings (Linux /proc)."""
    found = []
    needle = marker.encode() if marker else None
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            member = os.getsid(int(entry)) == sid
            if not member and needle:
                member = needle in Path(f"/proc/{entry}/environ").read_bytes()
            if not member:
                continue
            cmd = Path(f"/proc/{entry}/cmdline").read_bytes().replace(b"\0", b" ").decode()
            stat = Path(f"/proc/{entry}/stat").read_text()
        except (ProcessLookupError, FileNotFoundError, PermissionError):
            continue
        if stat.rsplit(")", 1)[1].split()[0] != "Z":  # zombies are already dead
            found.append(f"{entry} {cmd.strip()}")
    return found


def kill_all(sid: int, marker: str) -> None:
    try:
        os.killpg(sid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    for line in session_processes(sid, marker):
        try:
            os.kill(int(line.split()[0]), signal.SIGKILL)
        except ProcessLookupError:
            pass


def run_program(argv: list[str], *, start_method: str | None, timeout: float,
                merge_stderr: bool = False, pythonwarnings: str = "default",
                env_extra: dict | None = None, cwd: Path = ROOT) -> Run:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST_", "COV_"))}
    env.update(PYTHONUNBUFFERED="1", PYTHONDONTWRITEBYTECODE="1", PYTHONIOENCODING="utf-8",
               PYTHONWARNINGS=pythonwarnings, COLUMNS="80", NO_COLOR="1",
               PYTHONPATH=os.pathsep.join(filter(None, [str(STARTMETHOD_HOOK),
                                                        env.get("PYTHONPATH")])))
    env.setdefault("NO_MKDOCS_2_WARNING", "1")
    env.pop("PYTHON_COLORS", None)
    env.pop("FORCE_COLOR", None)
    marker = f"{uuid.uuid4().hex}"
    env["GUIDE_RUN_MARKER"] = marker  # inherited by every descendant; see session_processes
    if start_method:
        env["EXAMPLE_START_METHOD"] = start_method
    env.update(env_extra or {})
    started = time.monotonic()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        # Files, not pipes: a leftover child holding stdout open must not hang the runner.
        proc = subprocess.Popen(argv, cwd=cwd, env=env, stdin=subprocess.DEVNULL,
                                stdout=out, stderr=out if merge_stderr else err,
                                start_new_session=True)
        try:
            proc.wait(timeout=timeout)
            timed_out = False
        except subprocess.TimeoutExpired:
            timed_out = True
        seconds = time.monotonic() - started
        leftovers = []
        if not timed_out:
            deadline = time.monotonic() + LEFTOVER_GRACE
            while ((leftovers := session_processes(proc.pid, marker))
                   and time.monotonic() < deadline):
                time.sleep(0.05)
        kill_all(proc.pid, marker)
        proc.wait()
        deadline = time.monotonic() + 5  # killed members take a moment to be reaped
        while session_processes(proc.pid, marker) and time.monotonic() < deadline:
            kill_all(proc.pid, marker)
            time.sleep(0.05)
        out.seek(0)
        err.seek(0)
        output = out.read().decode("utf-8", "replace")
        stderr = err.read().decode("utf-8", "replace")
    return Run(argv, None if timed_out else proc.returncode, output, stderr, timed_out,
               leftovers, seconds, proc.pid, marker)


# --- normalising and recordings ---------------------------------------------------------

def normalise(text: str, names: list[str], python: Python = MAIN_PYTHON) -> str:
    """Apply the always-on normalisers, then the named ones, in order."""
    paths = python_paths(python.executable)
    replacements = [(str(ROOT) + os.sep, ""), (str(ROOT), "."),
                    (paths["purelib"], "<site-packages>"), (paths["platlib"], "<site-packages>"),
                    (paths["stdlib"], "<stdlib>"), (paths["tmp"], "<tmp>"),
                    (str(Path.home()), "~")]
    for old, new in replacements:
        text = text.replace(old, new)
    for name in ["address", *names]:
        for pattern, replacement in NORMALISERS[name]:
            text = re.sub(pattern, replacement, text)
    return text


def recording_candidates(script: Path, python: Python, method: str) -> list[Path]:
    """Recording files for one run, most specific first: name.py313.fork.out ... name.out."""
    tags = []
    if python.version != MAIN_PYTHON.version:
        tags += [f"{python.tag}.{method}", python.tag]
    tags += [method, ""]
    return [script.with_name(".".join(filter(None, [script.stem, tag, "out"]))) for tag in tags]


def own_recording(script: Path, python: Python, method: str) -> Path:
    """The file a run writes when its output differs from the more general recordings."""
    parts = [script.stem]
    if python.version != MAIN_PYTHON.version:
        parts.append(python.tag)
    if method != REFERENCE_METHOD:
        parts.append(method)
    return script.with_name(".".join(parts + ["out"]))


def expected_recording(script: Path, python: Python, method: str,
                       exclude: Path | None = None) -> Path | None:
    for candidate in recording_candidates(script, python, method):
        if candidate != exclude and candidate.exists():
            return candidate
    return None


# --- checking ---------------------------------------------------------------------------

@dataclass
class Outcome:
    problems: list[str]
    run: Run
    output: str  # normalised (elided) output, as it would be recorded


def check_run(run: Run, settings: dict) -> list[str]:
    """Problems with a finished run, before its output is compared."""
    problems = []
    if run.timed_out:
        problems.append(f"timed out after {settings['timeout']} s (killed with its whole "
                        f"process group)")
    elif run.returncode != settings["exit_code"]:
        problems.append(f"exit status {run.returncode}, expected {settings['exit_code']}")
    if run.leftovers:
        problems.append("processes still running after the program ended: "
                        + "; ".join(run.leftovers))
    if settings["stderr"] == "empty" and run.stderr.strip():
        problems.append("unexpected output on stderr:\n" + run.stderr)
    if settings["raises"]:
        text = run.output if settings["stderr"] == "show" else run.stderr
        lines = [ln for ln in text.splitlines() if ln.strip()]
        if not any(ln.startswith(settings["raises"]) for ln in lines[-3:]):
            problems.append(f"expected the program to end raising {settings['raises']}")
    return problems


def check_example(script: Path, method: str, python: Python = MAIN_PYTHON,
                  update: bool = False, rerecord: bool = False) -> Outcome:
    """Run one example under one start method and compare it with its recording."""
    settings = load_settings(script)
    run = run_program([python.executable, str(script.relative_to(ROOT))
                       if script.is_relative_to(ROOT) else str(script)],
                      start_method=method, timeout=settings["timeout"],
                      merge_stderr=settings["stderr"] == "show",
                      pythonwarnings=settings["pythonwarnings"])
    output = normalise(run.output, settings["elide"], python)
    problems = check_run(run, settings)
    if problems or not settings["record"]:
        if problems:
            problems.append("output was:\n" + output)
        return Outcome(problems, run, output)

    def masked(text: str) -> str:
        text = normalise(text, settings["mask"], python)
        # Masked values change width from run to run, and so does the padding of a table
        # column that holds them: compare runs of spaces as one.
        return re.sub(r"[ \t]+", " ", text) if settings["mask"] else text

    own = own_recording(script, python, method)
    if update:
        if own == script.with_suffix(".out"):  # the reference run writes the base recording
            if rerecord or not own.exists() or masked(own.read_text()) != masked(output):
                own.write_text(output)
        else:
            fallback = expected_recording(script, python, method, exclude=own)
            if fallback and masked(fallback.read_text()) == masked(output):
                own.unlink(missing_ok=True)
            elif rerecord or not own.exists() or masked(own.read_text()) != masked(output):
                own.write_text(output)
        return Outcome([], run, output)

    expected = expected_recording(script, python, method)
    if expected is None:
        return Outcome([f"no recording for {script.name}: run `python3 dev.py record "
                        f"{script.relative_to(ROOT) if script.is_relative_to(ROOT) else script}`"],
                       run, output)
    if masked(expected.read_text()) != masked(output):
        import difflib
        diff = "".join(difflib.unified_diff(
            masked(expected.read_text()).splitlines(True), masked(output).splitlines(True),
            str(expected.name), "this run"))
        return Outcome([f"output differs from {expected.name} (stale recording? re-record "
                        f"with `python3 dev.py record`):\n{diff}"], run, output)
    return Outcome([], run, output)


def discover_examples(base: Path = EXAMPLES) -> list[Path]:
    return sorted(p for p in base.rglob("*.py")
                  if "__pycache__" not in p.parts and not p.name.startswith("_"))
