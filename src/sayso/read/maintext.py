"""The main text of an HTML page, as paragraphs that know how much of them is links.

trafilatura finds the article's container and cleans it; sayso asks for its precise mode
(the best of its modes on the ScrapingHub benchmark, see bench/extraction.py), falls
back to the default mode when the precise one keeps next to nothing, and re-joins an
article that the page cut into several sibling containers (between ads), which
trafilatura reads as the first piece only. Each paragraph comes with the share of its
characters that sit inside links: a paragraph that is one link is a teaser, not prose.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

import lxml.etree
import lxml.html
import trafilatura
from trafilatura.settings import Document

__all__ = ["Para", "main_text"]

_MIN_PRECISE = 600
"""Characters under which the precise mode is checked against the default mode."""
_BLOCK_TAGS = {"p", "head", "quote", "item", "cell", "list", "table", "row", "code"}
_MOSTLY_LINKS = 0.5
_MIN_PIECE = 200
"""Characters the other pieces must hold together to be taken as more of the article."""
_NEAR = 2
_OUTSIDE = re.compile(r"\b(?:footer|aside|nav|comments?|sidebar|related)\b", re.I)
"""Ancestors that hold widgets, never more of the article."""
_SOURCE_BLOCKS = ("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "dd", "blockquote", "div")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Para:
    """One paragraph of the main text: a `p`, a heading (`head`), a list `item`..."""

    text: str
    kind: str
    link_share: float = 0.0
    """Share of the characters inside links (0 for plain prose, 1 for a bare link)."""


def _flat(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def link_shares(tree: lxml.html.HtmlElement) -> dict[str, float]:
    """The share of link characters of every block of the source page, by its text.

    trafilatura's own link output changes what it extracts (and glues words to links),
    so the links are counted on the page itself, for the blocks the extraction kept.
    """
    shares: dict[str, float] = {}
    for element in tree.iter(_SOURCE_BLOCKS):
        text = _flat(element.text_content())
        if not text or len(text) > 3000 or text in shares:
            continue
        linked = sum(len(_flat(a.text_content())) for a in element.iter("a"))
        shares[text] = min(1.0, linked / len(text))
    return shares


def _paras(body: lxml.etree._Element, shares: dict[str, float]) -> list[Para]:
    """Paragraphs of trafilatura's XML body, innermost blocks first-class."""
    out: list[Para] = []

    def add(text: str | None, kind: str) -> None:
        text = _flat(text or "")
        if text:
            out.append(Para(text, kind, shares.get(text, 0.0)))

    def walk(element: lxml.etree._Element) -> None:
        add(element.text, "p")  # loose text at the start of a container
        for child in element:
            if not isinstance(child.tag, str):
                continue
            if child.tag in ("list", "table", "row") or (
                child.tag in _BLOCK_TAGS and any(c.tag in _BLOCK_TAGS for c in child)
            ):
                walk(child)
            else:
                add(" ".join(str(t) for t in child.itertext()), child.tag)
            add(child.tail, "p")  # loose text between blocks

    walk(body)
    return out


def _extract(html: str, url: str | None, precise: bool) -> Document | None:
    result = trafilatura.bare_extraction(
        html,
        url=url,
        favor_precision=precise,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        deduplicate=False,
    )
    return result if isinstance(result, Document) else None


def _length(doc: Document | None) -> int:
    return len(doc.text or "") if doc is not None else 0


def main_text(
    html: str, tree: lxml.html.HtmlElement | None = None, url: str | None = None
) -> tuple[list[Para], Document | None]:
    """The page's main-text paragraphs and trafilatura's record of the page (metadata).

    `tree` is the page already parsed by the caller (parsed here when not given).
    """
    doc = _extract(html, url, precise=True)
    if _length(doc) < _MIN_PRECISE:
        # The precise mode sometimes keeps a licence notice instead of the article.
        fallback = _extract(html, url, precise=False)
        if _length(fallback) > 3 * max(_length(doc), 1):
            doc = fallback
    if doc is None or doc.body is None:
        return [], doc
    if tree is None:
        tree = lxml.html.fromstring(html)
    shares = link_shares(tree)
    return _rejoin(_paras(doc.body, shares), tree, shares), doc


def _ancestry(element: lxml.html.HtmlElement) -> str:
    return " ".join(
        f"{a.tag} {a.get('class', '')} {a.get('id', '')}" for a in element.iterancestors()
    )


def _near(container: lxml.html.HtmlElement, other: lxml.html.HtmlElement) -> bool:
    """Pieces of one article are siblings, or cousins under a common grandparent."""
    mine = list(container.iterancestors())[:_NEAR]
    theirs = list(other.iterancestors())[:_NEAR]
    if any(a is container for a in other.iterancestors()) or any(a is other for a in mine):
        return False
    return any(a is b for a in mine for b in theirs)


def _rejoin(paras: list[Para], tree: lxml.html.HtmlElement, shares: dict[str, float]) -> list[Para]:
    """Add the pieces of an article cut into sibling containers of one kind.

    Some sites (Wired and other Condé Nast titles, for one) close the article's `div`
    before each ad and open another of the same class after it; trafilatura keeps the
    first piece. When the kept paragraphs sit in a container with a class, the
    paragraphs of the other containers with the same tag and class are added, in page
    order, unless they are mostly links.
    """
    sources: dict[str, lxml.html.HtmlElement] = {}
    for element in tree.iter("p"):
        sources.setdefault(_flat(element.text_content()), element)
    kept = [sources[p.text] for p in paras if p.kind == "p" and p.text in sources]
    if len(kept) < 2:
        return paras
    parents = Counter(element.getparent() for element in kept)
    container, count = parents.most_common(1)[0]
    classes = container.get("class") if container is not None else None
    if container is None or not classes or count < len(kept) / 2:
        return paras
    seen = {p.text for p in paras}
    extra: list[tuple[lxml.html.HtmlElement, str]] = []
    for other in tree.iter(container.tag):
        if other is container or other.get("class") != classes:
            continue
        if not _near(container, other) or _OUTSIDE.search(_ancestry(other)):
            continue
        for element in other.iter("p"):
            text = _flat(element.text_content())
            if text and text not in seen and shares.get(text, 0.0) < _MOSTLY_LINKS:
                extra.append((element, text))
                seen.add(text)
    if sum(len(text) for _, text in extra) < _MIN_PIECE:
        return paras
    order = {element: i for i, element in enumerate(tree.iter())}
    placed: list[tuple[float, int, Para]] = []
    at = -1.0
    for i, para in enumerate(paras):
        source = sources.get(para.text) if para.kind == "p" else None
        if source is not None and source in order:
            at = float(order[source])
        placed.append((at, i, para))
    for element, text in extra:
        placed.append((float(order[element]), len(placed), Para(text, "p", 0.0)))
    return [para for _, _, para in sorted(placed, key=lambda item: (item[0], item[1]))]
