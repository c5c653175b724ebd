"""The suite's own record of what it ran, and the summary the home page shows.

`python3 dev.py record` runs every example under every start method and Python version found
and merges what passed into docs/generated/verification.json, with a hash of each example's
source: a recording made by code that has changed since is refreshed on the next record, and
a test fails until it is. The summary on the home page (docs/generated/verification.md) and
the "ran on" line of every page (hooks/recorded_output.py) are rendered from that file.
"""
import datetime
import fcntl
import json
import sys

import harness
import pages
from harness import DOCS, ROOT

RECORD = DOCS / "generated" / "verification.json"
SUMMARY = DOCS / "generated" / "verification.md"


def load() -> dict:
    record = json.loads(RECORD.read_text()) if RECORD.exists() else {"examples": {}}
    # Entries without a source hash predate recordings keyed to their code: start over.
    record["examples"] = {k: v for k, v in record["examples"].items() if "runs" in v}
    return record


def minor(version: str) -> str:
    return ".".join(version.split(".")[:2])


def merge(runs: list[dict]) -> None:
    """Add passing runs ({example, method, python, source}); forget what they supersede.

    Runs of changed code replace everything known of that example; a newer patch release
    replaces the older one of the same version. A lock file keeps two recording sessions
    from losing each other's runs."""
    with open(RECORD.with_suffix(".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        _merge(runs)


def _merge(runs: list[dict]) -> None:
    record = load()
    examples = record["examples"]
    for run in runs:
        entry = examples.setdefault(run["example"], {"source": run["source"], "runs": {}})
        if entry["source"] != run["source"]:
            entry.update(source=run["source"], runs={})
        by_python = entry["runs"]
        for version in [v for v in by_python if minor(v) == minor(run["python"])]:
            if version != run["python"]:
                del by_python[version]
        methods = by_python.setdefault(run["python"], [])
        if run["method"] not in methods:
            methods.append(run["method"])
            methods.sort()
    current = {p.relative_to(ROOT).as_posix() for p in harness.discover_examples()}
    record["examples"] = {k: v for k, v in sorted(examples.items()) if k in current}
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
    """Examples run, per Python patch release and start method."""
    examples = record["examples"]
    methods = harness.START_METHODS
    counts: dict[str, dict[str, int]] = {}
    for entry in examples.values():
        for version, ran in entry["runs"].items():
            row = counts.setdefault(version, dict.fromkeys(methods, 0))
            for method in ran:
                row[method] += 1
    lines = ["| Python | " + " | ".join(f"`{m}`" for m in methods) + " |",
             "| --- |" + " ---: |" * len(methods)]
    for version in sorted(counts, key=lambda v: harness.pythons.patch_key(v)):
        lines.append(f"| {version} | " + " | ".join(str(counts[version][m]) for m in methods)
                     + " |")
    runs = sum(sum(row.values()) for row in counts.values())
    lines += ["", f"{len(examples)} example programs, {runs} recorded runs in all (each cell "
              f"counts the examples that ran and matched their recording). The "
              f"{inline_block_count()} Python blocks written straight into the pages run "
              f"the same way under every start method.",
              "", f"*Last recorded on {record.get('updated', 'never')} by "
              f"`python3 dev.py record`.*", ""]
    return "\n".join(lines)


def stale_examples() -> list[str]:
    """Examples whose code changed since their recordings were made, or never recorded."""
    record = load()["examples"]
    stale = []
    for script in harness.discover_examples():
        name = script.relative_to(ROOT).as_posix()
        if record.get(name, {}).get("source") != harness.source_hash(script):
            stale.append(name)
    return stale


def summary_is_current() -> bool:
    record = load()
    current = {p.relative_to(ROOT).as_posix() for p in harness.discover_examples()}
    return (set(record["examples"]) == current and SUMMARY.exists()
            and SUMMARY.read_text() == render(record))


if __name__ == "__main__":
    if "--write" in sys.argv:
        merge([])
    print(SUMMARY.read_text() if SUMMARY.exists() else "no summary yet")
