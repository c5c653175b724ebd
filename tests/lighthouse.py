"""Lighthouse performance of every page of the built site, mobile preset, with a summary table.

    .venv/bin/python tests/lighthouse.py                 # build, serve, audit every page
    .venv/bin/python tests/lighthouse.py --site DIR      # audit a site built already
    .venv/bin/python tests/lighthouse.py pool/ gil/      # only these pages

Lighthouse comes from npm, pinned (LIGHTHOUSE below), installed on first use into
~/.cache/parallel-python-guide/lighthouse (outside the repository; GUIDE_LIGHTHOUSE_DIR names
another folder), and drives Debian's Chromium (/usr/bin/chromium, or GUIDE_CHROMIUM): no
browser is downloaded. The site is served on 127.0.0.1 under the path of its site URL, as
the browser tests serve it. Pages are audited one after the other, each RUNS times (the
median score counts), with Lighthouse's default mobile preset: a mid-range phone, simulated
slow 4G and a CPU four times slower than the machine's.

The scores depend on the machine: Lighthouse measures the work on the main thread and
multiplies it, so a machine busy with other work scores lower. The table therefore records
the load average before and after and at each page ("load", 1 minute), and Lighthouse's own
benchmark of the machine at each page ("benchmarkIndex"; Lighthouse warns below 1000, and
scores from such runs are too low). Audit on a quiet machine for numbers to quote;
--quiet-load waits for one before each audit.

Writes test-artifacts/lighthouse/summary.md (the table), summary.json, and each page's
Lighthouse report (<page>.json). Exits with status 1 if a page scores below --minimum
(default 90).
"""
from __future__ import annotations

import argparse
import datetime
import functools
import gzip
import http.server
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LIGHTHOUSE = "12.8.2"  # the last release that runs on Node 20 (13.x needs Node >= 22.19)
INSTALL_DIR = Path(os.environ.get("GUIDE_LIGHTHOUSE_DIR", "~/.cache/parallel-python-guide/"
                                  "lighthouse")).expanduser()
CHROMIUM = os.environ.get("GUIDE_CHROMIUM", "/usr/bin/chromium")
OUT = ROOT / "test-artifacts" / "lighthouse"
RUNS = 1


def lighthouse_cli() -> Path:
    """The pinned Lighthouse, installed with npm if it is not there yet."""
    cli = INSTALL_DIR / "node_modules" / "lighthouse" / "cli" / "index.js"
    package = INSTALL_DIR / "node_modules" / "lighthouse" / "package.json"
    if not package.exists() or json.loads(package.read_text())["version"] != LIGHTHOUSE:
        if not shutil.which("npm"):
            sys.exit("npm is needed to install Lighthouse (apt-get install npm)")
        INSTALL_DIR.mkdir(parents=True, exist_ok=True)
        print(f"installing lighthouse@{LIGHTHOUSE} into {INSTALL_DIR}", file=sys.stderr)
        subprocess.run(["npm", "install", "--prefix", str(INSTALL_DIR), "--no-audit",
                        "--no-fund", "--omit=dev", f"lighthouse@{LIGHTHOUSE}"], check=True)
    return cli


# --- the site, built and served ----------------------------------------------------------

def build(out: Path) -> Path:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet",
                    "--site-dir", str(out)], cwd=ROOT, env=env, check=True)
    return out


def site_pages(site: Path) -> tuple[str, list[str]]:
    """The path the site lives under ('/parallel-python/') and its pages ('', 'pool/', ...),
    from its sitemap."""
    namespace = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
    urls = [loc.text.strip() for loc in ET.parse(site / "sitemap.xml").iter(f"{namespace}loc")]
    paths = [urllib.parse.urlsplit(url).path for url in urls]
    prefix = paths[0] if paths[0].endswith("/") else paths[0].rsplit("/", 1)[0] + "/"
    return prefix, [path[len(prefix):] for path in paths]


COMPRESSED = {".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", ".map"}


class Handler(http.server.SimpleHTTPRequestHandler):
    """Serves the site under `prefix`, gzip-compressed where the browser accepts it, as
    GitHub Pages serves it (without compression every page would carry about 1 MB)."""
    prefix = "/"
    cache: dict[str, bytes] = {}

    def log_message(self, *args):
        pass

    def translate_path(self, path):
        path = urllib.parse.urlsplit(path).path
        if not path.startswith(self.prefix):
            return str(Path(self.directory) / "\0missing")
        return super().translate_path("/" + path[len(self.prefix):])

    def do_GET(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        if path.suffix not in COMPRESSED or not path.is_file() or \
                "gzip" not in self.headers.get("Accept-Encoding", ""):
            return super().do_GET()
        if str(path) not in self.cache:
            self.cache[str(path)] = gzip.compress(path.read_bytes(), 6)
        body = self.cache[str(path)]
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "max-age=600")  # GitHub Pages' caching
        self.end_headers()
        self.wfile.write(body)


def serve(site: Path, prefix: str) -> tuple[http.server.ThreadingHTTPServer, str]:
    handler = functools.partial(type("H", (Handler,), {"prefix": prefix}), directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}{prefix}"


# --- one audit ---------------------------------------------------------------------------

