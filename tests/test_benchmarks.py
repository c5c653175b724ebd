"""The benchmarks: each one runs in quick mode (so none rots), and every generated figure and
table on the site is exactly what benchmarks/render.py draws from the committed data.

No test here asserts a duration."""
import json
import re
import sys

import pytest

import harness
import pages
from harness import ROOT

BENCH = ROOT / "benchmarks"
DATA = BENCH / "results.json"
GENERATED = ROOT / "docs" / "generated" / "performance"
sys.path.insert(0, str(BENCH))
import suite  # noqa: E402


# One benchmark uses torch, whose CPU build is for Python 3.11: they all run on the 3.11 venv,
# as `dev.py bench` does from .venv, whichever Python runs the suite.
BENCH_PYTHON = next((p for p in harness.all_pythons()
                     if p.packages and p.version == harness.ONLY_ON["torch"]), None)


@pytest.mark.parametrize("name", list(suite.BENCHMARKS))
def test_benchmark_runs_in_quick_mode(name, tmp_path):
    if BENCH_PYTHON is None:
        pytest.skip(f"needs a project venv made from Python {harness.ONLY_ON['torch']} "
                    f"(torch's CPU build); none found")
    run = harness.run_program([BENCH_PYTHON.executable, "benchmarks/run.py", "--quick",
                               "--only", name,
                               "--data", str(tmp_path / "results.json"),
                               "--out", str(tmp_path / "generated")],
                              start_method=None, timeout=180)
    assert not harness.check_run(run, dict(harness.SETTINGS)), run.output + run.stderr
    data = json.loads((tmp_path / "results.json").read_text())
    assert list(data["benchmarks"]) == [name]
    assert (tmp_path / "generated" / "summary.md").exists()


def test_quick_and_partial_runs_never_write_the_committed_data():
    import run
    for quick, partial in [(True, False), (False, True), (True, True)]:
        data_file, out = run.destinations(quick, partial, None, None)
        assert data_file != run.DATA and out != run.GENERATED
        assert data_file.parent == out.parent and data_file.parent.is_dir()
        data_file.parent.rmdir()
    assert run.destinations(False, False, None, None) == (run.DATA, run.GENERATED)


def test_data_file_records_the_machine():
    data = json.loads(DATA.read_text())
    assert not data["quick"], "the committed data must come from a full run"
    assert not data.get("partial"), "the committed data must come from a whole run"
    for key in ("cpu_model", "logical_cpus", "usable_cpus", "python", "start_method", "date"):
        assert data["machine"][key], key
    assert list(data["benchmarks"]) == list(suite.BENCHMARKS)
    for bench in data["benchmarks"].values():
        assert bench["repetitions"] >= 2


def test_generated_files_are_what_the_data_makes(tmp_path):
    import render

    written = render.render_all(json.loads(DATA.read_text()), tmp_path)
    expected = {p.name: p.read_bytes() for p in written}
    committed = {p.name: p.read_bytes() for p in GENERATED.glob("*") if p.is_file()}
    assert sorted(committed) == sorted(expected), "run `benchmarks/run.py --render`"
    stale = [name for name in expected if committed[name] != expected[name]]
    assert stale == [], "stale figures or tables: run `benchmarks/run.py --render`"


def test_rendering_is_deterministic(tmp_path):
    import render

    data = json.loads(DATA.read_text())
    first = [p.read_bytes() for p in render.render_all(data, tmp_path / "a")]
    second = [p.read_bytes() for p in render.render_all(data, tmp_path / "b")]
    assert first == second


def test_every_generated_file_the_site_uses_exists_and_all_are_used():
    used = set()
    for page in pages.pages():
        text = page.read_text()
        used |= set(re.findall(r"generated/performance/([\w.-]+\.(?:md|svg))", text))
    present = {p.name for p in GENERATED.glob("*") if p.is_file()}
    assert used <= present
    assert present <= used, "generated but shown on no page"
