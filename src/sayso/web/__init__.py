"""The web page over the ledger: `sayso serve`, or `create_app(db_url)` for any ASGI server.

Modules: `app` (the app factory and its state), `routes/` (one module per page, and
`api`), `templates/` and `static/` (Jinja2 pages, CSS, a little JavaScript), `pages`
(an article page's pieces), `highlight` (text cut by claim offsets), `chart` (SVG
geometry), `data` (queries the pages add to the ledger's, and caches), `schemas` (the
API's shapes), `security` (headers, body cap, cross-site posts, safe links), `fetch`
(URL fetching, off by default, public addresses only), `format` (template filters).
"""

from __future__ import annotations

from .app import MAX_UPLOAD_BYTES, create_app

__all__ = ["MAX_UPLOAD_BYTES", "create_app"]
