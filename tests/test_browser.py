"""The built site as a reader meets it, driven in a real browser (Debian's Chromium).

The site is built once with `mkdocs build --strict`, served on 127.0.0.1 from a free port under
the path of its configured site URL (as a host such as GitHub Pages serves it, 404.html
included), and opened with Playwright at a desktop and a phone viewport. Checked:

- every page loads with no console error, no failed request and no request to another host,
  has no horizontal overflow, and its first screen is saved in test-artifacts/browser/;
- every code block has a copy button, and what it copies is the code shown (for an included
  example, the example's own code);
- search, typed as a reader types, finds the right page (QUERIES below), and nonsense finds
  nothing;
- light and dark mode both render, and the toggle switches between them;
- the 404 page is served with its theme;
- the accessibility points the theme gets wrong stay fixed (search dialog name, contrast of
  code, output and footer text), images have alt text and headings go down one level at a
  time;
- the site reads at a laptop's width and on a phone: at 1280 px no code or output block
  scrolls sideways; at 390 px every table fits the page (stacked, one card per row), every
  plot's text is at least 11 px tall and at full contrast; and code in a table never wraps
  inside a name, at either size;
- without REPO_URL the site names no repository; with it, the header and every code block
  titled with a file link to the repository, and the theme still asks no other host for
  anything.

Without a browser the browser tests skip with the reason; under CI (CI=true) they fail.
Also here, because they are about the built site but need no browser: every internal link
and anchor resolves, the sitemap follows SITE_URL, and the deployment workflow runs the same
test command as CI.
"""
from __future__ import annotations

import contextlib
import functools
import http.server
import os
import re
import shutil
import threading
import urllib.parse
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

import pages
from harness import ROOT

pytestmark = pytest.mark.xdist_group("browser")  # one worker builds, serves and browses

ARTIFACTS = ROOT / "test-artifacts" / "browser"
# GUIDE_CHROMIUM names another Chromium binary (and is then the only one tried).
CHROMIUM_CANDIDATES = ([os.environ["GUIDE_CHROMIUM"]] if os.environ.get("GUIDE_CHROMIUM") else
                       ["/usr/bin/chromium", shutil.which("chromium") or "",
                        shutil.which("chromium-browser") or ""])
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
VIEWPORTS = {
    "desktop": dict(viewport={"width": 1280, "height": 800}),
    "phone": dict(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True),
}

# Real queries a reader types, and the pages that must answer them (one of them among the
# first three results). Add a line to extend: (query, {acceptable page paths}). The phone
# viewport runs the first PHONE_QUERIES of them.
QUERIES = [
    ("BrokenProcessPool", {"pool/", "mistakes/"}),
    ("Can't pickle", {"pickling/"}),
    ("imap_unordered", {"pool/"}),
    ("Can't pickle local object", {"pickling/"}),
    ("PicklingError", {"pickling/"}),
    ("maxtasksperchild", {"pool-workers/"}),
    ("TimeoutError", {"pool/", "mistakes/"}),
    ("set_start_method", {"start-methods/", "mistakes/"}),
    ("get_context", {"start-methods/"}),
    ("forkserver", {"start-methods/"}),
    ("daemonic processes", {"fundamentals/", "mistakes/"}),
    ("sched_getaffinity", {"fundamentals/", "pool/", "mistakes/"}),
    ("Barrier", {"synchronization/"}),
    ("JoinableQueue", {"queues/"}),
    ("shared_memory", {"queues/"}),
    ("SeedSequence", {"neural-networks/", "mistakes/"}),
    ("num_workers", {"neural-networks/"}),
]
PHONE_QUERIES = 3
NONSENSE = "zqxjvwpfh"


# --- the site, built and served ----------------------------------------------------------

@pytest.fixture(scope="module")
def site() -> Path:
    return pages.shared_site()


def sitemap_urls(site: Path) -> list[str]:
    tree = ET.parse(site / "sitemap.xml")
    namespace = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
    return [loc.text.strip() for loc in tree.iter(f"{namespace}loc")]


def site_prefix(site: Path) -> str:
    """The path the site lives under ('/parallel-python/'), from its sitemap."""
    first = urllib.parse.urlsplit(sitemap_urls(site)[0]).path
    return first if first.endswith("/") else first.rsplit("/", 1)[0] + "/"


class _Handler(http.server.SimpleHTTPRequestHandler):
    """Serves the site under `prefix`, and 404.html with status 404 for anything missing."""
    prefix = "/"

    def log_message(self, *args):  # keep the test output clean
        pass

    def translate_path(self, path):
        path = urllib.parse.urlsplit(path).path
        if not path.startswith(self.prefix):
            return str(Path(self.directory) / "\0missing")
        return super().translate_path("/" + path[len(self.prefix):])

    def send_error(self, code, message=None, explain=None):
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.exists():
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


