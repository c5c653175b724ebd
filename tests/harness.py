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
import contextlib
import fcntl
import functools
import hashlib
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

import pythons

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
DOCS = ROOT / "docs"
STARTMETHOD_HOOK = Path(__file__).resolve().parent / "startmethod"

# The reference run first: what a reader on Linux gets by default with Python 3.14.
START_METHODS = ("forkserver", "fork", "spawn")
REFERENCE_METHOD = "forkserver"
DEFAULT_TIMEOUT = 30.0
LEFTOVER_GRACE = 10.0  # seconds a finished program's helpers (resource tracker...) may take:
# on a loaded machine the fork server, the resource tracker and torch_shm_manager took
# more than 3 s to notice that their parent had gone; passing runs never wait that long

# Keys an examples.toml entry may use, with their defaults.
SETTINGS = {
    "timeout": DEFAULT_TIMEOUT,   # seconds before the run counts as hung
    "exit_code": 0,               # expected exit status (a failure demo declares 1)
    "stderr": "empty",            # "empty": stderr must be empty; "show": merged into the output
    "raises": "",                 # exception name the last traceback line must start with
    "elide": [],                  # normalisers applied before recording (ids are never shown)
    "mask": [],                   # normalisers applied only when comparing (real values shown)
    "pythonwarnings": "default",  # PYTHONWARNINGS for the run: every warning shown once
    "ignore_fork_race": False,    # true: ignore FORK_RACE_WARNING (an example with many pools)
    "min_python": "",             # "3.14": shows an API that version added; older ones skip it
    "alone": None,                # true: the machine to itself; unset: true if it masks timings
    "min_cpus": 1,                # 2: what it shows needs two usable CPUs; with fewer it skips
}

# On Python 3.12+ under fork, starting a pool (or a manager) right after another one ended can
# print "This process (pid=...) is multi-threaded, use of fork() may lead to deadlocks in the
# child." at random: CPython counts the operating system's threads, and the threads of the pool
# that was just joined may still be exiting. Examples that start several pools in a row set
# `ignore_fork_race = true` to ignore that one message (explained on the Pool page); an example
# where the warning is certain shows it instead.
FORK_RACE_WARNING = "ignore:This process:DeprecationWarning"

# Python 3.15's linecache warns "Module globals is missing a __spec__.loader" whenever a
# spawn or forkserver child formats a traceback through a function of the main script (its
# `__mp_main__` module has no loader; gh-122255 added the check). Default filters hide it; the
# suite shows every warning, so it ignores this one everywhere (it is noted on the pages).
MP_MAIN_LOADER_WARNING = "ignore:Module globals is missing a __spec__.loader:DeprecationWarning"

# PyTorch's DataLoader warns "This DataLoader will create 2 worker processes in total. Our
# suggested max number of worker in current system is 1, ..." when it has more workers than
# the CPUs the process may use. The examples use two workers and are recorded for any
# machine, so on a one-CPU machine the suite ignores that message (the DataLoader page
# shows it, and num_workers_sweep checks when it comes).
FEWER_CPUS_THAN_WORKERS_WARNING = "ignore:This DataLoader will create:UserWarning"

