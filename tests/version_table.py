"""The table of behaviours by Python version, generated from recorded runs.

`examples/start_methods/version_facts.py` prints one `fact: value` line per behaviour that
changed between versions. Its recordings hold what each Python printed (name.out for 3.14,
name.py311.out and so on where a version differs); this module reads the recording each
version's run is compared with and renders docs/generated/versions.md, which the Start
methods page includes. A test checks the file is current, so the table is never typed.
"""
from pathlib import Path

import harness
import pythons
import verification
from harness import DOCS, EXAMPLES

SCRIPT = EXAMPLES / "start_methods" / "version_facts.py"
TABLE = DOCS / "generated" / "versions.md"


def facts(recording: Path) -> dict[str, str]:
    found, last = {}, ""
    for line in recording.read_text().splitlines():
        key, _, value = line.partition(": ")
        if key.startswith("  "):  # a continuation line: "  with the message: ..."
            key = f"{last}, {key.strip()}"
        else:
            last = key
        found[key] = value
    return found


def render() -> str:
    ran = verification.load()["examples"].get(
        SCRIPT.relative_to(harness.ROOT).as_posix(), {}).get("runs", {})
    releases = sorted((v for v in ran if "forkserver" in ran[v]), key=pythons.patch_key)
    columns = {}
    for release in releases:
        python = harness.Python("", verification.minor(release))
        recording = harness.expected_recording(SCRIPT, python, "forkserver")
        if recording:
            columns[release] = facts(recording)
    rows = list(dict.fromkeys(k for found in columns.values() for k in found))
    lines = ["| On Linux | " + " | ".join(columns) + " |",
             "| --- |" + " --- |" * len(columns)]
    for row in rows:
        cells = [f"`{found.get(row, '')}`" for found in columns.values()]
        lines.append(f"| {row} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def write() -> None:
    TABLE.write_text(render())


def is_current() -> bool:
    return TABLE.exists() and TABLE.read_text() == render()
