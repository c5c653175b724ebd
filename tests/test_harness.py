"""The harness catches every kind of breakage it exists for.

Each broken fixture in tests/fixtures/ must be reported, with the reason, by the same
functions that check the real examples; the well-behaved one must pass under every method.
"""
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

import harness
import pages
from harness import ROOT, START_METHODS

FIXTURES = ROOT / "tests" / "fixtures"
EXAMPLES = FIXTURES / "examples"


def problems(name, method):
    return "\n".join(harness.check_example(EXAMPLES / f"{name}.py", method).problems)


@pytest.mark.parametrize("method", START_METHODS)
def test_a_good_example_passes(method):
    assert problems("ok", method) == ""


@pytest.mark.parametrize("method", START_METHODS)
def test_wrong_output_is_caught(method):
    assert "output differs from wrong_output.out" in problems("wrong_output", method)


@pytest.mark.parametrize("method", START_METHODS)
def test_an_exception_is_caught(method):
    found = problems("raises", method)
    assert "exit status 1, expected 0" in found and "ValueError: boom" in found


def test_a_hang_is_caught_and_nothing_is_left_running():
    outcome = harness.check_example(EXAMPLES / "hangs.py", "spawn")
    assert outcome.run.timed_out
    assert "timed out after 3 s" in "\n".join(outcome.problems)
    # The child waiting on the event was in the same session and died with the group.
    assert harness.session_processes(outcome.run.pid, outcome.run.marker) == []


def test_session_processes_sees_live_members():
    proc = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"],
                            start_new_session=True)
    try:
        assert any(line.startswith(f"{proc.pid} ") for line in harness.session_processes(proc.pid))
    finally:
        proc.kill()
        proc.wait()


@pytest.mark.parametrize("name", ["fork_only", "unguarded"])
def test_code_that_only_works_under_fork_is_caught(name):
    assert problems(name, "fork") == ""
    for method in ("spawn", "forkserver"):
        assert problems(name, method) != ""


@pytest.mark.parametrize("method", START_METHODS)
def test_an_unpicklable_task_is_caught(method):
    found = problems("unpicklable", method)
    assert "exit status 1" in found
    assert "pickle" in found.lower()


@pytest.mark.parametrize("method", START_METHODS)
def test_a_stale_recording_is_caught(method):
    assert "stale recording" in problems("stale", method)


def test_a_recording_without_its_example_is_caught():
    assert "tests/fixtures/examples/orphan.out" in pages.orphan_recordings(EXAMPLES)


@pytest.mark.parametrize("name", ["leaves_process", "escapes_session"])
def test_processes_left_running_are_caught_and_killed(name):
    outcome = harness.check_example(EXAMPLES / f"{name}.py", "spawn")
    found = "\n".join(outcome.problems)
    assert "processes still running after the program ended" in found
    assert "time.sleep(60)" in found
    assert harness.session_processes(outcome.run.pid, outcome.run.marker) == []


def test_warnings_on_stderr_are_caught():
    assert "DeprecationWarning: this API is going away" in problems("warns", "spawn")


TRACKER_311 = """\
/usr/lib/python3.11/multiprocessing/resource_tracker.py:254: UserWarning: resource_tracker: \
There appear to be {n} leaked semaphore objects to clean up at shutdown
  warnings.warn('resource_tracker: There appear to be %d '
"""
TRACKER_314 = """\
/usr/lib/python3.14/multiprocessing/resource_tracker.py:475: UserWarning: resource_tracker: \
There appear to be {n} leaked semaphore objects to clean up at shutdown: {{'/mp-a1', '/mp-b2'}}
  warnings.warn(
"""
GONE = """\
/usr/lib/python3.11/multiprocessing/resource_tracker.py:267: UserWarning: resource_tracker: \
'/mp-{name}': [Errno 2] No such file or directory
  warnings.warn('resource_tracker: %r: %s' % (name, e))
"""


