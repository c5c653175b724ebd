"""Every example, run as `python examples/.../name.py` under every start method.

One test per (example, start method, Python). Standard-library examples run on every
supported CPython found (tests/pythons.py); examples with third-party packages on the
Pythons that have them (harness.pythons_for). Settings come from examples.toml; see
CONTRIBUTING.md.
"""
import warnings
from pathlib import Path

import pytest

import harness
from harness import ROOT, START_METHODS


def selected_examples(config) -> list[Path]:
    paths = config.getoption("--examples") or ["examples"]
    found = []
    for path in paths:
        path = (ROOT / path).resolve()
        found += [path] if path.is_file() else harness.discover_examples(path)
    return sorted(set(found))


def pytest_generate_tests(metafunc):
    if "example" not in metafunc.fixturenames:
        return
    params = []
    for script in selected_examples(metafunc.config):
        name = script.relative_to(ROOT).as_posix()
        # The reference run comes first: recording writes name.out before the variants
        # that are compared with it (the xdist group keeps one example's runs in order).
        pythons = sorted(harness.pythons_for(script),
                         key=lambda p: p.version != harness.reference_version(script))
        if not pythons:
            version = harness.reference_version(script)
            params.append(pytest.param(
                script, harness.REFERENCE_METHOD, harness.MAIN_PYTHON, id=f"{name}-none",
                marks=pytest.mark.skip(reason=f"needs a project venv made from Python "
                                              f"{version}, where its pinned package is "
                                              f"built; none found (dev.py test makes .venv "
                                              f"from the Python that runs it)")))
        for python in pythons:
            for method in START_METHODS:
                params.append(pytest.param(script, method, python,
                                           marks=[pytest.mark.xdist_group(name)],
                                           id=f"{name}-{method}-{python.version}"))
    metafunc.parametrize(("example", "method", "python"), params)


def test_example(example, method, python, request):
    update = request.config.getoption("--update-outputs")
    if not update and harness.never_asks_for_start_method(example, python):
        pytest.skip(f"{harness.REFERENCE_METHOD} run passed and never asked for the start "
                    f"method (no process started): {method} would run the same program")
    if reason := harness.too_few_cpus(harness.load_settings(example)):
        pytest.skip(reason)
    outcome = harness.check_example(example, method, python, update=update,
                                    rerecord=request.config.getoption("--rerecord"))
    assert not outcome.problems, "\n".join(outcome.problems)
    if outcome.first_try:
        warnings.warn(f"{example.relative_to(ROOT)} ({method}, {python.version}) held on "
                      f"a second measurement; the first run missed:\n{outcome.first_try}")
    request.node.user_properties.append(("guide_run", {
        "example": example.relative_to(ROOT).as_posix(), "method": method,
        "python": harness.full_version(python), "source": harness.source_hash(example)}))
