"""What the pages hold: included files, inline code blocks, and the checks on them."""
from __future__ import annotations

import fcntl
import hashlib
import json
import os
import re
import shutil
import sys
import tempfile
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from pytest_codeblocks import extract_from_file

import harness
import recorded_output  # hooks/: the output tabs
from harness import DOCS, EXAMPLES, ROOT

INCLUDE = re.compile(r'^\s*-{1,2}8<-{1,2}\s+"([^"]+)"', re.M)
PYTHON_SYNTAXES = {"python", "py", "python3", "pycon"}
SHELL_SYNTAXES = {"bash", "sh", "shell", "console"}


def pages(docs: Path = DOCS) -> list[Path]:
    return sorted(docs.rglob("*.md"))


def includes(page: Path) -> list[str]:
    """Targets of the snippet includes on a page, as written ('path' or 'path:section')."""
    return INCLUDE.findall(page.read_text())


def included_files(docs: Path = DOCS) -> set[str]:
    return {target.split(":")[0] for page in pages(docs) for target in includes(page)}


def line_number_includes(docs: Path = DOCS) -> list[str]:
    """Includes that select lines by number (path:3:9), which the guide does not allow."""
    return [f"{page.relative_to(ROOT)}: {t}" for page in pages(docs) for t in includes(page)
            if re.search(r":-?\d", t)]


def examples_not_shown(examples: Path = EXAMPLES, docs: Path = DOCS) -> list[str]:
    shown = included_files(docs)
    return [p.relative_to(ROOT).as_posix() for p in sorted(examples.rglob("*.py"))
            if "__pycache__" not in p.parts and p.relative_to(ROOT).as_posix() not in shown]


def expanded_outputs(docs: Path = DOCS) -> set[str]:
    """Recordings that hooks/recorded_output.py shows as tabs under an output block."""
    found = set()
    for page in pages(docs):
        for match in recorded_output.OUTPUT_BLOCK.finditer(page.read_text()):
            base = ROOT / (match["base"] + ".out")
            found.update(p.relative_to(ROOT).as_posix() for p in recorded_output.variants(base))
    return found


def recordings_not_shown(examples: Path = EXAMPLES, docs: Path = DOCS) -> list[str]:
    """Recordings of examples that are shown on a page while their output is not."""
    shown = included_files(docs) | expanded_outputs(docs)
    missing = []
    for recording in sorted(examples.rglob("*.out")):
        name = recording.relative_to(ROOT).as_posix()
        script = recording.parent / (recording.name.split(".")[0] + ".py")
        if script.relative_to(ROOT).as_posix() in shown and name not in shown:
            missing.append(name)
    return missing


def orphan_recordings(examples: Path = EXAMPLES) -> list[str]:
    """Recordings whose example no longer exists."""
    return [p.relative_to(ROOT).as_posix() for p in sorted(examples.rglob("*.out"))
            if not (p.parent / (p.name.split(".")[0] + ".py")).exists()]


def recordings_naming_other_scripts(examples: Path = EXAMPLES) -> list[str]:
    """Recordings that print the path of a script other than their own: a traceback
    recorded before the example moved to another folder, for instance."""
    found = []
    for recording in sorted(examples.rglob("*.out")):
        own = (recording.parent / (recording.name.split(".")[0] + ".py")).relative_to(ROOT)
        for path in sorted(set(re.findall(r"examples/[\w/.-]+?\.py\b", recording.read_text()))):
            if path != own.as_posix():
                found.append(f"{recording.relative_to(ROOT).as_posix()}: {path}")
    return found


@dataclass
class Block:
    page: Path
    lineno: int
    syntax: str
    code: str
    expected_output: str | None
    skip_reason: str | None  # from <!--pytest.mark.skip(reason="...")-->

    @property
    def id(self) -> str:
        return f"{self.page.relative_to(ROOT).as_posix()}:{self.lineno}"

    @property
    def is_include(self) -> bool:
        lines = [ln for ln in self.code.splitlines() if ln.strip()]
        return bool(lines) and all(INCLUDE.match(ln) for ln in lines)