@pytest.mark.parametrize("header", [TRACKER_311, TRACKER_314])
def test_only_a_tracker_warning_about_objects_already_gone_is_let_through(header):
    false_alarm = header.format(n=2) + GONE.format(name="a1") + GONE.format(name="b2")
    assert harness.not_a_tracker_false_alarm(false_alarm) == ""
    for real in [header.format(n=2),                              # not removed: leaked
                 header.format(n=2) + GONE.format(name="a1"),     # one of two leaked
                 GONE.format(name="a1").replace("[Errno 2] No such", "[Errno 13] No")]:
        assert harness.not_a_tracker_false_alarm(real) == real
    other = "Traceback (most recent call last):\n"
    assert harness.not_a_tracker_false_alarm(false_alarm + other) == other
    run = harness.Run([], 0, "", false_alarm, False, [])
    assert harness.check_run(run, dict(harness.SETTINGS, stderr="empty")) == []
    run = harness.Run([], 0, "", header.format(n=1), False, [])
    assert harness.check_run(run, dict(harness.SETTINGS, stderr="empty"))


def test_an_example_shown_on_no_page_is_caught():
    not_shown = pages.examples_not_shown(EXAMPLES, FIXTURES / "docs")
    assert "tests/fixtures/examples/ok.py" not in not_shown
    assert "tests/fixtures/examples/stale.py" in not_shown


def test_a_missing_include_fails_the_build(tmp_path):
    config = tmp_path / "mkdocs.yml"
    config.write_text(textwrap.dedent(f"""\
        site_name: fixture
        docs_dir: {FIXTURES / 'docs'}
        markdown_extensions:
          - pymdownx.superfences
          - pymdownx.snippets:
              base_path: ["{ROOT}"]
              check_paths: true
        """))
    run = harness.run_program([sys.executable, "-m", "mkdocs", "build", "--strict", "-f",
                               str(config), "--site-dir", str(tmp_path / "site")],
                              start_method=None, timeout=120, merge_stderr=True)
    assert run.returncode != 0
    assert "no_such_example.py" in run.output


def test_recordings_are_looked_up_most_specific_first(tmp_path):
    script = tmp_path / "demo.py"
    script.write_text("print('hi')\n")
    py314, py313 = harness.Python("python3.14", "3.14"), harness.Python("python3.13", "3.13")
    for name in ["demo.out", "demo.fork.out", "demo.py313.out"]:
        (tmp_path / name).write_text(name)
    found = lambda python, method: harness.expected_recording(script, python, method).name
    assert found(py314, "forkserver") == "demo.out"
    assert found(py314, "fork") == "demo.fork.out"
    assert found(py314, "spawn") == "demo.out"
    assert found(py313, "fork") == "demo.py313.out"
    assert found(py313, "forkserver") == "demo.py313.out"
    assert harness.own_recording(script, py313, "fork").name == "demo.py313.fork.out"
    assert harness.own_recording(script, py313, "forkserver").name == "demo.py313.out"
    assert harness.own_recording(script, py314, "forkserver").name == "demo.out"


def test_the_reference_is_3_14_except_where_a_package_pins_the_version(tmp_path,
                                                                        monkeypatch):
    plain, torch = tmp_path / "plain.py", tmp_path / "uses_torch.py"
    plain.write_text("import multiprocessing\n")
    torch.write_text("import torch.nn\n")
    assert harness.reference_version(plain) == "3.14"
    assert harness.reference_version(torch) == harness.ONLY_ON["torch"]
    # Whichever Python runs the suite, torch examples run on a 3.11 venv, or nowhere.
    main, venv311 = harness.Python("m", "3.14", True), harness.Python("v", "3.11", True)
    bare311 = harness.Python("b", "3.11", False)
    monkeypatch.setattr(harness, "all_pythons", lambda: (main, venv311))
    assert harness.pythons_for(torch) == [venv311]
    assert harness.pythons_for(plain) == [main, venv311]
    monkeypatch.setattr(harness, "all_pythons", lambda: (main, bare311))
    assert harness.pythons_for(torch) == []
    assert harness.pythons_for(plain) == [main, bare311]


