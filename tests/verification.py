"""The suite's own record of what it ran, and the summary the home page shows.

`python3 dev.py record` runs every example under every start method and Python version found
and merges what passed into docs/generated/verification.json; the summary on the home page
(docs/generated/verification.md) is rendered from that file, never typed. A test checks that
both still match the examples and pages in the tree.
"""
import datetime
import json
import sys

import harness
import pages
from harness import DOCS, ROOT

RECORD = DOCS / "generated" / "verification.json"
SUMMARY = DOCS / "generated" / "verification.md"


def load() -> dict:
    return json.loads(RECORD.read_text()) if RECORD.exists() else {"examples": {}}


def merge(runs: list[dict]) -> None:
    """Add passing runs ({example, method, python}) and drop examples that no longer exist."""
    record = load()
    for run in runs:
        methods = record["examples"].setdefault(run["example"], {}).setdefault(run["python"], [])
        if run["method"] not in methods:
            methods.append(run["method"])
            methods.sort()
    current = {p.relative_to(ROOT).as_posix() for p in harness.discover_examples()}
    record["examples"] = {k: v for k, v in sorted(record["examples"].items()) if k in current}
    if runs:
        record["updated"] = datetime.date.today().isoformat()
    RECORD.parent.mkdir(parents=True, exist_ok=True)
    RECORD.write_text(json.dumps(record, indent=1, sort_keys=True) + "\n")
    SUMMARY.write_text(render(record))


def inline_block_count() -> int:
    count = 0
    for page in [*pages.pages(), ROOT / "README.md"]:
        count += sum(1 for b in pages.code_blocks(page)
                     if b.syntax in pages.PYTHON_SYNTAXES and not b.is_include)
    return count


def render(record: dict) -> str:
    examples = record["examples"]
    runs = sum(len(m) for per_python in examples.values() for m in per_python.values())
    versions = sorted({v for per_python in examples.values() for v in per_python},
                      key=lambda v: tuple(map(int, v.split("."))))
    methods = sorted({m for per_python in examples.values() for ms in per_python.values()
                      for m in ms})
    by_version = {v: sum(1 for p in examples.values() if v in p) for v in versions}
    lines = [
        f"| What | Count |", "| --- | --- |",
        f"| Example programs | {len(examples)} |",
        f"| Start methods each one ran under | {', '.join(methods)} |",
    ]
    lines += [f"| Examples run on Python {v} | {n} |" for v, n in by_version.items()]
    lines += [f"| Recorded runs in all | {runs} |",
              f"| Python blocks written inline on the pages (run the same way) | "
              f"{inline_block_count()} |",
              "", f"*Last recorded on {record.get('updated', 'never')} by "
              f"`python3 dev.py record`.*", ""]
    return "\n".join(lines)


def summary_is_current() -> bool:
    record = load()
    current = {p.relative_to(ROOT).as_posix() for p in harness.discover_examples()}
    return (set(record["examples"]) == current and SUMMARY.exists()
            and SUMMARY.read_text() == render(record))


if __name__ == "__main__":
    if "--write" in sys.argv:
        merge([])
    print(SUMMARY.read_text() if SUMMARY.exists() else "no summary yet")
