"""The harness catches every kind of breakage it exists for.

Each broken fixture in tests/fixtures/ must be reported, with the reason, by the same
functions that check the real examples; the well-behaved one must pass under every method.
"""
import subprocess
import sys
import textwrap

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
    py313 = harness.Python("python3.13", "3.13")
    for name in ["demo.out", "demo.fork.out", "demo.py313.out"]:
        (tmp_path / name).write_text(name)
    assert harness.expected_recording(script, harness.MAIN_PYTHON, "spawn").name == "demo.out"
    assert harness.expected_recording(script, harness.MAIN_PYTHON, "fork").name == "demo.fork.out"
    assert harness.expected_recording(script, py313, "fork").name == "demo.py313.out"
    assert harness.own_recording(script, py313, "fork").name == "demo.py313.fork.out"


def test_masked_values_compare_equal_but_stay_recorded():
    recorded = "serial 2.31 s, parallel 1.20 s: 1.93x faster"
    now = "serial 2.40 s, parallel 1.19 s: 2.02x faster"
    assert harness.normalise(recorded, ["time", "ratio"]) == harness.normalise(now, ["time", "ratio"])
    assert harness.normalise(recorded, []) == recorded
