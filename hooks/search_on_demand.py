"""MkDocs hook: fetch the search index when the reader starts a search, not with every page.

Material loads search/search_index.json (about 130 KB compressed, 650 KB of JSON to parse and
hand to the search worker, which then builds its index) as soon as any page opens, whether
or not the reader searches. On a phone that is download and processor time taken from the
page being read; Lighthouse counts it in the page's load.

This hook puts a small script before the theme's own: it holds the theme's request for the
index until the reader focuses the search field or opens the search (the magnifier on a
phone, the `s`, `f` and `/` keys, a `?q=` link), and sends it then. The theme shows
"Initializing search" meanwhile and runs the query typed so far when the index is ready. A
page opened from a search result (`?h=`, which highlights the words searched for) and a site
opened from files (`file:`) load the index at once, as before.
"""

SCRIPT = """<script>/* hooks/search_on_demand.py */(function () {
  if (location.protocol === "file:" || /[?&]h=/.test(location.search)) return;
  var open = XMLHttpRequest.prototype.open, send = XMLHttpRequest.prototype.send;
  var held = [], started = false;
  function start() {
    if (started) return;
    started = true;
    held.splice(0).forEach(function (call) {
      try { send.apply(call[0], call[1]); } catch (error) { /* aborted meanwhile */ }
    });
  }
  XMLHttpRequest.prototype.open = function (method, url) {
    this.searchIndex = /\\/search\\/search_index\\.json([?#]|$)/.test(String(url));
    return open.apply(this, arguments);
  };
  XMLHttpRequest.prototype.send = function () {
    if (this.searchIndex && !started) { held.push([this, arguments]); return; }
    return send.apply(this, arguments);
  };
  document.addEventListener("focusin", function (event) {
    if (event.target.closest && event.target.closest("[data-md-component=search]")) start();
  });
  document.addEventListener("change", function (event) {
    if (event.target.id === "__search" && event.target.checked) start();
  });
})();</script>"""


def on_post_page(output, page, config, **kwargs):
    """Insert the script before the theme's first script that is loaded from a file (the
    bundle that requests the index); pages without search are left as they are."""
    if 'data-md-component="search"' not in output:
        return output
    position = output.find("<script src=")
    if position < 0:
        return output
    return output[:position] + SCRIPT + "\n" + output[position:]
