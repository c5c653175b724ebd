"""The troubleshooting page's headings are real messages, found in real recordings.

Each `## ` heading on docs/troubleshooting.md is an error or warning exactly as a reader
sees it. Where an example reproduces it, the text must occur in a recording, so a message
that changes in a new Python version fails here. A message that cannot be produced on the
machine that runs the suite (a GPU's, a small /dev/shm's) says so in a "Not reproduced here"
note instead, with the reason.
"""
import re

import pytest

from harness import DOCS, EXAMPLES

PAGE = DOCS / "troubleshooting.md"
NOT_HERE = '!!! note "Not reproduced here"'


def sections():
    text = PAGE.read_text()
    parts = re.split(r"(?m)^## ", text)[1:]
    found = []
    for part in parts:
        heading, _, body = part.partition("\n")
        message = re.fullmatch(r"`(.+)`", heading.strip())
        assert message, f"heading is not one message in backticks: {heading!r}"
        found.append((message.group(1), body))
    return found


def flat(text):
    return re.sub(r"\s+", " ", text)


RECORDED = flat("\n".join(p.read_text() for p in EXAMPLES.rglob("*.out")))


def test_the_page_has_messages():
    assert len(sections()) >= 10


@pytest.mark.parametrize("message, body", sections(), ids=[m[:50] for m, _ in sections()])
def test_message_is_recorded_or_marked_not_reproduced(message, body):
    if NOT_HERE in body:
        assert message not in RECORDED, "it is recorded now: drop the note, link the example"
        return
    assert flat(message) in RECORDED, f"no recording prints {message!r}"


@pytest.mark.parametrize("message, body", sections(), ids=[m[:50] for m, _ in sections()])
def test_each_message_links_to_its_explanation(message, body):
    assert re.search(r"\]\([a-z0-9-]+\.md(#[\w-]+)?\)", body), "no link to a page"