# Normalisers. "path" and "address" are always applied; the rest are declared per example.
NORMALISERS = {
    "address": [(r"0x[0-9a-fA-F]{6,}", "0x...")],
    "pid": [(r"(?i)\b(p?pid|process id)(\W{1,3})\d+", r"\1\2<pid>")],
    "worker": [(r"\b(Fork|Spawn|ForkServer)(PoolWorker|Process)-(\d+)(:\d+)*", r"<worker>")],
    "time": [(r"\b\d+(\.\d+)?(e-?\d+)? ?(s|ms|us|µs|ns|sec|seconds)\b", "<time>")],
    "ratio": [(r"\b\d+(\.\d+)?( ?x|×)(?=\W|$)", "<ratio>x")],
    "number": [(r"(?<![\w.])-?\d+(\.\d+)?(e-?\d+)?(?![\w.])", "<n>")],
    "percent": [(r"\b\d+(\.\d+)? ?%", "<n>%")],
    "size": [(r"\b\d+(\.\d+)? ?(B|kB|KB|KiB|MB|MiB|GB|GiB)\b", "<size>")],
    # Random names of POSIX semaphores and shared memory blocks (/mp-xxxxxxxx, /psm_xxxx).
    "shm_name": [(r"(/mp-|/psm_)\w+", r"\1<name>")],
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
    for name in settings["elide"] + settings["mask"]:
        if name not in NORMALISERS:
            raise ValueError(f"{script}: unknown normaliser {name!r}")
    return settings


# --- interpreters -----------------------------------------------------------------------

# An example that imports one of these runs only where its pinned build is on hand: the CPU
# build of torch exists for Python 3.11 only, so its examples' reference run is on 3.11.
ONLY_ON = {"torch": "3.11"}


@dataclass(frozen=True)
class Python:
    executable: str
    version: str            # "3.14"
    packages: bool = False  # has the examples' third-party packages (a project venv)

    @property
    def tag(self) -> str:  # used in recording names: hello.py313.out
        return "py" + self.version.replace(".", "")


MAIN_PYTHON = Python(sys.executable, f"{sys.version_info[0]}.{sys.version_info[1]}", True)


def venv_python(version: str) -> Path | None:
    """The project venv made from Python `version`, if there is one: `.venv-3.14` (made by
    `dev.py` beside another main Python), or `.venv` when another venv runs the suite."""
    for folder in (ROOT / f".venv-{version}", ROOT / ".venv"):
        config = folder / "pyvenv.cfg"
        if config.exists() and re.search(rf"(?m)^version = {re.escape(version)}\.",
                                         config.read_text()):
            return folder / "bin" / "python"
    return None


@functools.cache
def all_pythons() -> tuple[Python, ...]:
    """The main Python and every other supported version found, reference version first."""
    found = [MAIN_PYTHON]
    for version in pythons.wanted_versions():
        if version == MAIN_PYTHON.version:
            continue
        if venv := venv_python(version):
            found.append(Python(str(venv), version, True))
        elif located := pythons.find(version):
            found.append(Python(located[0], version))
    return tuple(sorted(found, key=lambda p: (p.version != pythons.REFERENCE,
                                              pythons.patch_key(p.version))))


def python_for(version: str) -> Python:
    """The interpreter found for a version ("3.13"), or the main one."""
    return next((p for p in all_pythons() if p.version == version), MAIN_PYTHON)


def missing_versions() -> list[str]:
    have = {p.version for p in all_pythons()}
    return [v for v in pythons.wanted_versions() if v not in have]


def imports(script: Path) -> set[str]:
    """Top-level names of the modules a script imports (its own siblings included)."""
    names = set()
    for node in ast.walk(ast.parse(script.read_text())):
        if isinstance(node, ast.Import):
            names.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            names.add(node.module.split(".")[0])
    siblings = {p.stem: p for p in script.parent.glob("_*.py")}
    for name in names & set(siblings):
        names |= imports(siblings[name])
    return names


def is_stdlib_only(script: Path) -> bool:
    """True if the script imports nothing but the standard library and its own siblings."""
    siblings = {p.stem for p in script.parent.glob("*.py")}
    return all(n in sys.stdlib_module_names or n in siblings for n in imports(script))


def reference_version(script: Path) -> str:
    """The Python whose run under the reference method is the example's `name.out`."""
    pinned = [ONLY_ON[n] for n in imports(script) if n in ONLY_ON]
    if pinned:
        return pinned[0]
    # An example of an API newer than the reference is recorded on the version that has it.
    oldest = load_settings(script)["min_python"]
    return max([pythons.REFERENCE, oldest or pythons.REFERENCE], key=pythons.patch_key)


def pythons_for(script: Path) -> list[Python]:
    """The interpreters an example runs on: all for the standard library, else the venvs.

    An example whose package is built for one version only runs on that version's venv;
    with none found it runs nowhere, and the tests say why (test_examples.py)."""
    pinned = {ONLY_ON[n] for n in imports(script) if n in ONLY_ON}
    if pinned:
        return [p for p in all_pythons() if p.packages and p.version in pinned]
    settings = load_settings(script)
    found = [p for p in all_pythons() if p.packages or is_stdlib_only(script)]
    oldest = settings["min_python"]
    return [p for p in found
            if not oldest or pythons.patch_key(p.version) >= pythons.patch_key(oldest)]


@functools.cache
def full_version(python: Python) -> str:
    """'3.13.0' for a Python whose short version is '3.13'."""
    return pythons.full_version(python.executable) or python.version


@functools.cache
def python_paths(executable: str) -> dict:
    code = ("import json, sysconfig, tempfile; p = sysconfig.get_paths(); "
            "print(json.dumps({'stdlib': p['stdlib'], 'purelib': p['purelib'], "
            "'platlib': p['platlib'], 'tmp': tempfile.gettempdir()}))")
    return json.loads(subprocess.check_output([executable, "-c", code], text=True))


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
    asked_start_method: bool = True  # False: no process of the run read the default method


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


def default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


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
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
            tempfile.TemporaryDirectory() as scratch:
        # tests/startmethod/sitecustomize.py creates this file when any process asks for
        # the default start method.
        flag = Path(scratch) / "asked"
        env["GUIDE_START_METHOD_FLAG"] = str(flag)
        # The run's temporary files go to the scratch folder, which is removed with it:
        # a killed program leaves its pymp-* folders behind, and a run must leave nothing.
        env["TMPDIR"] = scratch
        # Files, not pipes: a leftover child holding stdout open must not hang the runner.
        # SIGINT as in a terminal: a test runner's worker may ignore it, and an ignored
        # signal stays ignored across exec, so Ctrl-C examples would see nothing.
        proc = subprocess.Popen(argv, cwd=cwd, env=env, stdin=subprocess.DEVNULL,
                                stdout=out, stderr=out if merge_stderr else err,
                                start_new_session=True, preexec_fn=default_sigint)
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
        # Shown as the system's temporary folder, which the normalisers know.
        system_tmp = tempfile.gettempdir()
        output = out.read().decode("utf-8", "replace").replace(scratch, system_tmp)
        stderr = err.read().decode("utf-8", "replace").replace(scratch, system_tmp)
        asked = flag.exists() or not start_method
    return Run(argv, None if timed_out else proc.returncode, output, stderr, timed_out,
               leftovers, seconds, proc.pid, marker, asked)


# --- normalising and recordings ---------------------------------------------------------

# A traceback's frame and a warning's location ("<stdlib>/x.py:76: UserWarning: ...").
STDLIB_LINE = r'(File "<stdlib>/[^"]+", line |^<stdlib>/\S+?\.py:)\d+'


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


def recording_tags(script: Path, python: Python, method: str) -> list[str]:
    """Tags of the recordings that may hold one run's output, most specific first.

    The plain `name.out` is the reference run (Python 3.14 under forkserver); a run that
    differs from it writes `name.fork.out`, `name.py311.out` or `name.py311.fork.out`."""
    tags = []
    if python.version != reference_version(script):
        if method != REFERENCE_METHOD:
            tags.append(f"{python.tag}.{method}")
        tags.append(python.tag)
    if method != REFERENCE_METHOD:
        tags.append(method)
    return tags + [""]


def recording_candidates(script: Path, python: Python, method: str) -> list[Path]:
    return [script.with_name(".".join(filter(None, [script.stem, tag, "out"])))
            for tag in recording_tags(script, python, method)]


def own_recording(script: Path, python: Python, method: str) -> Path:
    """The file a run writes when its output differs from the more general recordings."""
    return recording_candidates(script, python, method)[0]


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
    differs: bool = False  # the run itself was clean; its output did not match
    first_try: str = ""  # a timing example measured twice: how the first run differed


TRACKER_WARNING = re.compile(
    r"^.*resource_tracker\.py:\d+: UserWarning: resource_tracker: (.*)\n(?:[ \t]+.*\n?)*",
    re.MULTILINE)
TRACKER_LEAKED = re.compile(r"There appear to be (\d+) leaked \w+ objects")
TRACKER_GONE = re.compile(r"'/[^']+': \[Errno 2\] No such file or directory")


def not_a_tracker_false_alarm(stderr: str) -> str:
    """stderr without a resource-tracker warning about "leaked" objects that were all gone.

    At exit the tracker warns about every name it still holds, then removes each one. If
    every removal fails with ENOENT, the program had removed them itself and only its
    "unregister" message never reached the tracker. A DataLoader example under spawn on
    3.11 ended so once in about ten full runs of the suite (most likely a queue's feeder
    thread, a daemon, freed its semaphores just as the interpreter exited). Anything else
    on stderr, a real leak among it, is kept.
    """
    messages = TRACKER_WARNING.findall(stderr)
    headers = [m for m in messages if TRACKER_LEAKED.match(m)]
    gone = [m for m in messages if TRACKER_GONE.fullmatch(m)]
    leaked = sum(int(TRACKER_LEAKED.match(m).group(1)) for m in headers)
    if messages and len(headers) + len(gone) == len(messages) and leaked == len(gone):
        return TRACKER_WARNING.sub("", stderr)
    return stderr


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
    if settings["stderr"] == "empty" and not_a_tracker_false_alarm(run.stderr).strip():
        problems.append("unexpected output on stderr:\n" + run.stderr)
    if settings["raises"]:
        text = run.output if settings["stderr"] == "show" else run.stderr
        lines = [ln for ln in text.splitlines() if ln.strip()]
        if not any(ln.startswith(settings["raises"]) for ln in lines[-3:]):
            problems.append(f"expected the program to end raising {settings['raises']}")
    return problems


def usable_cpus() -> int:
    """CPUs this process may run on (taskset and cgroup cpusets count), or all of them."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def too_few_cpus(settings: dict) -> str:
    """Why this machine cannot show what the example shows, or "" if it can."""
    cpus = usable_cpus()
    if cpus >= settings["min_cpus"]:
        return ""
    return (f"shows what needs {settings['min_cpus']} usable CPUs; this run may use {cpus} "
            f"(taskset, cgroup); its page says why")


def runs_alone(settings: dict) -> bool:
    """An example that masks timings measures speed: it runs with the machine to itself.
    So does one that declares `alone = true` (a tool with a fixed start-up deadline, such
    as Ray's 30 s for its raylet to register, which a loaded machine can miss). One that
    declares `alone = false` shares the machine although it masks timings: it times
    waits, which need no CPU, so a neighbour cannot skew them."""
    if settings.get("alone") is not None:
        return bool(settings["alone"])
    return bool({"time", "ratio", "percent"} & set(settings["mask"]))


@contextlib.contextmanager
def machine_share(exclusive: bool):
    """A lock shared by every example the suite runs at once, or held alone.

    Parallel test workers run examples side by side; a timing example among them would
    measure its neighbour. It takes the lock exclusively, the others share it. The
    turnstile stops a stream of shared holders from starving an exclusive one."""
    folder = Path(tempfile.gettempdir())
    with open(folder / "parallel-guide-turnstile.lock", "a") as turnstile, \
            open(folder / "parallel-guide-machine.lock", "a") as machine:
        fcntl.flock(turnstile, fcntl.LOCK_EX)
        try:
            fcntl.flock(machine, fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH)
        finally:
            if not exclusive:
                fcntl.flock(turnstile, fcntl.LOCK_UN)
        try:
            yield
        finally:
            fcntl.flock(machine, fcntl.LOCK_UN)
            fcntl.flock(turnstile, fcntl.LOCK_UN)


# (example, interpreter) -> True when its passing reference-method run never asked for the
# default start method: no process started, no get_start_method(). The default is the only
# thing the harness changes between start methods, so the other two runs would repeat the
# same program; the suite skips them (recording still runs them). One xdist group holds
# all runs of an example, reference method first, so the answer is known in time.
NEVER_ASKS: dict[tuple[str, str], bool] = {}


def never_asks_for_start_method(script: Path, python: Python) -> bool:
    return NEVER_ASKS.get((str(script), python.executable), False)


def check_example(script: Path, method: str, python: Python = MAIN_PYTHON,
                  update: bool = False, rerecord: bool = False) -> Outcome:
    """Run one example under one start method and compare it with its recording."""
    settings = load_settings(script)
    alone = runs_alone(settings)
    with machine_share(exclusive=alone):
        outcome = _check_example(script, method, python, update, rerecord, settings)
        if alone and outcome.differs:
            # A computed conclusion that missed its margin once is measured once more:
            # a burst of load elsewhere on the host (another VM, a cron job) can slow
            # every repeat of a 0.1 s timing. A second miss fails; a miss followed by a
            # pass is reported (tests/test_examples.py warns), never hidden.
            again = _check_example(script, method, python, update, rerecord, settings)
            again.first_try = "\n".join(outcome.problems)
            return again
        return outcome


def _check_example(script: Path, method: str, python: Python, update: bool,
                   rerecord: bool, settings: dict) -> Outcome:
    warnings = [settings["pythonwarnings"], MP_MAIN_LOADER_WARNING]
    if usable_cpus() < 2:
        warnings.append(FEWER_CPUS_THAN_WORKERS_WARNING)
    if settings["ignore_fork_race"]:
        warnings.append(FORK_RACE_WARNING)
    run = run_program([python.executable, str(script.relative_to(ROOT))
                       if script.is_relative_to(ROOT) else str(script)],
                      start_method=method, timeout=settings["timeout"],
                      merge_stderr=settings["stderr"] == "show",
                      pythonwarnings=",".join(warnings))
    output = normalise(run.output, settings["elide"], python)
    problems = check_run(run, settings)
    if problems:
        problems.append("output was:\n" + output)
        return Outcome(problems, run, output)
    if method == REFERENCE_METHOD:
        NEVER_ASKS[(str(script), python.executable)] = not run.asked_start_method

    def masked(text: str) -> str:
        return comparable(text, settings, python)

    own = own_recording(script, python, method)
    if update:
        # A recording made by older code is refreshed even where only masked values differ,
        # so that a page never shows numbers printed by code it no longer shows. Every run
        # writes its own file; prune_recordings() then removes the ones that repeat.
        fresh = rerecord or source_hash(script) != recorded_hash(script)
        if fresh or not own.exists() or masked(own.read_text()) != masked(output):
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
                        f"with `python3 dev.py record`):\n{diff}"], run, output, differs=True)
    return Outcome([], run, output)


def comparable(text: str, settings: dict, python: Python = MAIN_PYTHON) -> str:
    """A recording or an output as it is compared: masked values and padding ignored."""
    # Line numbers inside the standard library move with every patch release, so a
    # traceback's frames and a warning's location are compared without them (the
    # recording keeps them).
    text = re.sub(STDLIB_LINE, r"\1<n>", text, flags=re.MULTILINE)
    text = normalise(text, settings["mask"], python)
    # Masked values change width from run to run, and so does the padding of a table
    # column that holds them: compare runs of spaces as one.
    return re.sub(r"[ \t]+", " ", text) if settings["mask"] else text


def prune_recordings(script: Path, runs: list[tuple[Python, str]]) -> list[Path]:
    """After recording `runs` of an example, delete the variants that repeat a fallback.

    Files are decided from the most general (name.out) to the most specific
    (name.py311.fork.out): when one is decided, every file it could fall back to is final,
    and every run that resolves to it is its own run. So the result does not depend on the
    order in which the runs happened, which parallel recording does not keep."""
    settings = load_settings(script)
    owned = {own_recording(script, python, method): (python, method)
             for python, method in runs}

    def generality(path: Path) -> tuple[bool, bool]:
        tags = path.name.split(".")[1:-1]
        return (any(t.startswith("py") for t in tags), any(t in START_METHODS for t in tags))
    deleted = []
    for path in sorted(owned, key=generality):
        python, method = owned[path]
        fallback = expected_recording(script, python, method, exclude=path)
        if path.exists() and fallback and (
                comparable(path.read_text(), settings, python)
                == comparable(fallback.read_text(), settings, python)):
            path.unlink()
            deleted.append(path)
    return deleted


def source_hash(script: Path) -> str:
    """A hash of the example and the helper modules beside it that it imports."""
    digest = hashlib.sha256(script.read_bytes())
    for helper in sorted(script.parent.glob("_*.py")):
        if helper.stem in imports(script):
            digest.update(helper.read_bytes())
    return digest.hexdigest()[:16]


def recorded_hash(script: Path) -> str | None:
    """The source hash stored when the example was last recorded (verification.json)."""
    record = ROOT / "docs" / "generated" / "verification.json"
    if not record.exists():
        return None
    name = script.relative_to(ROOT).as_posix() if script.is_relative_to(ROOT) else str(script)
    return json.loads(record.read_text()).get("examples", {}).get(name, {}).get("source")


def discover_examples(base: Path = EXAMPLES) -> list[Path]:
    return sorted(p for p in base.rglob("*.py")
                  if "__pycache__" not in p.parts and not p.name.startswith("_"))