@contextlib.contextmanager
def served(site: Path):
    """The built site served on 127.0.0.1 under its URL's path; yields the base URL."""
    prefix = site_prefix(site)
    handler = functools.partial(type("Handler", (_Handler,), {"prefix": prefix}),
                                directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{prefix}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def base_url(site):
    with served(site) as url:
        yield url


@pytest.fixture(scope="module")
def page_paths(site) -> list[str]:
    """Every page of the site, as paths relative to the site root ('', 'pool/', ...)."""
    prefix = site_prefix(site)
    paths = [urllib.parse.urlsplit(url).path[len(prefix):] for url in sitemap_urls(site)]
    built = sorted(p.parent.relative_to(site).as_posix() + "/"
                   for p in site.rglob("index.html") if p.parent != site)
    assert sorted(p for p in paths if p) == built, "the sitemap does not list every page"
    return paths


# --- the browser -------------------------------------------------------------------------

def find_chromium() -> str | None:
    for candidate in CHROMIUM_CANDIDATES:
        if candidate and os.path.isfile(candidate) and os.access(candidate, os.X_OK):
            return candidate
    return None


def unavailable(reason: str):
    """Skip, except under CI, where a browser test that cannot run is a failure."""
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason}; under CI the browser tests must run (.ci/run installs "
                    f"Debian's chromium when it runs as root)", pytrace=False)
    pytest.skip(f"{reason}; install Debian's chromium (apt-get install chromium) to run "
                f"the browser tests")


@pytest.fixture(scope="module")
def browser():
    executable = find_chromium()
    if executable is None:
        looked = ", ".join(filter(None, CHROMIUM_CANDIDATES))
        unavailable(f"no Chromium found (looked for {looked})")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as error:
        unavailable(f"Playwright is not installed ({error})")
    with sync_playwright() as playwright:
        # Debian's Chromium, never a downloaded browser build.
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


class Watch:
    """Console errors, failed requests and requests to other hosts seen by one page."""

    def __init__(self, page, base_url: str):
        self.host = urllib.parse.urlsplit(base_url).netloc
        self.problems: list[str] = []
        self.allowed_status: set[str] = set()
        page.on("console", lambda m: m.type == "error"
                and m.location.get("url") not in self.allowed_status
                and self.problems.append(f"console error: {m.text}"))
        page.on("pageerror", lambda e: self.problems.append(f"uncaught error: {e}"))
        # ERR_ABORTED is a request cut short by the next navigation (a favicon, say); a
        # resource that is really missing shows up as an HTTP error response instead.
        page.on("requestfailed", lambda r: "ERR_ABORTED" not in (r.failure or "") and
                self.problems.append(f"failed request: {r.url} ({r.failure})"))
        page.on("response", lambda r: r.status >= 400 and r.url not in self.allowed_status
                and self.problems.append(f"HTTP {r.status}: {r.url}"))
        page.on("request", self._request)

    def _request(self, request):
        parts = urllib.parse.urlsplit(request.url)
        if parts.scheme in ("http", "https", "ws", "wss") and parts.netloc != self.host:
            self.problems.append(f"request to another host: {request.url}")

    def take(self) -> list[str]:
        found, self.problems = self.problems, []
        return found


def slug(path: str) -> str:
    return path.strip("/").replace("/", "_") or "index"


def new_context(browser, viewport: str, **extra):
    context = browser.new_context(**VIEWPORTS[viewport], **extra)
    context.set_default_timeout(15_000)
    return context


# --- one visit per page and viewport ----------------------------------------------------

SHOW_EVERYTHING = """
() => {
  // Content tabs hide all but one block, and <details> may be closed: show them all.
  const style = document.createElement("style");
  style.textContent = ".tabbed-set > .tabbed-content > .tabbed-block { display: block !important }";
  document.head.appendChild(style);
  document.querySelectorAll("details").forEach(d => d.open = true);
}
"""

LAY_OUT_ALL = """
() => {
  // Blocks out of view are not laid out (content-visibility in extra.css) until the reader
  // scrolls near them: lay them all out, as the reader finds each one.
  const style = document.createElement("style");
  style.textContent = ".md-typeset * { content-visibility: visible !important }";
  document.head.appendChild(style);
}
"""

COPY_ALL = """
() => {
  // Press every copy button on the page and catch what it puts on the clipboard: the theme
  // copies through a selection and a "copy" event, which fires before click() returns.
  let copied = null;
  document.addEventListener("copy", event => {
    const source = event.target;
    copied = source && source.value !== undefined ? source.value : String(getSelection());
  }, true);
  return [...document.querySelectorAll(".md-content pre")]
    .filter(pre => pre.querySelector(":scope > code"))
    .map(pre => {
      const button = pre.querySelector("button.md-code__button[data-md-type='copy'], button.md-clipboard");
      copied = null;
      if (button) button.click();
      return {title: pre.parentElement.querySelector(".filename")?.textContent || "",
              shown: pre.querySelector(":scope > code").innerText,
              button: Boolean(button), copied};
    });
}
"""