def test_a_venv_is_found_by_the_version_it_was_made_from(tmp_path, monkeypatch):
    monkeypatch.setattr(harness, "ROOT", tmp_path)
    for folder, version in ((".venv", "3.11.7"), (".venv-3.14", "3.14.10")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "pyvenv.cfg").write_text(f"home = /x\nversion = {version}\n")
    assert harness.venv_python("3.11") == tmp_path / ".venv" / "bin" / "python"
    assert harness.venv_python("3.14") == tmp_path / ".venv-3.14" / "bin" / "python"
    assert harness.venv_python("3.1") is None and harness.venv_python("3.15") is None


def test_the_shm_name_mask_covers_semaphore_and_shared_memory_names_only():
    text = "{'/mp-ab_9xyz1'} /psm_1f2e3d shared /mp"
    assert harness.normalise(text, ["shm_name"]) == "{'/mp-<name>'} /psm_<name> shared /mp"


def test_the_size_mask_covers_memory_figures_and_nothing_else():
    line = "peak 12.5 MiB, 300 kB, 2 GiB; 8 workers, buffersize=8"
    assert harness.normalise(line, ["size"]) == (
        "peak <size>, <size>, <size>; 8 workers, buffersize=8")
    assert not harness.runs_alone({"mask": ["size"]})


def test_masked_values_compare_equal_but_stay_recorded():
    recorded = "serial 2.31 s, parallel 1.20 s: 1.93x faster"
    now = "serial 2.40 s, parallel 1.19 s: 2.02x faster"
    assert harness.normalise(recorded, ["time", "ratio"]) == harness.normalise(now, ["time", "ratio"])
    assert harness.normalise(recorded, []) == recorded


# --- every setting and the recorder, on small programs written for each test -----------

REFERENCE = harness.Python(sys.executable, "3.14")  # this interpreter, named as the reference


def example(tmp_path, code, settings=""):
    """A one-file example in tmp_path with its examples.toml entry."""
    script = tmp_path / "demo.py"
    script.write_text(textwrap.dedent(code))
    (tmp_path / "examples.toml").write_text(f"[demo]\n{textwrap.dedent(settings)}")
    return script


def check(script, method="forkserver", python=REFERENCE, **kwargs):
    return "\n".join(harness.check_example(script, method, python, **kwargs).problems)


def test_raises_names_the_exception_the_program_must_end_with(tmp_path):
    script = example(tmp_path, "raise ValueError('boom')\n",
                     'exit_code = 1\nraises = "KeyError"\n')
    (tmp_path / "demo.out").write_text("")
    found = check(script)
    assert "expected the program to end raising KeyError" in found
    (tmp_path / "examples.toml").write_text('[demo]\nexit_code = 1\nraises = "ValueError"\n'
                                            'stderr = "show"\n')
    (tmp_path / "demo.out").write_text(harness.check_example(script, "fork", REFERENCE).output)
    assert check(script, "fork") == ""


def test_exit_code_is_checked_both_ways(tmp_path):
    script = example(tmp_path, "import sys\nprint('bye')\nsys.exit(3)\n", "exit_code = 3\n")
    (tmp_path / "demo.out").write_text("bye\n")
    assert check(script) == ""
    (tmp_path / "examples.toml").write_text("[demo]\nexit_code = 0\n")
    assert "exit status 3, expected 0" in check(script)


def test_stderr_show_records_stderr_with_the_output(tmp_path):
    script = example(tmp_path, "import sys\nprint('out')\nprint('err', file=sys.stderr)\n",
                     'stderr = "show"\n')
    (tmp_path / "demo.out").write_text("out\nerr\n")
    assert check(script) == ""
    (tmp_path / "demo.out").write_text("out\n")
    assert "output differs" in check(script)


def test_elide_replaces_values_before_recording(tmp_path):
    script = example(tmp_path, "import os\nprint(f'pid={os.getpid()}')\n", 'elide = ["pid"]\n')
    assert harness.check_example(script, "spawn", REFERENCE).output == "pid=<pid>\n"


