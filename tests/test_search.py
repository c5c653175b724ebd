"""Search as a reader uses it: an API name typed into the search box of the built site, or an
error message pasted there, leads first to the section that defines or explains it.

The site is built with `mkdocs build --strict`, served on 127.0.0.1 and searched in Debian's
Chromium through the theme's own search box and worker. "First" is where the theme goes when
the reader presses Enter: the best-scored link of the first result. Which section defines a
name comes from hooks/search_ranking.py: the names in inline code in its heading (or a
heading that is only API names, such as "Queue"), and DEFINED_IN for the rest. A section
explains a message when its heading is that message in inline code (the troubleshooting
page), or when EXPLAINED_IN says so (other versions' wording). Checked:

- every name some section defines, entered as it is written (`Pool.imap`,
  `BrokenProcessPool`, `shared_memory.SharedMemory`), finds that section first;
- every explained message, pasted whole (`RuntimeError: context has already been set`, with
  a real address or pid where the page shows `0x...` or `<pid>`) and without the
  exception's name, finds its section first;
- a few names typed key by key, then Enter, open the right section;
- the index is fetched when a search starts (hooks/search_on_demand.py), and at once on a
  page opened from a result, whose searched words it highlights;
- every public name of `multiprocessing` and `concurrent.futures` that a page shows in inline
  code (`mp.get_context()`, `pool.imap`) is defined by some section (no browser needed).

Cost: about 160 searches on the site build the other modules share, 70 s on two cores with a load average of 2 to 4
(95 s at 14).
"""
from __future__ import annotations

import collections
import functools
import html
import json
import re
import subprocess
import urllib.parse

import pytest

import harness
import pages
import search_ranking  # hooks/
import test_browser
from test_browser import Watch, new_context

pytestmark = pytest.mark.xdist_group("search")

# Typed key by key and followed by Enter, as a reader does it. (Each key is a search of its
# own; messages are pasted, as readers do, in the tests above.)
TYPED = ["BrokenProcessPool", "Pool.imap", "shared_memory.SharedMemory", "Queue"]


def separator() -> str:
    import yaml
    from harness import ROOT
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text())
    return next(p["search"] for p in config["plugins"]
                if isinstance(p, dict) and "search" in p)["separator"]


SEPARATOR = separator()


# --- the site, built, served, and a browser (as tests/test_browser.py does it) -------------

@pytest.fixture(scope="module")
def site():
    return pages.shared_site()  # the one build the other modules read