SNIPPET_MARKER = re.compile(r"^\s*#?\s*-{1,2}8<-{1,2}\s*\[(start|end):[^\]]*\]\s*$")


def example_code(title: str) -> str | None:
    """An included example's code as a page shows it (section markers removed)."""
    path = ROOT / title.strip()
    if not title.strip().startswith("examples/") or not path.is_file():
        return None
    return "\n".join(ln for ln in path.read_text().splitlines() if not SNIPPET_MARKER.match(ln))


def read_clipboard(page, timeout: float = 3.0) -> str:
    """The clipboard's text once something has arrived there (the write is asynchronous)."""
    return page.evaluate("""async timeout => {
        const until = Date.now() + timeout;
        let text = "";
        while (!(text = await navigator.clipboard.readText()) && Date.now() < until)
            await new Promise(resolve => setTimeout(resolve, 50));
        return text;
    }""", timeout * 1000)


def visible_text(text: str) -> str:
    """Text as a reader sees it: spaces at the end of a line are invisible (a traceback's
    "KeyboardInterrupt: " has one), and the theme's copy button may drop them."""
    return "\n".join(line.rstrip() for line in text.rstrip("\n").split("\n"))


def copy_problems(page, where: str, real_click_only: bool) -> list[str]:
    problems = []
    first = page.locator(".md-content pre:has(> code):visible").first
    if first.count():
        # A real click on the first block's button, as a reader (or a thumb) does it.
        page.evaluate("navigator.clipboard.writeText('')")
        first.hover()
        first.locator("button.md-code__button[data-md-type='copy'], button.md-clipboard").click()
        copied = read_clipboard(page)
        if visible_text(copied) != visible_text(first.locator("code").inner_text()):
            problems.append(f"{where}: the first copy button put {copied[:60]!r} on the clipboard")
    if real_click_only:
        return problems
    for number, block in enumerate(page.evaluate(COPY_ALL), 1):
        block_where = f"{where} code block {number} {block['title']}".rstrip()
        if not block["button"]:
            problems.append(f"{block_where}: no copy button")
        elif block["copied"] is None:
            problems.append(f"{block_where}: the copy button copied nothing")
        elif visible_text(block["copied"]) != visible_text(block["shown"]):
            problems.append(f"{block_where}: copied text differs from the text shown")
        elif (code := example_code(block["title"])) is not None and \
                block["copied"].strip() not in code:
            problems.append(f"{block_where}: copied text is not the example's code")
    return problems


@pytest.fixture(scope="module")
def visits(browser, base_url, page_paths) -> dict:
    """Open every page once per viewport (and once more in dark mode) and record what each
    test below asserts: problems while loading, overflow, copy buttons, accessibility."""
    found = {name: {key: [] for key in ("load", "overflow", "copy", "a11y", "code_width",
                                        "tables", "plots", "names")}
             for name in [*VIEWPORTS, "dark"]}
    for name in [*VIEWPORTS, "dark"]:
        viewport = "desktop" if name == "dark" else name
        context = new_context(browser, viewport,
                              color_scheme="dark" if name == "dark" else "light")
        origin = urllib.parse.urlsplit(base_url)
        context.grant_permissions(["clipboard-read", "clipboard-write"],
                                  origin=f"{origin.scheme}://{origin.netloc}")
        page = context.new_page()
        watch = Watch(page, base_url)
        folder = ARTIFACTS / name
        if name != "dark":
            folder.mkdir(parents=True, exist_ok=True)
        record = found[name]
        for path in [*page_paths, "no-such-page/"]:
            where = path or "/"
            url = base_url + path
            watch.allowed_status.add(base_url + "no-such-page/")
            response = page.goto(url, wait_until="load")
            expected = 404 if path == "no-such-page/" else 200
            if response is None or response.status != expected:
                record["load"].append(f"{where}: status {response and response.status}")
            if path == page_paths[0]:
                page.wait_for_load_state("networkidle")  # late requests too (search index)
            page.evaluate(LAY_OUT_ALL)
            if name != "dark":
                overflow = page.evaluate(
                    "document.documentElement.scrollWidth - window.innerWidth")
                if overflow > 1:
                    record["overflow"].append(f"{where}: {overflow}px wider than the viewport")
                # The first screen only: whole-page screenshots took almost half of this
                # fixture's time, and the checks above already measure the whole page.
                page.screenshot(path=str(folder / f"{slug(path)}.png"))
                if path != "no-such-page/":
                    record["copy"] += copy_problems(page, where, name == "phone")
            page.evaluate(SHOW_EVERYTHING)
            if name != "phone":
                record["a11y"] += [f"{where}: {p}" for p in page.evaluate(A11Y_CHECKS)]
            if name == "desktop":
                record["code_width"] += [f"{where}: {p}" for p in page.evaluate(CODE_WIDTH)]
            if name == "phone":
                record["tables"] += [f"{where}: {p}" for p in page.evaluate(TABLES_FIT)]
                record["plots"] += [f"{where}: {p}" for p in page.evaluate(PLOT_TEXT)]
            if name != "dark":
                record["names"] += [f"{where}: {p}" for p in page.evaluate(NAME_BREAKS)]
            record["load"] += [f"{where}: {p}" for p in watch.take()]
        context.close()
    return found


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
def test_every_page_loads_cleanly(visits, viewport):
    """No console errors, failed requests or requests to other hosts, on any page."""
    assert visits[viewport]["load"] == []


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
def test_no_horizontal_overflow(visits, viewport):
    assert visits[viewport]["overflow"] == []