def test_pythonwarnings_decides_which_warnings_may_print(tmp_path):
    code = "import warnings\nwarnings.warn('old', DeprecationWarning)\n"
    script = example(tmp_path, code)
    (tmp_path / "demo.out").write_text("")
    assert "DeprecationWarning: old" in check(script)
    (tmp_path / "examples.toml").write_text(
        '[demo]\npythonwarnings = "default,ignore:old:DeprecationWarning"\n')
    assert check(script) == ""


def test_a_mask_still_catches_a_changed_word(tmp_path):
    script = example(tmp_path, "print('took 1.5 s: processes faster: True')\n",
                     'mask = ["time"]\n')
    (tmp_path / "demo.out").write_text("took 9.0 s: processes faster: True\n")
    assert check(script) == ""
    (tmp_path / "demo.out").write_text("took 9.0 s: processes faster: False\n")
    assert "output differs" in check(script)


FLAKY = """\
from pathlib import Path
tries = Path(__file__).with_name("tries")
tries.write_text(tries.read_text() + "x" if tries.exists() else "x")
print("took 1.0 s; faster:", len(tries.read_text()) >= {passes_from})
"""


@pytest.mark.parametrize("mask, passes_from, verdict", [
    ('["time"]', 2, "passes after a second measurement"),
    ('["time"]', 3, "fails: two misses"),
    ('["number"]', 2, "fails: not a timing example, so never measured twice"),
])
def test_a_timing_conclusion_is_measured_once_more_and_only_once(tmp_path, mask,
                                                                  passes_from, verdict):
    script = example(tmp_path, FLAKY.format(passes_from=passes_from), f"mask = {mask}\n")
    (tmp_path / "demo.out").write_text("took 2.0 s; faster: True\n")
    outcome = harness.check_example(script, "forkserver", REFERENCE)
    runs = len((tmp_path / "tries").read_text())
    if verdict.startswith("passes"):
        assert (outcome.problems, runs) == ([], 2)
        assert "faster: False" in outcome.first_try
    else:
        assert "output differs" in "\n".join(outcome.problems)
        assert runs == (2 if mask == '["time"]' else 1)


def test_a_pass_on_the_second_measurement_warns_without_failing():
    # pytest.ini turns every other warning into a failure; this one, as
    # tests/test_examples.py words it, must stay a warning in the summary.
    import warnings
    warnings.warn("examples/demo.py (forkserver, 3.14) held on a second measurement; the "
                  "first run missed:\noutput differs", UserWarning)


def test_unknown_settings_are_refused(tmp_path):
    script = example(tmp_path, "print(1)\n", "skip = true\n")
    with pytest.raises(ValueError, match="unknown keys"):
        harness.load_settings(script)


def record(script, method, python=REFERENCE, **kwargs):
    assert harness.check_example(script, method, python, update=True, **kwargs).problems == []


def test_recording_writes_the_reference_and_only_the_variants_that_differ(tmp_path,
                                                                           monkeypatch):
    script = example(tmp_path, "import multiprocessing as mp\n"
                               "print(mp.get_start_method() == 'fork')\n")
    monkeypatch.setattr(harness, "recorded_hash", lambda s: harness.source_hash(s))
    older = harness.Python(sys.executable, "3.11")
    runs = [(python, method) for python in (REFERENCE, older) for method in START_METHODS]
    for python, method in reversed(runs):  # parallel recording keeps no order
        record(script, method, python)
    harness.prune_recordings(script, runs)
    assert sorted(p.name for p in tmp_path.glob("*.out")) == ["demo.fork.out", "demo.out"]
    assert (tmp_path / "demo.out").read_text() == "False\n"
    assert (tmp_path / "demo.fork.out").read_text() == "True\n"
    for python, method in runs:
        assert check(script, method, python) == ""


def test_recording_keeps_masked_numbers_until_the_code_changes(tmp_path, monkeypatch):
    script = example(tmp_path, "print('took 1.5 s')\n", 'mask = ["time"]\n')
    (tmp_path / "demo.out").write_text("took 9.0 s\n")
    monkeypatch.setattr(harness, "recorded_hash", lambda s: harness.source_hash(s))
    record(script, "forkserver")
    assert (tmp_path / "demo.out").read_text() == "took 9.0 s\n"  # same code: kept
    monkeypatch.setattr(harness, "recorded_hash", lambda s: "older code")
    record(script, "forkserver")
    assert (tmp_path / "demo.out").read_text() == "took 1.5 s\n"  # changed code: refreshed


