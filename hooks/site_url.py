"""MkDocs hook: take the site's public address, and its repository, from the environment.

SITE_URL decides the canonical links and the sitemap (sitemap.xml). mkdocs.yml keeps a
placeholder; a deployment sets SITE_URL (for GitHub Pages, the Pages URL) without editing the
file, and without YAML tags such as !ENV, so that mkdocs.yml stays plain YAML.

REPO_URL names the repository the site is built from (for GitHub Actions,
`${{ github.server_url }}/${{ github.repository }}`), and REPO_REF the commit or branch its
file links point at (default HEAD, the default branch; `${{ github.sha }}` pins the commit
the site was built from). With REPO_URL set, the header links to the repository and the
titles of code blocks that name a file link to that file (hooks/recorded_output.py). Unset,
the site shows no repository link at all: there is no placeholder address. The theme's
script that fetches a repository's stars and version from another host is never attached
(docs/overrides/partials/source.html), so the site still loads nothing from other hosts.
"""
import os
import urllib.parse


def on_config(config, **kwargs):
    site_url = os.environ.get("SITE_URL", "").strip()
    if site_url:
        # MkDocs expects a trailing slash on a site URL that has a path.
        config["site_url"] = site_url if site_url.endswith("/") else site_url + "/"
    repo_url = os.environ.get("REPO_URL", "").strip().rstrip("/")
    if repo_url:
        parts = urllib.parse.urlsplit(repo_url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ValueError(f"REPO_URL must be an http(s) address, not {repo_url!r}")
        config["repo_url"] = repo_url
        config["repo_name"] = parts.path.strip("/").removesuffix(".git") or parts.netloc
        config["edit_uri"] = ""  # no edit links: the guide is changed through its tests
        config["extra"]["repo_ref"] = os.environ.get("REPO_REF", "").strip() or "HEAD"
    return config