def test_no_code_block_scrolls_sideways_at_1280(visits):
    """At 1280 px (the desktop viewport) every code and output block on every page, tabs and
    collapsed blocks included, fits its width: examples are written to 99 characters and the
    layout holds 101 (docs/stylesheets/extra.css); output wraps where Python's own messages
    are longer."""
    assert VIEWPORTS["desktop"]["viewport"]["width"] == 1280
    assert visits["desktop"]["code_width"] == []


def test_tables_fit_a_phone(visits):
    """At 390 px every table fits the page: rows stack into cards, nothing scrolls sideways."""
    assert VIEWPORTS["phone"]["viewport"]["width"] == 390
    assert visits["phone"]["tables"] == []


def test_plots_are_legible_on_a_phone(visits):
    """At 390 px every plot's text is at least 11 px tall as shown, and at least 4.5:1 against
    the plot's white background; every plot links to its file, to open it full size."""
    assert visits["phone"]["plots"] == []


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
def test_code_in_tables_never_breaks_inside_a_name(visits, viewport):
    """Code and names in table cells and headers wrap between words or after a dot or a
    bracket (the hook adds <wbr>), never inside a name such as imap_unordered."""
    assert visits[viewport]["names"] == []


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
def test_every_page_has_a_screenshot(visits, page_paths, viewport):
    shots = {p.stem for p in (ARTIFACTS / viewport).glob("*.png")}
    assert {slug(p) for p in page_paths} <= shots


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
def test_every_code_block_copies_what_it_shows(visits, viewport):
    """Every code block has a copy button that copies the code shown (for an included example,
    its code). At desktop size every button is pressed; at both sizes the first one of each
    page is clicked for real and the clipboard read back."""
    assert visits[viewport]["copy"] == []


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_accessibility_basics(visits, scheme):
    """The checks behind the Lighthouse audits the theme fails by default (search dialog name,
    text contrast, links told apart by more than colour, landmark names), plus alt text and
    heading order, on every page and the 404 page."""
    assert visits["desktop" if scheme == "light" else "dark"]["a11y"] == []