@pytest.fixture(scope="module")
def base_url(site):
    with test_browser.served(site) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    executable = test_browser.find_chromium()
    if executable is None:
        test_browser.unavailable("no Chromium found")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as error:
        test_browser.unavailable(f"Playwright is not installed ({error})")
    with sync_playwright() as playwright:
        # Debian's Chromium, never a downloaded browser build.
        browser = playwright.chromium.launch(executable_path=executable,
                                             args=test_browser.CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


def index_of(site) -> dict:
    return json.loads((site / "search" / "search_index.json").read_text())


def expected(site) -> dict[str, set[str]]:
    """{query: the locations (page/#anchor) that may come first}."""
    docs = index_of(site)["docs"]
    defined, problems = search_ranking.definitions(docs)
    assert problems == []
    where: dict[str, set[str]] = collections.defaultdict(set)
    for location, names in defined.items():
        for name in names:
            where[name].add(location)
    explained, problems = search_ranking.explanations(docs)
    assert problems == []
    for message, location in explained.items():
        for pasted in pasted_forms(message):
            where[pasted].add(location)
    return dict(where)


def pasted_forms(message: str) -> list[str]:
    """A message as a reader pastes it, with an address and a pid where the page shows
    placeholders, whole and without the exception's name."""
    message = message.replace("0x...", "0x7f3a9c2e1d60").replace("<pid>", "48213")
    return list(dict.fromkeys([message, search_ranking.message_part(message)]))


def messages(site) -> set[str]:
    docs = index_of(site)["docs"]
    return {pasted for message in search_ranking.explanations(docs)[0]
            for pasted in pasted_forms(message)}


# --- the search box ------------------------------------------------------------------------

FIRST_RESULT = """
() => {
  // What the theme's Enter key opens: of the links in the first result, the best-scored one.
  const result = document.querySelector("[data-md-component=search-result]");
  const links = [...result.querySelectorAll(":first-child [href]")].map(a => ({
    href: a.href,
    score: parseFloat(a.firstElementChild.getAttribute("data-md-score")),
    title: a.querySelector("h1, h2")?.textContent || ""}));
  links.sort((a, b) => b.score - a.score);
  return links[0] || null;
}
"""
SETTLED = """
() => /\\d+ matching|No matching/.test(
    document.querySelector('.md-search-result__meta').textContent)
"""
# Typed key by key, the search answers every prefix; the answer to the whole query is the one
# whose first result highlights the query's last word (the theme's ?h= parameter).
ANSWERED = f"""
word => {{
  if (!({SETTLED})()) return false;
  const best = ({FIRST_RESULT})();
  return !best || (new URL(best.href).searchParams.get("h") || "").split(" ").includes(word);
}}
"""


def location(href: str, base_url: str) -> str:
    """'pool/#chunksize' for http://127.0.0.1:PORT/<prefix>/pool/?h=chunksize#chunksize."""
    parts = urllib.parse.urlsplit(href)
    path = parts.path[len(urllib.parse.urlsplit(base_url).path):]
    return path + (f"#{parts.fragment}" if parts.fragment else "")


def first_result(page, query: str, typed: bool = False) -> dict | None:
    """Put `query` in the search box (pasted, or typed key by key) and return the first result
    once the search has answered it. The theme searches on keyup: after a paste, End gives
    it one without changing the query."""
    field = page.locator(".md-search__input")
    if not field.is_visible():
        page.locator("label.md-header__button[for='__search']").click()
    field.click()
    page.evaluate("document.querySelector('.md-search-result__meta').textContent = ''")
    if typed:
        field.fill("")
        field.press_sequentially(query, delay=15)
        last = search_ranking.split_words(query, SEPARATOR)[-1]
        page.wait_for_function(ANSWERED, arg=last)
    else:
        field.fill(query)
        field.press("End")
        page.wait_for_function(SETTLED)
    return page.evaluate(FIRST_RESULT)


@pytest.fixture(scope="module")
def answers(browser, base_url, site) -> dict:
    """The first result of every query, pasted into the search box of one page."""
    context = new_context(browser, "desktop")
    page = context.new_page()
    watch = Watch(page, base_url)
    page.goto(base_url, wait_until="load")
    found = {query: first_result(page, query) for query in sorted(expected(site))}
    found["problems while searching"] = watch.take()
    context.close()
    return found


def misses(answers, base_url, site, queries) -> list[str]:
    wanted = expected(site)
    problems = []
    for query in queries:
        best = answers[query]
        got = location(best["href"], base_url) if best else None
        if got not in wanted[query]:
            title = f" ({best['title'].strip()})" if best else ""
            problems.append(f"{query!r} -> {got}{title}; expected {sorted(wanted[query])}")
    return problems


def test_every_defined_name_finds_its_section(answers, base_url, site):
    pasted = messages(site)
    names = [query for query in expected(site) if query not in pasted]
    assert len(names) >= 60, f"only {len(names)} names are defined: has the hook run?"
    assert answers["problems while searching"] == []
    assert misses(answers, base_url, site, names) == []


def test_pasted_error_messages_find_their_explanation(answers, base_url, site):
    pasted = sorted(messages(site))
    assert len(pasted) >= 10, f"only {len(pasted)} messages are explained"
    assert misses(answers, base_url, site, pasted) == []


def test_typing_a_name_and_enter_opens_its_section(browser, base_url, site):
    wanted = expected(site)
    context = new_context(browser, "desktop")
    page = context.new_page()
    watch = Watch(page, base_url)
    problems = []
    page.goto(base_url, wait_until="load")
    for query in TYPED:  # each from the page the one before opened
        first_result(page, query, typed=True)
        with page.expect_navigation(wait_until="load"):
            page.locator(".md-search__input").press("Enter")
        got = location(page.url, base_url)
        if got not in wanted[query]:
            problems.append(f"{query!r} + Enter opened {got}; expected {sorted(wanted[query])}")
    problems += watch.take()
    context.close()
    assert problems == []


def test_index_is_fetched_when_a_search_starts(browser, base_url):
    """hooks/search_on_demand.py: a page loads without the search index; focusing the search
    field fetches it; a page opened from a search result (?h=) fetches it at once."""
    context = new_context(browser, "desktop")
    page = context.new_page()
    watch = Watch(page, base_url)
    fetched = []
    page.on("request", lambda r: "search_index.json" in r.url and fetched.append(r.url))
    page.goto(base_url + "pool/", wait_until="load")
    page.wait_for_load_state("networkidle")
    assert fetched == [], "the index was fetched before any search"
    with page.expect_response(lambda r: "search_index.json" in r.url and r.ok):
        page.locator(".md-search__input").click()
    fetched.clear()
    page.goto(base_url + "pool/?h=imap", wait_until="load")
    page.wait_for_load_state("networkidle")
    assert len(fetched) == 1, "a page opened from a result highlights with the index"
    assert page.locator(".md-content mark").count() > 0
    assert watch.take() == []
    context.close()


# --- every public name shown is defined somewhere (no browser) -----------------------------

MODULE_PREFIXES = ("multiprocessing.shared_memory.", "multiprocessing.managers.",
                   "multiprocessing.pool.", "concurrent.futures.process.",
                   "concurrent.futures.", "multiprocessing.", "mp.")


PUBLIC_NAMES = """
import concurrent.futures, json, multiprocessing, multiprocessing.pool
import multiprocessing.shared_memory
names = set()
for module in (multiprocessing, concurrent.futures, multiprocessing.shared_memory):
    names.update(n for n in getattr(module, "__all__", dir(module)) if not n.startswith("_"))
for cls in (multiprocessing.pool.Pool, multiprocessing.Process):
    names.update(f"{cls.__name__}.{n}" for n in dir(cls) if not n.startswith("_"))
print(json.dumps(sorted(names)))
"""


@functools.cache
def public_names() -> set[str]:
    """Public names of multiprocessing and concurrent.futures, with Pool's and Process's
    methods as `Pool.imap`, on every Python the suite found: whichever runs the tests, a name
    that only 3.14 has (InterpreterPoolExecutor) is checked too."""
    names = set()
    for python in harness.all_pythons():
        out = subprocess.run([python.executable, "-c", PUBLIC_NAMES], capture_output=True,
                             text=True, check=True).stdout
        names.update(json.loads(out))
    # Submodules and logging levels are not API a reader looks up by name.
    names -= {"SUBDEBUG", "SUBWARNING", "sys", "util", "heap", "reducer", "reduction", "spawn",
              "process", "context", "queues", "synchronize", "pool", "managers", "connection",
              "resource_tracker", "sharedctypes"}
    names.update({"ThreadPool", "AsyncResult", "BaseManager", "SyncManager",
                  "SharedMemoryManager", "BrokenProcessPool", "shared_memory"})
    return names


def shown_name(code: str) -> str:
    """`mp.get_context("spawn")` -> get_context; `pool.imap` -> Pool.imap."""
    code = re.sub(r"\(.*\)$", "", html.unescape(code).strip())
    for prefix in MODULE_PREFIXES:
        if code.startswith(prefix):
            code = code[len(prefix):]
            break
    return "Pool." + code[5:] if code.startswith("pool.") else code


def test_every_public_name_shown_has_a_defining_section(site):
    """A page that starts showing a new public name (in inline code in its text) needs a
    section that defines it: a heading that names it, or an entry in DEFINED_IN."""
    docs = index_of(site)["docs"]
    defined, _ = search_ranking.definitions(docs)
    names = {name for found in defined.values() for name in found}
    last_words = {name.rsplit(".", 1)[-1] for name in names}
    api = public_names()
    shown = collections.defaultdict(set)
    for doc in docs:
        prose = re.sub(r"<pre>.*?</pre>", "", doc["text"], flags=re.S)
        for code in re.findall(r"<code>(.*?)</code>", prose):
            if (name := shown_name(code)) in api:
                shown[name].add(doc["location"])
    undefined = {name: sorted(where)[:3] for name, where in shown.items()
                 if name not in names and name.rsplit(".", 1)[-1] not in last_words}
    assert undefined == {}, "add these to DEFINED_IN in hooks/search_ranking.py"


def test_separator_keeps_camelcase_names_whole():
    """The search splits words where hooks/search_ranking.py splits them: not inside
    BrokenProcessPool (the CamelCase split made it match every page), but at dots."""
    words = search_ranking.split_words("concurrent.futures.process.BrokenProcessPool: a-b",
                                       SEPARATOR)
    assert words == ["concurrent", "futures", "process", "brokenprocesspool", "a", "b"]
