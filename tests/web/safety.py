"""Checks that a page shows hostile strings as text and runs nothing but its own script."""

from __future__ import annotations

import lxml.html

__all__ = ["assert_inert"]

_FOREIGN_TAGS = ("img", "iframe", "object", "embed", "b", "i", "base", "meta[http-equiv]")


def assert_inert(html: str) -> lxml.html.HtmlElement:
    """Parse `html` and check that nothing from the ledger became markup: the only script
    is the page's own static file, no element has an event-handler attribute, no link or
    form points to `javascript:`, and none of the hostile strings' tags (`<img>`, `<b>`,
    `<i>`, `<svg onload>`) is an element."""
    assert "<script>window" not in html
    tree = lxml.html.fromstring(html)
    for script in tree.iter("script"):
        assert script.get("src") == "/static/app.js", lxml.html.tostring(script)
        assert not (script.text or "").strip()
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        for name, value in element.attrib.items():
            assert not name.lower().startswith("on"), (element.tag, name, value)
            if name.lower() in ("href", "src", "action", "formaction", "xlink:href"):
                assert not value.strip().lower().startswith(("javascript:", "data:")), value
        if element.tag == "svg":
            assert element.get("role") == "img"
    for tag in _FOREIGN_TAGS:
        assert not tree.cssselect(tag), tag
    return tree
