"""MkDocs hook: show every recorded variant of an example's output, and where it ran.

A page shows an example's output with one block:

    ```text title="Output (recorded)"
    --8<-- "examples/pool/map_basics.out"
    ```

`name.out` is the reference run: Python 3.14 under `forkserver`, what a reader on Linux
gets by default. Where another start method or Python printed something else, the suite
kept it beside it (`name.fork.out`, `name.py311.out`, `name.py311.spawn.out`); this hook
turns the block into content tabs, one per recording, so a page can never leave one out.
It also ends each page with the Python releases its examples ran on, from the suite's
record (docs/generated/verification.json). It changes nothing else.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RECORD = ROOT / "docs" / "generated" / "verification.json"
METHODS = ("forkserver", "fork", "spawn")
OUTPUT_BLOCK = re.compile(
    r'^(?P<indent>[ \t]*)```text title="(?P<title>Output \(recorded[^"]*\))"\n'
    r'(?P=indent)--8<-- "(?P<base>examples/[^"]+?)\.out"\n'
    r'(?P=indent)```[ \t]*$', re.M)


def parse_tags(recording: Path) -> tuple[str | None, str | None]:
    """('3.11', 'fork') for name.py311.fork.out; (None, None) for name.out."""
    version = method = None
    for tag in recording.name.split(".")[1:-1]:
        if re.fullmatch(r"py3\d+", tag):
            version = f"3.{tag[3:]}"
        elif tag in METHODS:
            method = tag
    return version, method


def variants(base: Path) -> list[Path]:
    """The recordings of one example: the reference first, then by version and method."""
    found = [p for p in base.parent.glob(base.stem + ".*.out")
             if p.name.split(".")[0] == base.stem]

    def order(path: Path):
        version, method = parse_tags(path)
        return (version is not None, tuple(map(int, (version or "0.0").split("."))),
                METHODS.index(method or "forkserver"))
    return [base] + sorted(found, key=order)


def tab_label(recording: Path, reference: str) -> str:
    version, method = parse_tags(recording)
    label = f"Python {version or reference}"
    return f"{label}, {method}" if method else label


def reference_version(base: Path) -> str:
    """3.14, or the one version the recorded runs of an example used (torch: 3.11)."""
    record = json.loads(RECORD.read_text()) if RECORD.exists() else {"examples": {}}
    runs = record["examples"].get(base.with_suffix(".py").as_posix(), {}).get("runs", {})
    versions = {".".join(v.split(".")[:2]) for v in runs}
    return versions.pop() if len(versions) == 1 else "3.14"


def expand(match: re.Match) -> str:
    indent, base = match["indent"], Path(match["base"] + ".out")
    found = variants(ROOT / base)
    if len(found) == 1:
        return match[0]
    reference = reference_version(base)
    lines = []
    for recording in found:
        relative = recording.relative_to(ROOT).as_posix()
        lines += [f'{indent}=== "{tab_label(recording, reference)}"', "",
                  f'{indent}    ```text title="{match["title"]}"',
                  f'{indent}    --8<-- "{relative}"', f"{indent}    ```", ""]
    return "\n".join(lines).rstrip("\n")


def ran_on(markdown: str) -> str:
    """One sentence: the Python releases and start methods the page's examples ran on."""
    record = json.loads(RECORD.read_text()) if RECORD.exists() else {"examples": {}}
    shown = set(re.findall(r'--8<-- "(examples/[^":]+\.py)', markdown))
    versions, methods, count = set(), set(), 0
    for name in shown:
        runs = record["examples"].get(name, {}).get("runs", {})
        count += bool(runs)
        versions.update(runs)
        methods.update(m for ran in runs.values() for m in ran)
    if not count:
        return ""
    key = lambda v: tuple(int(p) for p in v.split(".") if p.isdigit())  # noqa: E731
    releases = ", ".join(sorted(versions, key=key))
    return (f'\n\n!!! success "Where these examples ran"\n    The {count} example programs '
            f"on this page ran, and printed what is shown, under "
            f"{', '.join(f'`{m}`' for m in sorted(methods))} on CPython {releases} "
            f"(each on the versions its packages install on; see "
            f"[Contributing](contributing.md#recording-output)).\n")


def on_page_markdown(markdown, page, config, files):
    markdown = OUTPUT_BLOCK.sub(expand, markdown)
    if page.file.src_path != "contributing.md":
        markdown += ran_on(markdown)
    return markdown