@pytest.mark.parametrize("printed, recorded, changed", [
    ('  File "<stdlib>/multiprocessing/process.py", line 320, in _bootstrap',
     '  File "<stdlib>/multiprocessing/process.py", line 314, in _bootstrap',
     '  File "<stdlib>/multiprocessing/process.py", line 314, in run'),
    ("<stdlib>/multiprocessing/resource_tracker.py:475: UserWarning: x",
     "<stdlib>/multiprocessing/resource_tracker.py:254: UserWarning: x",
     "<stdlib>/multiprocessing/resource_tracker.py:254: UserWarning: y"),
])
def test_standard_library_line_numbers_do_not_count_but_the_rest_of_a_line_does(
        tmp_path, printed, recorded, changed):
    script = example(tmp_path, f"print({printed!r})\n")
    (tmp_path / "demo.out").write_text(recorded + "\n")
    assert check(script) == ""
    (tmp_path / "demo.out").write_text(changed + "\n")
    assert "output differs" in check(script)


def test_ignore_fork_race_hides_only_the_fork_with_threads_warning(tmp_path):
    code = ("import warnings\n"
            "warnings.warn('This process (pid=1) is multi-threaded', DeprecationWarning)\n"
            "warnings.warn('something else', DeprecationWarning)\n")
    script = example(tmp_path, code, "ignore_fork_race = true\n")
    (tmp_path / "demo.out").write_text("")
    found = check(script)
    assert "This process" not in found and "DeprecationWarning: something else" in found


def test_min_python_keeps_an_example_off_older_versions(tmp_path):
    script = example(tmp_path, "import concurrent.futures\n", 'min_python = "3.14"\n')
    versions = [p.version for p in harness.pythons_for(script)]
    older = [p.version for p in harness.all_pythons() if p.version < "3.14"]
    assert [v for v in versions if v in older] == []
    assert older, "this check needs a Python older than 3.14 (the main one on CI: 3.11)"


def test_programs_get_sigint_as_in_a_terminal(tmp_path):
    import signal
    script = example(tmp_path, "import signal\nprint(signal.getsignal(signal.SIGINT))\n")
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)  # as some test runners do
    try:
        output = harness.check_example(script, "spawn", REFERENCE).output
    finally:
        signal.signal(signal.SIGINT, previous)
    assert "default_int_handler" in output


def test_min_cpus_skips_only_where_too_few_cpus_are_usable(monkeypatch):
    monkeypatch.setattr(harness.os, "sched_getaffinity", lambda pid: {0})
    assert "needs 2 usable CPUs; this run may use 1" in harness.too_few_cpus({"min_cpus": 2})
    assert harness.too_few_cpus({"min_cpus": 1}) == ""
    monkeypatch.setattr(harness.os, "sched_getaffinity", lambda pid: {0, 1})
    assert harness.too_few_cpus({"min_cpus": 2}) == ""


def test_a_killed_program_leaves_no_temporary_files(tmp_path):
    import tempfile
    # The folder outlives the program: SIGKILL skips every clean-up.
    code = ("import os, signal, tempfile\n"
            "folder = tempfile.mkdtemp(prefix='pymp-')\n"
            "print(folder, flush=True)\n"
            "os.kill(os.getpid(), signal.SIGKILL)\n")
    run = harness.run_program([sys.executable, "-c", code], start_method=None, timeout=10)
    assert run.returncode == -9
    shown = run.output.strip()
    # Printed paths read as the system's temporary folder, which normalise() knows...
    assert shown.startswith(tempfile.gettempdir() + "/pymp-")
    assert harness.normalise(shown, []).startswith("<tmp>/pymp-")
    # ...but the folder was made in the run's scratch folder, removed with it.
    assert not Path(shown).exists()


