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
record (docs/generated/verification.json).

In the built HTML (`on_page_content`) it makes what a page shows read as what it is:
- every output block (titled "Output ...", or an inline block marked
  `<!--pytest-codeblocks:expected-output-->`, which gets the title "Output") carries the
  class `output`, which docs/stylesheets/extra.css styles apart from source code;
- a code block titled with a file of the repository (`examples/pool/map_basics.py`) links
  the title to that file, when a repository is configured (REPO_URL, hooks/site_url.py);
  without one the title stays plain text;
- every table cell carries its column's header as `data-label`, so that narrow screens can
  stack a table's rows (extra.css), and a name in a table (`ProcessPoolExecutor.map`) may
  wrap after a dot or a bracket, never inside a name (`imap_unordered`);
- every SVG figure links to its file, to open it full size, and states its size.
"""
from __future__ import annotations

import html as html_lib
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


# --- the built HTML ------------------------------------------------------------------------

OUTPUT_TITLE = re.compile(
    r'<div class="(?P<cls>[^"]*\bhighlight)"><span class="filename">(?P<title>Output\b[^<]*)</span>')
INLINE_OUTPUT = re.compile(
    r'(?P<mark><!--pytest-codeblocks:expected-output-->\s*)<div class="(?P<cls>[^"]*\bhighlight)">')
FILE_TITLE = re.compile(r'<span class="filename">(?P<path>[\w./-]+\.[\w]+)</span>')
TABLE = re.compile(r"<table>(?P<body>.*?)</table>", re.S)
HEADER_CELL = re.compile(r"<th\b[^>]*>(?P<text>.*?)</th>", re.S)
ROW = re.compile(r"<tr>(?P<cells>.*?)</tr>", re.S)
CELL_START = re.compile(r"<td\b")
CELL_CODE = re.compile(r"(<t[dh]\b[^>]*>)(.*?)(</t[dh]>)", re.S)
FIGURE = re.compile(r'<p>(?P<img><img alt="(?P<alt>[^"]*)" src="(?P<src>[^"]+\.svg)" />)</p>')
SVG_SIZE = re.compile(r'<svg[^>]*\swidth="(?P<w>[\d.]+)pt"[^>]*\sheight="(?P<h>[\d.]+)pt"')


def mark_outputs(html: str) -> str:
    """Output blocks get the class `output`; inline ones also the title "Output"."""
    html = OUTPUT_TITLE.sub(
        lambda m: f'<div class="{m["cls"]} output"><span class="filename">{m["title"]}</span>',
        html)
    return INLINE_OUTPUT.sub(
        lambda m: f'{m["mark"]}<div class="{m["cls"]} output"><span class="filename">Output</span>',
        html)


def file_url(repo_url: str | None, ref: str, path: str) -> str | None:
    """The address of a repository file (GitHub's layout), or None without a repository."""
    if not repo_url or not (ROOT / path).is_file():
        return None
    return f"{repo_url.rstrip('/')}/blob/{ref}/{path}"


def link_file_titles(html: str, repo_url: str | None, ref: str = "HEAD") -> str:
    def link(m: re.Match) -> str:
        url = file_url(repo_url, ref, m["path"])
        if url is None:
            return m[0]
        return (f'<span class="filename"><a href="{html_lib.escape(url)}" '
                f'title="This file in the repository">{m["path"]}</a></span>')
    return FILE_TITLE.sub(link, html)


def breakable_code(code: str) -> str:
    """A long name in a table cell may wrap after a dot or an opening bracket that is
    followed by a name, never inside a name; a short one (`get(timeout)`) stays whole."""
    return re.sub(r"\S{17,}", lambda word: re.sub(
        r"(?<=\w)([.(\[])(?=[A-Za-z_&])", r"\1<wbr>", word[0]), code)


def breakable_text(cell: str) -> str:
    """breakable_code applied to the text of a cell, never inside a tag."""
    return "".join(part if part.startswith("<") else breakable_code(part)
                   for part in re.split(r"(<[^>]*>)", cell))


def label_cells(html: str) -> str:
    """Each body cell of a table gets its column's header as `data-label`."""
    def table(m: re.Match) -> str:
        body = m["body"]
        labels = [html_lib.escape(html_lib.unescape(re.sub(r"<[^>]+>", "", h["text"])).strip())
                  for h in HEADER_CELL.finditer(body)]

        def row(r: re.Match) -> str:
            column = iter(range(len(labels) + 1000))

            def cell(_):
                i = next(column)
                label = labels[i] if i < len(labels) else ""
                return f'<td data-label="{label}"'
            return "<tr>" + CELL_START.sub(cell, r["cells"]) + "</tr>"
        body = ROW.sub(row, body)
        body = CELL_CODE.sub(lambda c: c[1] + breakable_text(c[2]) + c[3], body)
        return f"<table>{body}</table>"
    return TABLE.sub(table, html)


def svg_size(page_url: str, src: str) -> tuple[int, int] | None:
    """The CSS pixel size of an SVG figure (src relative to the page's URL)."""
    folder = page_url if page_url.endswith("/") or not page_url else page_url.rsplit("/", 1)[0]
    path = (ROOT / "docs" / folder / src).resolve()
    match = SVG_SIZE.search(path.read_text()[:2000]) if path.is_file() else None
    if not match:
        return None
    return round(float(match["w"]) * 4 / 3), round(float(match["h"]) * 4 / 3)


def link_figures(html: str, page_url: str = "") -> str:
    """An SVG figure becomes a link to its file, with a plain link under it to open it."""
    def figure(m: re.Match) -> str:
        size = svg_size(page_url, m["src"])
        dims = f' width="{size[0]}" height="{size[1]}"' if size else ""
        img = f'<img alt="{m["alt"]}" src="{m["src"]}"{dims} />'
        return (f'<figure class="plot"><a href="{m["src"]}">{img}</a>'
                f'<figcaption><a href="{m["src"]}">Open the plot full size (SVG)</a>'
                f'</figcaption></figure>')
    return FIGURE.sub(figure, html)


def on_page_content(html, page, config, files):
    html = mark_outputs(html)
    html = link_file_titles(html, config.get("repo_url"),
                            (config.get("extra") or {}).get("repo_ref", "HEAD"))
    html = label_cells(html)
    return link_figures(html, page.url)
