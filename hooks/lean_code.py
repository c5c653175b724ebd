"""MkDocs hook: drop the highlighting spans that change nothing on screen.

Pygments wraps every token of a code block in a span. Here five kinds are drawn in the code
block's own text colour and nothing else, so their spans draw nothing: names (`n`, whose
colour `--md-code-hl-name-color` this site leaves at Material's default, the code's colour),
operators (`o`, `ow`) and punctuation (`p`), whose colours docs/stylesheets/extra.css sets
to the code's colour, and whitespace (`w`, which no rule styles). They are more than half of
the elements on a page full of examples, and every element costs style and layout time when
a phone opens the page. This hook keeps their text and drops the span around it, inside
`<pre>` blocks only. tests/test_pages.py checks that unwrapping keeps a sample block's text,
that no such span is left on a built page, and that these classes are still drawn in the
block's own colour.
"""
import re

PRE = re.compile(r"<pre\b.*?</pre>", re.S)
PLAIN_SPAN = re.compile(r'<span class="(?:n|w|o|ow|p)">([^<]*)</span>')


def unwrap(html: str) -> str:
    return PRE.sub(lambda block: PLAIN_SPAN.sub(r"\1", block.group(0)), html)


def on_page_content(html, page, config, files):
    return unwrap(html)
