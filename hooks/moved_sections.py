"""MkDocs hook: links to sections that moved to another page keep working.

A link such as `pool/#chunksize` was shared before the Pool page was split. The fragment
never reaches a server, so a redirect cannot catch it; instead the old page carries a small
inline script that sends a reader who arrives with a moved fragment to the section's new
home. The map below is the only place that lists moves; tests/test_moved_sections.py checks
that every target exists in the built site.
"""
import json

# Old page -> {fragment: new page (as a docs path) and fragment}.
MOVED = {
    "pool.md": {
        fragment: f"{page}#{fragment}"
        for page, fragments in {
            "pool-workers.md": [
                "chunksize",
                "initializer-and-initargs-set-up-each-worker-once",
                "giving-a-lock-or-a-queue-to-pool-workers",
                "maxtasksperchild-recycle-workers",
                "max_tasks_per_child-above-1-can-hang-cpython-issue-gh-115634",
                "close-join-terminate-and-leaving-with-pool",
                "fire-and-forget-apply_async-safely",
                "pool-size",
                "a-progress-bar-with-tqdm",
            ],
            "executors.md": [
                "threadpool-and-concurrentfutures",
                "side-by-side",
                "a-worker-process-that-dies",
                "which-worker-died-and-how-315",
                "stopping-workers-that-never-return-terminate_workers-314",
            ],
        }.items()
        for fragment in fragments
    },
}

SCRIPT = """<script>(function () {{
  var moved = {moved};
  var to = moved[location.hash.slice(1)];
  if (to) location.replace(to);
}})();</script>"""


def url_of(page_file, doc_path):
    """The relative address of docs path `doc_path` from the page built from `page_file`."""
    depth = page_file.count("/") + 1  # pool.md is served as pool/index.html
    name, _, fragment = doc_path.partition("#")
    return "../" * depth + name[: -len(".md")] + "/#" + fragment


def on_page_content(html, page, **kwargs):
    moves = MOVED.get(page.file.src_uri)
    if not moves:
        return html
    targets = {old: url_of(page.file.src_uri, new) for old, new in moves.items()}
    return html + SCRIPT.format(moved=json.dumps(targets, sort_keys=True))
