"""Every example, run as `python examples/.../name.py` under every start method.

One test per (example, start method, Python). Standard-library examples also run on the other
CPython versions found on the machine (harness.extra_pythons). Settings and declared skips come
from examples.toml; see CONTRIBUTING.md.
"""
from pathlib import Path

import pytest

import harness
from harness import MAIN_PYTHON, ROOT, START_METHODS


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
        pythons = [MAIN_PYTHON]
        if harness.is_stdlib_only(script):
            pythons += harness.extra_pythons()
        name = script.relative_to(ROOT).as_posix()
        skips = harness.load_settings(script)["skip"]
        for python in pythons:
            for method in START_METHODS:
                reason = skips.get(method) or skips.get(f"py{python.version}")
                marks = [pytest.mark.xdist_group(name)]
                if reason:
                    marks.append(pytest.mark.skip(reason=f"declared in examples.toml: {reason}"))
                params.append(pytest.param(script, method, python, marks=marks,
                                           id=f"{name}-{method}-{python.version}"))
    metafunc.parametrize(("example", "method", "python"), params)


def test_example(example, method, python, request):
    update = request.config.getoption("--update-outputs")
    outcome = harness.check_example(example, method, python, update=update,
                                    rerecord=request.config.getoption("--rerecord"))
    assert not outcome.problems, "\n".join(outcome.problems)
    request.node.user_properties.append(("guide_run", {
        "example": example.relative_to(ROOT).as_posix(), "method": method,
        "python": harness.full_version(python)}))