def test_a_timing_example_has_the_machine_to_itself():
    import threading
    order = []

    def shared(name):
        with harness.machine_share(exclusive=False):
            order.append(f"{name} in")
            time.sleep(0.3)
            order.append(f"{name} out")

    first = threading.Thread(target=shared, args=("a",))
    first.start()
    time.sleep(0.1)
    with harness.machine_share(exclusive=True):
        order.append("timing")
    first.join()
    assert order == ["a in", "a out", "timing"]
    assert harness.runs_alone({"mask": ["time"]})
    assert harness.runs_alone({"mask": [], "alone": True})
    assert not harness.runs_alone({"mask": ["pid", "number"], "alone": None})
    assert not harness.runs_alone({"mask": ["time"], "alone": False})


ASKS = {
    "no process": ("import pickle\nprint(len(pickle.dumps(1)))\n", False),
    "a process": ("import multiprocessing as mp\n"
                  "if __name__ == '__main__':\n"
                  "    p = mp.Process(target=print); p.start(); p.join()\n", True),
    "get_start_method": ("import multiprocessing as mp\n"
                         "print(mp.get_start_method())\n", True),
    "a chosen context": ("import multiprocessing as mp\n"
                         "if __name__ == '__main__':\n"
                         "    for m in 'spawn', 'forkserver', 'fork':\n"
                         "        p = mp.get_context(m).Process(target=print)\n"
                         "        p.start(); p.join()\n", False),
    "a spawned child that asks": ("import multiprocessing as mp\n"
                                  "def ask():\n"
                                  "    mp.get_start_method()\n"
                                  "if __name__ == '__main__':\n"
                                  "    p = mp.get_context('spawn').Process(target=ask)\n"
                                  "    p.start(); p.join()\n", True),
    "an executor": ("import concurrent.futures as cf\n"
                    "if __name__ == '__main__':\n"
                    "    with cf.ProcessPoolExecutor(1) as ex:\n"
                    "        print(ex.submit(abs, -1).result())\n", True),
}


@pytest.mark.parametrize("case", sorted(ASKS))
def test_a_run_knows_whether_it_asked_for_the_start_method(tmp_path, case):
    code, asked = ASKS[case]
    script = tmp_path / "demo.py"
    script.write_text(code)
    run = harness.run_program([REFERENCE.executable, str(script)], start_method="fork",
                              timeout=30)
    assert run.returncode == 0, run.output + run.stderr
    assert run.asked_start_method is asked


def test_only_a_reference_run_that_never_asked_lets_the_others_be_skipped(tmp_path):
    quiet = example(tmp_path, "print('no processes here')\n")
    harness.NEVER_ASKS.clear()
    check(quiet, "fork", update=True)
    assert not harness.never_asks_for_start_method(quiet, REFERENCE)
    check(quiet, "forkserver", update=True)
    assert harness.never_asks_for_start_method(quiet, REFERENCE)
    asks = example(tmp_path / "sub" if (tmp_path / "sub").mkdir() is None else tmp_path,
                   "import multiprocessing as mp\nprint(mp.get_start_method())\n")
    check(asks, "forkserver", update=True)
    assert not harness.never_asks_for_start_method(asks, REFERENCE)
    harness.NEVER_ASKS.clear()


@pytest.mark.xdist_group("harness-selfcheck")
def test_xdist_groups_reach_the_scheduler(request):
    """`--dist loadgroup` keeps an example's runs on one worker, in order, and the browser
    visits to one worker; it groups by a suffix of the test id (see conftest.py)."""
    if not hasattr(request.config, "workerinput"):
        pytest.skip("run without xdist workers (-n 0): no groups to keep")
    assert request.node.nodeid.endswith("@harness-selfcheck")


def test_xdist_keeps_the_order_the_suite_chose(request):
    """conftest.py sorts the tests (long runs first, timing examples last); xdist would
    re-sort the groups by size unless told not to."""
    if not hasattr(request.config, "workerinput"):
        pytest.skip("run without xdist workers (-n 0): nothing re-sorts the tests")
    assert request.config.option.loadscopereorder is False