A11Y_CHECKS = """
async () => {
  // The theme labels its code-block landmarks from a script (docs/overrides/main.html) just
  // after the page is shown: give it up to two seconds.
  for (let i = 0; i < 40 && document.querySelector(".md-content nav:not([aria-label])"); i++)
    await new Promise(resolve => setTimeout(resolve, 50));
  const problems = [];
  const channel = c => { c /= 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; };
  const rgba = s => (s.match(/[\\d.]+/g) || []).map(Number);
  const lum = ([r, g, b]) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  const background = el => {
    // Composite the backgrounds of the element and its ancestors over white, outermost first
    // (the theme layers translucent footer backgrounds).
    const layers = [];
    for (; el; el = el.parentElement) layers.push(rgba(getComputedStyle(el).backgroundColor));
    let colour = [255, 255, 255];
    for (const c of layers.reverse()) {
      const alpha = c.length > 3 ? c[3] : 1;
      colour = colour.map((v, i) => c[i] * alpha + v * (1 - alpha));
    }
    return colour;
  };
  const blend = (fg, bg) => fg.length > 3 && fg[3] < 1
    ? fg.slice(0, 3).map((v, i) => v * fg[3] + bg[i] * (1 - fg[3])) : fg.slice(0, 3);
  const contrast = el => {
    const bg = background(el), fg = blend(rgba(getComputedStyle(el).color), bg);
    const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x);
    return (a + 0.05) / (b + 0.05);
  };
  const label = el => el.outerHTML.slice(0, 80);

  const dialog = document.querySelector("[role=dialog]");
  if (dialog && !(dialog.getAttribute("aria-label") || dialog.getAttribute("aria-labelledby")))
    problems.push("search dialog has no accessible name");
  if (!document.documentElement.lang) problems.push("<html> has no lang");
  if (!document.title.trim()) problems.push("no <title>");
  if (!document.querySelector("meta[name=description]")?.content?.trim())
    problems.push("no meta description");
  document.querySelectorAll("img, svg[role=img]").forEach(img => {
    if (img.tagName === "IMG" && img.getAttribute("alt") === null) problems.push("image without alt: " + label(img));
    if (img.tagName !== "IMG" && !img.getAttribute("aria-label")) problems.push("svg image without a name: " + label(img));
  });
  let previous = 0;
  document.querySelectorAll(".md-content article :is(h1, h2, h3, h4, h5, h6)").forEach(h => {
    const level = Number(h.tagName[1]);
    if (level > previous + 1) problems.push(`heading skips a level: h${previous} -> ${label(h)}`);
    previous = level;
  });
  if (document.querySelectorAll(".md-content article h1").length !== 1) problems.push("not exactly one h1");
  // Landmarks need distinct names; the theme gives each code block an unnamed <nav>.
  const names = new Set();
  document.querySelectorAll(".md-content nav").forEach(nav => {
    const name = nav.getAttribute("aria-label") || "";
    if (names.has(name)) problems.push("two <nav> landmarks named " + JSON.stringify(name));
    names.add(name);
  });
  // Links in running text must not rely on colour alone (Lighthouse "link-in-text-block").
  document.querySelectorAll(".md-typeset p > a:not(.headerlink)").forEach(a => {
    if (!getComputedStyle(a).textDecorationLine.includes("underline"))
      problems.push("link in text without underline: " + label(a));
  });
  // Text contrast (WCAG AA, 4.5:1) where the theme is known to fall short: code tokens,
  // the footer, the page text; and the site's own output blocks and their titles.
  const seen = new Set();
  document.querySelectorAll(".md-typeset pre code span[class], .md-typeset a code, .md-footer-meta *, " +
                            ".md-content p, .md-typeset .output > .filename, .md-typeset .output pre > code")
    .forEach(el => {
      // One element of each kind is enough: the same class has the same colours.
      const key = el.tagName + "." + el.className + (el.closest("a") ? " in a link" : "");
      if (seen.has(key)) return;
      if (![...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim())) return;
      if (el.getClientRects().length === 0) return;
      seen.add(key);
      const ratio = contrast(el);
      if (ratio < 4.5) problems.push(`contrast ${ratio.toFixed(2)}:1 < 4.5:1: ${label(el)}`);
    });
  return problems;
}
"""


CODE_WIDTH = """
() => [...document.querySelectorAll(".md-content pre")].flatMap(pre => {
  // Material scrolls the <code> inside each <pre>; either one scrolling is a failure.
  const code = pre.querySelector(":scope > code") || pre;
  if (code.getClientRects().length === 0) return [];
  const hidden = Math.max(code.scrollWidth - code.clientWidth, pre.scrollWidth - pre.clientWidth);
  if (hidden <= 1) return [];
  const title = pre.parentElement.querySelector(":scope > .filename")?.textContent || "untitled";
  const longest = code.innerText.split("\\n").reduce((a, b) => b.length > a.length ? b : a, "");
  return [`${title}: scrolls ${hidden}px sideways (longest line, ${longest.length} characters: ` +
          `${JSON.stringify(longest.slice(0, 60))}...)`];
})
"""

TABLES_FIT = """
() => {
  const column = document.querySelector(".md-content__inner").getBoundingClientRect();
  return [...document.querySelectorAll(".md-content table")].flatMap(table => {
    if (table.getClientRects().length === 0) return [];
    const problems = [], rect = table.getBoundingClientRect();
    const name = (table.querySelector("th")?.innerText || "table").trim().slice(0, 30);
    const wrap = table.closest(".md-typeset__scrollwrap");
    if (wrap && wrap.scrollWidth > wrap.clientWidth + 1)
      problems.push(`table "${name}" scrolls ${wrap.scrollWidth - wrap.clientWidth}px sideways`);
    if (rect.right > column.right + 1 || rect.left < column.left - 1)
      problems.push(`table "${name}" sticks out of the column`);
    table.querySelectorAll("td").forEach(cell => {
      if (cell.scrollWidth > cell.clientWidth + 1)
        problems.push(`table "${name}": a cell is ${cell.scrollWidth - cell.clientWidth}px ` +
                      `too narrow for ${JSON.stringify(cell.innerText.slice(0, 40))}`);
    });
    return problems;
  });
}
"""