def code_blocks(page: Path) -> list[Block]:
    blocks = []
    for block in extract_from_file(page):
        syntax = (block.syntax or "").split()[0].strip("{.").lower() if block.syntax else ""
        reason = None
        for mark in block.marks:
            match = re.match(r"pytest\.mark\.skip\(reason=(['\"])(.+)\1\)$", mark)
            reason = match.group(2) if match else "<skip without a reason>"
        blocks.append(Block(page, block.lineno, syntax, block.code, block.expected_output,
                            reason))
    return blocks


def unrun_python_blocks(docs: Path = DOCS) -> list[str]:
    """Python blocks that neither include an example nor can be run as they stand."""
    bad = []
    for page in pages(docs):
        for block in code_blocks(page):
            if block.syntax not in PYTHON_SYNTAXES or block.is_include:
                continue
            if block.syntax == "pycon":
                bad.append(f"{block.id}: pycon blocks cannot be run; use a script")
            elif block.skip_reason == "<skip without a reason>":
                bad.append(f"{block.id}: skipped without a reason")
    return bad


# --- the README's commands and the built site -------------------------------------------

def readme_commands() -> tuple[str, str]:
    """The README's first two shell commands: (serve, test)."""
    shells = [b.code.strip() for b in code_blocks(ROOT / "README.md")
              if b.syntax in SHELL_SYNTAXES]
    return shells[0], shells[1]


def build_site(out: Path, env_extra: dict | None = None) -> Path:
    """`mkdocs build --strict` into `out`: a missing include or a broken link fails it."""
    run = harness.run_program([sys.executable, "-m", "mkdocs", "build", "--strict",
                               "--site-dir", str(out)], start_method=None, timeout=300,
                              merge_stderr=True, env_extra=env_extra)
    assert run.returncode == 0, run.output
    return out


SITE_RUN = "GUIDE_SITE_RUN"  # set once per test run by conftest.py, inherited by workers


def shared_site(env_extra: dict | None = None) -> Path:
    """One strict build per test run (and environment), shared by every test module and
    every xdist worker: the first to ask builds it while the others wait for it."""
    run = os.environ.get(SITE_RUN) or f"pid{os.getpid()}"
    key = hashlib.sha256(json.dumps(env_extra or {}, sort_keys=True).encode()).hexdigest()
    out = Path(tempfile.gettempdir()) / f"guide-site-{run}-{key[:10]}"
    with open(f"{out}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (out / ".built").exists():
            shutil.rmtree(out, ignore_errors=True)
            build_site(out, env_extra)
            (out / ".built").touch()
    return out


def remove_shared_sites(run: str) -> None:
    for path in Path(tempfile.gettempdir()).glob(f"guide-site-{run}-*"):
        if path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)


LOADING_TAGS = {"script": "src", "img": "src", "iframe": "src", "source": "src",
                "audio": "src", "video": "src", "embed": "src", "object": "data"}
NON_LOADING_RELS = {"canonical", "alternate", "author", "license", "next", "prev", "me"}


class _ExternalLoads(HTMLParser):
    def __init__(self):
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        url = None
        if tag in LOADING_TAGS:
            url = attrs.get(LOADING_TAGS[tag])
        elif tag == "link" and not set((attrs.get("rel") or "").split()) <= NON_LOADING_RELS:
            url = attrs.get("href")
        if url and re.match(r"^(https?:)?//", url):
            self.found.append(f"<{tag}> {url}")


def external_loads(site: Path) -> list[str]:
    """Resources in the built site that a browser would fetch from another host."""
    found = []
    for path in sorted(site.rglob("*")):
        if path.suffix == ".html":
            parser = _ExternalLoads()
            parser.feed(path.read_text(errors="replace"))
            found += [f"{path.relative_to(site)}: {item}" for item in parser.found]
        elif path.suffix == ".css":
            for url in re.findall(r"(?:@import\s+|url\()\s*['\"]?((?:https?:)?//[^'\")\s]+)",
                                  path.read_text(errors="replace")):
                found.append(f"{path.relative_to(site)}: {url}")
    return found
