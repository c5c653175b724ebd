"""The site's configuration builds with Zensical, the successor Material for MkDocs announces
for its end of life, so that moving over stays a small change.

The pinned Zensical (requirements.txt, ZENSICAL below) builds a copy of the project in a
temporary folder (a Zensical build writes site/ and .cache/ into the project and needs
docs_dir inside it) with `zensical build --strict`. Checked: the build succeeds with the same
mkdocs.yml (a missing snippet fails it, as it fails MkDocs), and every example a page includes
by snippet, code and recorded output, appears in the page Zensical built.

What Zensical 0.0.73 does not do: it runs none of the MkDocs hooks in mkdocs.yml, silently.
Its pages show each example's reference output only, without the version and start-method
tabs of hooks/recorded_output.py or the "Where these examples ran" note; SITE_URL is not
applied (hooks/site_url.py), moved sections do not redirect (hooks/moved_sections.py), and its
search is its own (hooks/search_ranking.py does not apply). Moving over means porting those.

Cost: one full Zensical build, 6 s on the two cores here with a load average of 2 to 6, and
30 to 38 s with one of 13 to 15; in its own xdist group, beside the other site builds.
"""
from __future__ import annotations

import html
import importlib.metadata
import os
import re
import shutil
import sys
from pathlib import Path

import pytest

import harness
import pages
from harness import DOCS, ROOT

pytestmark = pytest.mark.xdist_group("zensical")

ZENSICAL = "0.0.73"
PROJECT = ["mkdocs.yml", "docs", "examples", "hooks"]  # what the build reads


def installed() -> str | None:
    try:
        return importlib.metadata.version("zensical")
    except importlib.metadata.PackageNotFoundError:
        return None


def built_page(site: Path, page: Path) -> Path:
    """site/pool/index.html for docs/pool.md, site/index.html for docs/index.md."""
    name = page.relative_to(DOCS).with_suffix("").as_posix()
    return site / ("index.html" if name == "index" else f"{name}/index.html")


def text_of(page_html: str) -> str:
    """The page's text, tags removed, a code block's lines on lines of their own."""
    page_html = re.sub(r"</?(?:pre|code)\b[^>]*>", "\n", page_html)
    return html.unescape(re.sub(r"<[^>]+>", "", page_html))


SNIPPET_MARKER = re.compile(r"^\s*#?\s*-{1,2}8<-{1,2}\s*\[(start|end):[^\]]*\]\s*$")


def included_lines(target: str) -> list[str]:
    """The non-blank lines a snippet include puts on the page ('path' or 'path:section')."""
    path, _, section = target.partition(":")
    lines = (ROOT / path).read_text().splitlines()
    if section:
        start = next(i for i, ln in enumerate(lines) if re.search(rf"\[start:{section}\]", ln))
        end = next(i for i, ln in enumerate(lines) if re.search(rf"\[end:{section}\]", ln))
        lines = lines[start + 1:end]
    return [ln.strip() for ln in lines if ln.strip() and not SNIPPET_MARKER.match(ln)]


@pytest.fixture(scope="module")
def zensical_site(tmp_path_factory) -> Path:
    version = installed()
    if version != ZENSICAL:
        reason = f"zensical {ZENSICAL} is not installed (found: {version})"
        if os.environ.get("CI") == "true":
            pytest.fail(f"{reason}; requirements.txt pins it", pytrace=False)
        pytest.skip(f"{reason}; `python3 dev.py setup` installs requirements.txt")
    project = tmp_path_factory.mktemp("zensical-project")
    for name in PROJECT:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, project / name,
                            ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            shutil.copy2(source, project / name)
    run = harness.run_program([sys.executable, "-m", "zensical", "build", "--strict",
                               "--config-file", "mkdocs.yml"], start_method=None,
                              timeout=600, merge_stderr=True, cwd=project)
    assert run.returncode == 0, run.output
    assert "No issues found" in run.output, run.output
    return project / "site"


def test_zensical_builds_every_page(zensical_site):
    missing = [page.relative_to(ROOT).as_posix() for page in pages.pages()
               if "generated" not in page.relative_to(DOCS).parts
               and not built_page(zensical_site, page).exists()]
    assert missing == []


def test_zensical_renders_the_snippet_includes(zensical_site):
    """Every example (code and recorded output) a page includes in a code block is on the
    page, line by line; no include line is left as text."""
    problems = []
    for page in pages.pages():
        if "generated" in page.relative_to(DOCS).parts:
            continue
        targets = [target for block in pages.code_blocks(page) if block.is_include
                   for target in pages.INCLUDE.findall(block.code)
                   if target.startswith("examples/")]
        if not targets:
            continue
        shown = text_of(built_page(zensical_site, page).read_text())
        shown_lines = {line.strip() for line in shown.splitlines()}
        where = page.relative_to(ROOT).as_posix()
        for target in targets:
            absent = [ln for ln in included_lines(target) if ln not in shown_lines]
            if absent:
                problems.append(f"{where}: {target}: {len(absent)} lines missing, first "
                                f"{absent[0]!r}")
        for target in targets:
            if f'--8<-- "{target}"' in shown:
                problems.append(f"{where}: the include of {target} was left as text")
    assert problems == []
