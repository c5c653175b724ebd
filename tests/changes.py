"""Which tests a change needs: the plan behind `python3 dev.py check`.

A contributor who edits one example, one page or the harness should not wait for the whole
matrix. `plan()` maps changed paths (relative to the repository root) to the pytest
arguments that check them; anything it does not know means the whole suite. Standard
library only, so that dev.py can import it before any venv exists.
"""
from __future__ import annotations

from pathlib import PurePosixPath

PAGES = "tests/test_pages.py"
MOVED = "tests/test_moved_sections.py"
SEARCH = "tests/test_search.py"
UNIT = {  # source file -> the tests that exercise it
    "tests/harness.py": ["tests/test_harness.py"],
    "tests/pythons.py": ["tests/test_pythons.py"],
    "tests/verification.py": ["tests/test_harness.py", PAGES],
    "tests/version_table.py": [PAGES],
    "tests/pages.py": [PAGES],
    "tests/conftest.py": ["tests/test_harness.py"],
    "tests/changes.py": ["tests/test_changes.py"],
    "tests/startmethod/sitecustomize.py": ["tests/test_harness.py"],
    ".ci/provision_pythons.py": ["tests/test_provision.py"],
    "dev.py": ["tests/test_changes.py", PAGES],
    "README.md": [PAGES],
    "CONTRIBUTING.md": [PAGES],
    "mkdocs.yml": [PAGES, MOVED, SEARCH, "tests/test_zensical.py"],
    "pytest.ini": ["tests/test_harness.py"],
}
EVERYTHING = ["requirements.txt", "requirements.in", ".ci/run"]


def plan(changed: list[str]) -> list[str] | None:
    """pytest arguments for these changes; None means "run everything"."""
    tests: list[str] = []
    examples: list[str] = []

    def add(items, *new):
        items.extend(n for n in new if n not in items)

    for name in sorted(set(changed)):
        path = PurePosixPath(name)
        parts = path.parts
        if name in EVERYTHING:
            return None
        if name in UNIT:
            add(tests, *UNIT[name])
        elif parts[0] == "examples" and len(parts) == 3:
            topic = f"examples/{parts[1]}"
            stem = path.name.split(".")[0]
            if stem.startswith("_") or path.name == "examples.toml":
                add(examples, topic)  # a helper or the settings: the whole folder
            elif path.suffix in (".py", ".out"):
                add(examples, f"{topic}/{stem}.py")
            add(tests, PAGES)  # the page shows the code and its recording
        elif parts[0] == "docs" or parts[0] == "hooks":
            add(tests, PAGES, MOVED, SEARCH)
        elif parts[0] == "benchmarks":
            add(tests, "tests/test_benchmarks.py")
        elif parts[0] == "tests" and path.name.startswith("test_"):
            add(tests, name)
        elif parts[0] == "tests" and "fixtures" in parts:
            add(tests, "tests/test_harness.py", "tests/test_pythons.py")
        else:
            return None
    if examples:
        tests.insert(0, "tests/test_examples.py")
    return tests + [f"--examples={e}" for e in examples]
