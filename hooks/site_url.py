"""MkDocs hook: take the site's public address from the SITE_URL environment variable.

The address decides the canonical links and the sitemap (sitemap.xml). mkdocs.yml keeps a
placeholder; a deployment sets SITE_URL (for GitHub Pages, the Pages URL) without editing the
file, and without YAML tags such as !ENV, so that mkdocs.yml stays plain YAML.
"""
import os


def on_config(config, **kwargs):
    site_url = os.environ.get("SITE_URL", "").strip()
    if site_url:
        # MkDocs expects a trailing slash on a site URL that has a path.
        config["site_url"] = site_url if site_url.endswith("/") else site_url + "/"
    return config