PLOT_TEXT = """
async () => {
  // Draw each plot's SVG into the page at the width the <img> has on screen and measure
  // every text element as drawn (font size times the scale the SVG is drawn at).
  const channel = c => { c /= 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; };
  const lum = ([r, g, b]) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  const problems = [];
  for (const img of document.querySelectorAll(".md-content img[src$='.svg']")) {
    const name = img.getAttribute("src").split("/").pop();
    const link = img.closest("figure")?.querySelector("a[href$='.svg']");
    if (!link || link.href !== img.src) problems.push(`${name}: no link to open it full size`);
    const width = img.getBoundingClientRect().width;
    const source = await (await fetch(img.src)).text();
    const holder = document.createElement("div");
    holder.style.cssText = `position: absolute; left: 0; top: 0; width: ${width}px; visibility: hidden`;
    holder.innerHTML = source.slice(source.indexOf("<svg"));
    const svg = holder.querySelector("svg");
    svg.setAttribute("width", `${width}px`);
    svg.removeAttribute("height");
    document.body.appendChild(holder);
    let smallest = Infinity, smallestText = "", texts = 0;
    for (const text of svg.querySelectorAll("text")) {
      if (!text.textContent.trim()) continue;
      texts++;
      const m = text.getScreenCTM();
      const size = parseFloat(getComputedStyle(text).fontSize) * Math.hypot(m.a, m.b);
      if (size < smallest) { smallest = size; smallestText = text.textContent.trim(); }
      const fill = (getComputedStyle(text).fill.match(/[\\d.]+/g) || [0, 0, 0]).map(Number);
      const ratio = 1.05 / (lum(fill) + 0.05);  // against the plot's white background
      if (ratio < 4.5)
        problems.push(`${name}: text ${JSON.stringify(text.textContent.trim())} at ${ratio.toFixed(2)}:1`);
    }
    holder.remove();
    if (!texts) problems.push(`${name}: no text found (is its text still text?)`);
    if (smallest < 11)
      problems.push(`${name}: text ${JSON.stringify(smallestText)} is ${smallest.toFixed(1)}px ` +
                    `tall at ${Math.round(width)}px wide (at least 11px)`);
  }
  return problems;
}
"""

NAME_BREAKS = """
() => {
  // Walk the characters of code in table cells; where one starts a new line, the two
  // characters around the break must not both belong to a name.
  const problems = [], word = /[A-Za-z0-9_]/;
  document.querySelectorAll(".md-content :is(td, th) code").forEach(code => {
    if (code.getClientRects().length < 2) return;
    const walker = document.createTreeWalker(code, NodeFilter.SHOW_TEXT);
    let previous = null, previousTop = null;
    for (let node; (node = walker.nextNode());) {
      for (let i = 0; i < node.length; i++) {
        const range = document.createRange();
        range.setStart(node, i); range.setEnd(node, i + 1);
        const rect = range.getClientRects()[0];
        if (!rect) continue;
        const ch = node.data[i];
        if (previousTop !== null && rect.top > previousTop + 2 && previous !== null &&
            word.test(previous) && word.test(ch)) {
          problems.push(`${JSON.stringify(code.textContent.slice(0, 50))} breaks inside a name`);
          return;
        }
        previous = ch; previousTop = rect.top;
      }
    }
  });
  return problems;
}
"""

# --- search ------------------------------------------------------------------------------

def search(page, base_url: str, query: str) -> tuple[str, list[str]]:
    """Type `query` into the search box as a reader does; return the result summary and the
    result pages, best first, as paths relative to the site."""
    field = page.locator(".md-search__input")
    if not page.evaluate("document.getElementById('__search').checked"):
        opener = page.locator("label.md-header__button[for='__search']")
        if opener.is_visible():  # at phone size, the magnifier button in the header
            opener.click()
        else:  # at desktop size, the search field in the header
            field.click()
    field.fill("")
    page.wait_for_function(  # the previous query's results are gone
        """() => !/\\d+ matching|No matching/.test(
                document.querySelector('.md-search-result__meta').textContent)""")
    field.press_sequentially(query, delay=20)
    meta = page.locator(".md-search-result__meta")
    page.wait_for_function(
        """() => /\\d+ matching|No matching/.test(
                document.querySelector('.md-search-result__meta').textContent)""")
    page.wait_for_timeout(200)  # results settle after the last keystroke
    links = page.eval_on_selector_all(
        ".md-search-result__item > a.md-search-result__link:first-child",
        "links => links.map(a => a.href)")
    prefix = urllib.parse.urlsplit(base_url).path
    found = [urllib.parse.urlsplit(link).path[len(prefix):] for link in links]
    return meta.inner_text().strip(), found


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
def test_search_finds_the_right_pages(browser, base_url, page_paths, viewport):
    context = new_context(browser, viewport)
    page = context.new_page()
    watch = Watch(page, base_url)
    page.goto(base_url, wait_until="load")
    problems = []
    for query, wanted in QUERIES if viewport == "desktop" else QUERIES[:PHONE_QUERIES]:
        wanted = {p for p in wanted if p in page_paths} or wanted
        summary, found = search(page, base_url, query)
        if not wanted & set(found[:3]):
            problems.append(f"{query!r}: expected one of {sorted(wanted)} in the first three "
                            f"results, got {found[:5]} ({summary})")
    summary, found = search(page, base_url, NONSENSE)
    if found or not summary.startswith("No matching"):
        problems.append(f"{NONSENSE!r} should find nothing, got {found} ({summary})")
    problems += watch.take()
    page.screenshot(path=str(ARTIFACTS / f"search-{viewport}.png"))
    context.close()
    assert problems == []


