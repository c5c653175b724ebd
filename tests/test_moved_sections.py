"""Sections that moved to another page are still found from their old links."""
import json
import re

import pytest

import moved_sections  # hooks/
import pages


@pytest.fixture(scope="module")
def site():
    return pages.shared_site()


def ids(html_file):
    return set(re.findall(r'\bid="([^"]+)"', html_file.read_text()))


@pytest.mark.parametrize("old_page", sorted(moved_sections.MOVED))
def test_every_moved_fragment_has_a_target(site, old_page):
    old_html = site / old_page.removesuffix(".md") / "index.html"
    old_ids = ids(old_html)
    for fragment, target in moved_sections.MOVED[old_page].items():
        page, _, new_fragment = target.partition("#")
        # The old page no longer has it (or the script would hijack a live section)...
        assert fragment not in old_ids, f"{old_page}#{fragment} is still there"
        # ...and the new page does.
        new_ids = ids(site / page.removesuffix(".md") / "index.html")
        assert new_fragment in new_ids, f"{target} does not exist"


def test_old_page_sends_each_moved_fragment_to_its_new_address(site):
    html = (site / "pool" / "index.html").read_text()
    found = re.search(r"var moved = (\{.*?\});", html)
    assert found, "the redirect script is missing from pool/"
    moved = json.loads(found.group(1))
    assert moved["chunksize"] == "../pool-workers/#chunksize"
    assert moved["side-by-side"] == "../executors/#side-by-side"
    assert set(moved) == set(moved_sections.MOVED["pool.md"])
