"""hooks/recorded_output.py: the output tabs and their labels, and what it does to the HTML.

The built site as a whole is checked in tests/test_browser.py; these are the hook's own
rules, each on a small piece of text, with no build."""
import re
from pathlib import Path

import pytest

import pages
import recorded_output as hook
from harness import ROOT

# One scheme for every tab label, so that linked tabs (content.tabs.link) follow the reader
# from page to page: "Python 3.14", "Python 3.14, fork", "Python 3.11, spawn".
LABEL = re.compile(r"Python 3\.\d+(, (fork|spawn|forkserver))?")


@pytest.mark.parametrize("name, reference, label", [
    ("demo.out", "3.14", "Python 3.14"),
    ("demo.fork.out", "3.14", "Python 3.14, fork"),
    ("demo.spawn.out", "3.14", "Python 3.14, spawn"),
    ("demo.py311.out", "3.14", "Python 3.11"),
    ("demo.py311.fork.out", "3.14", "Python 3.11, fork"),
    ("demo.out", "3.11", "Python 3.11"),  # torch examples: 3.11 is their reference
])
def test_tab_labels_follow_one_scheme(name, reference, label):
    assert hook.tab_label(Path(name), reference) == label
    assert LABEL.fullmatch(label)


def test_hand_written_tabs_follow_the_same_scheme():
    """Tabs written straight into a page (not made by the hook) use the hook's labels too:
    a label such as "All other runs" or "spawn and forkserver" would not link."""
    bad = []
    for page in pages.pages():
        for number, line in enumerate(page.read_text().splitlines(), 1):
            match = re.match(r'\s*=== "([^"]*)"', line)
            if match and not LABEL.fullmatch(match[1]):
                bad.append(f"{page.relative_to(ROOT)}:{number}: {match[1]!r}")
    assert bad == []


def test_every_recorded_variant_gets_a_tab():
    markdown = '```text title="Output (recorded)"\n--8<-- "examples/demo/x.out"\n```'
    match = hook.OUTPUT_BLOCK.search(markdown)
    assert match and match["base"] == "examples/demo/x"


def test_output_blocks_are_marked_and_titled():
    recorded = ('<div class="highlight"><span class="filename">Output (recorded; timings vary)'
                '</span><pre><code>1</code></pre></div>')
    inline = ('<!--pytest-codeblocks:expected-output-->\n<div class="highlight"><pre><code>45'
              '</code></pre></div>')
    source = ('<div class="highlight"><span class="filename">examples/pool/map_basics.py'
              '</span><pre><code>x</code></pre></div>')
    html = hook.mark_outputs(recorded + inline + source)
    assert html.count('class="highlight output"') == 2
    assert '<div class="highlight output"><span class="filename">Output</span><pre>' in html
    assert '<div class="highlight"><span class="filename">examples/pool/map_basics.py' in html


def test_file_titles_link_only_with_a_repository():
    path = next(p for p in sorted((ROOT / "examples").rglob("*.py")))
    name = path.relative_to(ROOT).as_posix()
    html = f'<span class="filename">{name}</span><span class="filename">Output (recorded)</span>'
    assert hook.link_file_titles(html, None) == html
    linked = hook.link_file_titles(html, "https://github.com/o/r", "abc123")
    assert f'<a href="https://github.com/o/r/blob/abc123/{name}"' in linked
    assert linked.endswith('<span class="filename">Output (recorded)</span>')
    missing = '<span class="filename">examples/no/such_file.py</span>'
    assert hook.link_file_titles(missing, "https://github.com/o/r") == missing


@pytest.mark.parametrize("code, expected", [
    ("imap_unordered", "imap_unordered"),
    ("concurrent.futures.process.BrokenProcessPool",
     "concurrent.<wbr>futures.<wbr>process.<wbr>BrokenProcessPool"),
    ("ProcessPoolExecutor(max_workers=None,", "ProcessPoolExecutor(<wbr>max_workers=None,"),
    ("pool.map(...)", "pool.map(...)"),  # short: kept whole
    ("get(timeout)", "get(timeout)"),
    ("'pickle_local.&lt;locals&gt;.f'", "'pickle_local.<wbr>&lt;locals&gt;.f'"),
    ("3.14.1", "3.14.1"),
])
def test_names_in_tables_break_only_between_names(code, expected):
    assert hook.breakable_code(code) == expected


def test_table_cells_carry_their_column_header():
    html = ("<table>\n<thead>\n<tr>\n<th>Call</th>\n<th style=\"text-align: right;\">What "
            "<code>it</code> does</th>\n<th></th>\n</tr>\n</thead>\n<tbody>\n<tr>\n"
            "<td><code>mp.Pool(processes=None)</code></td>\n<td style=\"text-align: right;\">"
            "starts <a href=\"x.html\">workers</a></td>\n<td>more</td>\n</tr>\n</tbody>\n"
            "</table>")
    out = hook.label_cells(html)
    assert '<td data-label="Call"><code>mp.<wbr>Pool(<wbr>processes=None)</code></td>' in out
    assert '<td data-label="What it does" style="text-align: right;">starts ' \
           '<a href="x.html">workers</a></td>' in out
    assert '<td data-label="">more</td>' in out


def test_figures_link_to_their_file_and_state_their_size():
    svg = next((ROOT / "docs" / "generated" / "performance").glob("*.svg"))
    src = f"../generated/performance/{svg.name}"
    html = f'<p><img alt="A plot" src="{src}" /></p>'
    out = hook.link_figures(html, "performance/")
    assert out.startswith(f'<figure class="plot"><a href="{src}"><img alt="A plot" src="{src}"')
    assert re.search(r'width="\d+" height="\d+"', out)
    assert f'<figcaption><a href="{src}">Open the plot full size (SVG)</a>' in out