# --- light and dark, the 404 page --------------------------------------------------------

LUMINANCE = """
() => {
  const [r, g, b] = getComputedStyle(document.body).backgroundColor.match(/\\d+/g).map(Number);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}
"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_light_and_dark_mode_render(browser, base_url, scheme):
    """The reader's preference picks the scheme; the toggle switches to the other one."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    context = new_context(browser, "desktop", color_scheme=scheme)
    page = context.new_page()
    watch = Watch(page, base_url)
    page.goto(base_url + "mistakes/", wait_until="load")
    expected, other = ("default", "slate") if scheme == "light" else ("slate", "default")
    assert page.get_attribute("body", "data-md-color-scheme") == expected
    luminance = page.evaluate(LUMINANCE)
    assert luminance > 0.8 if scheme == "light" else luminance < 0.25
    page.screenshot(path=str(ARTIFACTS / f"scheme-{scheme}.png"))
    page.locator("form[data-md-component='palette'] label:visible").first.click()
    page.wait_for_function(f"document.body.dataset.mdColorScheme === '{other}'")
    assert (page.evaluate(LUMINANCE) > 0.8) == (other == "default")
    assert watch.take() == []
    context.close()


def test_404_page(browser, base_url):
    context = new_context(browser, "desktop")
    page = context.new_page()
    watch = Watch(page, base_url)
    missing = base_url + "no-such-page/"
    watch.allowed_status.add(missing)
    response = page.goto(missing, wait_until="load")
    assert response.status == 404
    page.wait_for_load_state("networkidle")
    assert "404" in page.locator(".md-content h1").inner_text()
    assert page.locator(".md-header").is_visible()  # the theme's assets loaded
    assert page.locator(".md-nav__link").count() > 0  # navigation back into the site
    page.screenshot(path=str(ARTIFACTS / "404.png"))
    assert watch.take() == []
    context.close()


# --- links and anchors (no browser needed) -----------------------------------------------

class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for key in ("id", "name"):
            if attrs.get(key):
                self.ids.add(attrs[key])
        if tag == "a" and attrs.get("href"):
            self.hrefs.append(attrs["href"])


@functools.cache
def _parse(path: Path) -> _Links:
    parser = _Links()
    parser.feed(path.read_text(errors="replace"))
    return parser


def test_internal_links_and_anchors_resolve(site):
    """Every link inside the built site (pages, navigation, theme) reaches a file, and every
    #anchor an element with that id. MkDocs' own validation (strict build) checks the links
    written in Markdown; this also covers the HTML the theme adds."""
    site_url = urllib.parse.urlsplit(sitemap_urls(site)[0])
    broken = []
    for html in sorted(site.rglob("*.html")):
        if html.name == "404.html":
            continue  # its links are relative to whatever missing URL was asked for
        for href in _parse(html).hrefs:
            parts = urllib.parse.urlsplit(href)
            if parts.scheme in ("mailto", "javascript", "data"):
                continue
            if parts.scheme or parts.netloc:
                if parts.netloc != site_url.netloc:
                    continue  # external links are not followed (no network here)
                target = site / urllib.parse.unquote(parts.path)[len(site_url.path):]
            elif parts.path:
                target = (html.parent / urllib.parse.unquote(parts.path)).resolve()
            else:
                target = html
            if target.is_dir():
                target = target / "index.html"
            if not target.is_file():
                broken.append(f"{html.relative_to(site)}: {href} (no such file)")
            elif parts.fragment and target.suffix == ".html" and \
                    urllib.parse.unquote(parts.fragment) not in _parse(target).ids:
                broken.append(f"{html.relative_to(site)}: {href} (no such anchor)")
    assert broken == []


# --- descriptions, sitemap and site URL (no browser needed) -----------------------------

MY_PAGES = ["mistakes.md", "cheatsheet.md"]


@pytest.mark.parametrize("name", MY_PAGES)
def test_pages_have_a_description(name):
    text = (pages.DOCS / name).read_text()
    match = re.match(r"^---\n(.*?)\n---\n", text, re.S)
    assert match, f"{name} has no front matter"
    description = yaml.safe_load(match.group(1)).get("description", "")
    assert 50 <= len(description) <= 300, description


SITE_URL = "https://guide.example.org/sub/"
REPO_URL = "https://github.com/example-owner/parallel-python-guide"
REPO_REF = "0123456789abcdef0123456789abcdef01234567"


