"""MkDocs hook: drop the highlighting spans that change nothing on screen.

Pygments wraps every token of a code block in a span. Two kinds draw nothing of their own
here: names (`n`, drawn in the code block's own text colour, `--md-code-hl-name-color`,
which this site leaves at Material's default) and whitespace (`w`, which no rule styles).
They are a quarter of the elements on a page full of examples, and every element costs
style and layout time when a phone opens the page. This hook keeps their text and drops
the span around it, inside `<pre>` blocks only; tests/test_pages.py checks that the text
of every code block is unchanged and that the colours of both classes are still the
block's own.
"""
import re

PRE = re.compile(r"<pre\b.*?</pre>", re.S)
PLAIN_SPAN = re.compile(r'<span class="[nw]">([^<]*)</span>')


def unwrap(html: str) -> str:
    return PRE.sub(lambda block: PLAIN_SPAN.sub(r"\1", block.group(0)), html)


def on_page_content(html, page, config, files):
    return unwrap(html)