METRICS = {  # audit id -> column
    "first-contentful-paint": "FCP s",
    "largest-contentful-paint": "LCP s",
    "total-blocking-time": "TBT ms",
    "cumulative-layout-shift": "CLS",
    "speed-index": "SI s",
}


def audit(cli: Path, url: str, report: Path) -> dict:
    env = {**os.environ, "CHROME_PATH": CHROMIUM}
    with tempfile.TemporaryDirectory(prefix="lighthouse-profile-") as profile:
        run = subprocess.run(
            ["node", str(cli), url, "--only-categories=performance", "--output=json",
             f"--output-path={report}", "--quiet",
             f"--chrome-flags=--headless=new --no-sandbox --disable-gpu "
             f"--user-data-dir={profile} --disable-background-networking "
             f"--disable-component-update --no-first-run"],
            env=env, capture_output=True, text=True, timeout=600)
    if run.returncode != 0 or not report.exists():
        raise RuntimeError(f"lighthouse failed on {url}:\n{run.stderr[-2000:]}")
    result = json.loads(report.read_text())
    audits = result["audits"]
    row = {"score": round(100 * (result["categories"]["performance"]["score"] or 0))}
    for key, column in METRICS.items():
        value = audits[key]["numericValue"]
        row[column] = round(value) if column.endswith("ms") else (
            round(value, 3) if column == "CLS" else round(value / 1000, 1))
    row["DOM elements"] = round(audits["dom-size"]["numericValue"])
    row["render-blocking ms"] = round(audits["render-blocking-resources"].get("numericValue", 0))
    row["KiB"] = round(audits["total-byte-weight"]["numericValue"] / 1024)
    work = {item["group"]: item["duration"]
            for item in audits["mainthread-work-breakdown"]["details"]["items"]}
    row["style+layout ms"] = round(work.get("styleLayout", 0))
    row["script ms"] = round(work.get("scriptEvaluation", 0))
    row["benchmarkIndex"] = round(result["environment"].get("benchmarkIndex", 0))
    row["load"] = round(os.getloadavg()[0], 1)
    return row


def wait_quiet(load: float, max_wait: float) -> None:
    until = time.time() + max_wait
    while os.getloadavg()[0] > load and time.time() < until:
        time.sleep(5)


def loadavg() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def table(rows: dict[str, dict]) -> str:
    columns = ["score", *METRICS.values(), "DOM elements", "render-blocking ms", "KiB",
               "style+layout ms", "script ms", "benchmarkIndex", "load"]
    lines = ["| page | " + " | ".join(columns) + " |", "|---" * (len(columns) + 1) + "|"]
    for page, row in rows.items():
        lines.append(f"| {page or '/'} | " + " | ".join(str(row[c]) for c in columns) + " |")
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("pages", nargs="*", help="pages to audit ('pool/'); default: all")
    parser.add_argument("--site", type=Path, help="a built site (default: build one)")
    parser.add_argument("--runs", type=int, default=RUNS, help="audits per page (median)")
    parser.add_argument("--minimum", type=int, default=90, help="lowest acceptable score")
    parser.add_argument("--quiet-load", type=float, default=None, metavar="LOAD",
                        help="before each audit, wait (up to --max-wait s) until the 1-minute "
                             "load average is at most LOAD")
    parser.add_argument("--max-wait", type=float, default=600)
    args = parser.parse_args(argv)

    cli = lighthouse_cli()
    with tempfile.TemporaryDirectory(prefix="lighthouse-site-") as scratch:
        site = args.site or build(Path(scratch) / "site")
        prefix, pages = site_pages(site)
        pages = args.pages or pages
        OUT.mkdir(parents=True, exist_ok=True)
        server, base = serve(site, prefix)
        started, load_before = time.time(), loadavg()
        rows = {}
        try:
            for page in pages:
                runs = []
                for number in range(args.runs):
                    if args.quiet_load is not None:
                        wait_quiet(args.quiet_load, args.max_wait)
                    name = (page.strip("/").replace("/", "_") or "index") + \
                        (f".{number + 1}" if args.runs > 1 else "")
                    runs.append(audit(cli, base + page, OUT / f"{name}.json"))
                rows[page] = sorted(runs, key=lambda r: r["score"])[len(runs) // 2]
                rows[page]["scores"] = [r["score"] for r in runs]
                print(f"{page or '/':24} {rows[page]['score']:3}  (load {loadavg()})",
                      file=sys.stderr)
        finally:
            server.shutdown()
            server.server_close()
    note = (f"Lighthouse {LIGHTHOUSE}, performance, mobile preset, {args.runs} run(s) per "
            f"page (median), Chromium at {CHROMIUM}; "
            f"{datetime.datetime.now().isoformat(timespec='minutes')}, "
            f"{round(time.time() - started)} s; load average (1, 5, 15 min) before "
            f"{load_before}, after {loadavg()} on {os.cpu_count()} CPUs.")
    summary = f"{note}\n\n{table(rows)}\n"
    (OUT / "summary.md").write_text(summary)
    (OUT / "summary.json").write_text(json.dumps({"note": note, "pages": rows}, indent=1))
    print(summary)
    low = [page or "/" for page, row in rows.items() if row["score"] < args.minimum]
    if low:
        print(f"below {args.minimum}: {', '.join(low)}", file=sys.stderr)
    return 1 if low else 0


if __name__ == "__main__":
    sys.exit(main())