@pytest.fixture(scope="module")
def deployed_site() -> Path:
    """The site built as the deployment builds it: SITE_URL, REPO_URL and REPO_REF set."""
    return pages.shared_site({"SITE_URL": SITE_URL, "REPO_URL": REPO_URL,
                              "REPO_REF": REPO_REF})


def test_sitemap_follows_site_url(deployed_site):
    """SITE_URL decides the sitemap's and the canonical links' address (hooks/site_url.py)."""
    urls = sitemap_urls(deployed_site)
    assert urls and all(url.startswith(SITE_URL) for url in urls), urls[:3]
    assert f'<link rel="canonical" href="{SITE_URL}mistakes/"' in \
        (deployed_site / "mistakes" / "index.html").read_text()
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text())
    assert config.get("site_description", "").strip(), "mkdocs.yml has no site_description"


FILE_TITLE = re.compile(r'<span class="filename">(.*?)</span>', re.S)


def test_repository_links_only_when_configured(site, deployed_site):
    """Without REPO_URL no page names a repository (no placeholder address). With it, the
    header links to the repository, and every code block titled with a file of the
    repository links to that file at REPO_REF; the theme's script that would fetch the
    repository's stars from the GitHub API is not attached (data-md-component="source")."""
    for html in sorted(site.rglob("*.html")):
        text = html.read_text()
        assert 'class="md-source"' not in text, f"{html}: a repository link without REPO_URL"
        assert '<span class="filename"><a ' not in text, f"{html}: a file link without REPO_URL"

    problems, linked = [], 0
    for html in sorted(deployed_site.rglob("*.html")):
        text = html.read_text()
        where = html.relative_to(deployed_site)
        if 'data-md-component="source"' in text:
            problems.append(f"{where}: the theme would fetch repository facts from another host")
        if html.name == "index.html" and f'href="{REPO_URL}"' not in text:
            problems.append(f"{where}: no link to the repository")
        for title in FILE_TITLE.findall(text):
            plain_title = re.sub(r"<[^>]+>", "", title)
            if not (ROOT / plain_title).is_file():
                continue
            wanted = f'href="{REPO_URL}/blob/{REPO_REF}/{plain_title}"'
            if wanted not in title:
                problems.append(f"{where}: the title {plain_title} does not link to its file")
            linked += 1
    assert problems == []
    assert linked > 100, "expected the example titles to link to their files"


def test_repository_page_loads_nothing_from_other_hosts(browser, deployed_site):
    """With REPO_URL set, a page still makes no request to another host (no GitHub API)."""
    handler = functools.partial(type("Handler", (_Handler,), {"prefix": "/sub/"}),
                                directory=str(deployed_site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        base = f"http://127.0.0.1:{server.server_address[1]}/sub/"
        context = new_context(browser, "desktop")
        page = context.new_page()
        watch = Watch(page, base)
        page.goto(base + "pool/", wait_until="load")
        page.wait_for_load_state("networkidle")
        assert page.locator(f".md-header a.md-source[href='{REPO_URL}']").count() == 1
        assert watch.take() == []
        context.close()
    finally:
        server.shutdown()
        server.server_close()


# --- the deployment workflow (no browser needed) -----------------------------------------

WORKFLOW = ROOT / ".github" / "workflows" / "deploy.yml"


def test_deploy_workflow_runs_the_tested_commands():
    """The workflow parses, runs CI's own entry point (which runs exactly the README's test
    command) before anything is built for publishing, and builds the site the way the tests
    build it, with SITE_URL set to the published address."""
    workflow = yaml.safe_load(WORKFLOW.read_text())
    triggers = workflow.get("on", workflow.get(True))  # YAML 1.1 reads a bare `on` as True
    assert "push" in triggers and "workflow_dispatch" in triggers
    assert workflow["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}

    test_command = pages.readme_commands()[1]
    ci = [line.strip() for line in (ROOT / ".ci" / "run").read_text().splitlines()]
    assert test_command in ci, ".ci/run no longer runs the README's test command"

    steps = workflow["jobs"]["build"]["steps"]
    runs = [step.get("run", "").strip() for step in steps]
    uses = [str(step.get("uses", "")) for step in steps]
    test_at = next(i for i, run in enumerate(runs) if run in ("bash .ci/run", test_command))
    build_at = next(i for i, run in enumerate(runs)
                    if re.fullmatch(r"\S*python3? -m mkdocs build --strict --site-dir \S+", run))
    upload_at = next(i for i, use in enumerate(uses)
                     if use.startswith("actions/upload-pages-artifact@"))
    assert test_at < build_at < upload_at, "tests, then the build, then the upload"
    assert "SITE_URL" in steps[build_at].get("env", {})

    deploy = workflow["jobs"]["deploy"]
    assert deploy["needs"] == "build"
    assert any(str(step.get("uses", "")).startswith("actions/deploy-pages@")
               for step in deploy["steps"])
