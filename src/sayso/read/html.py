"""HTML pages to a clean `Page`: trafilatura for the body and metadata, then sayso's rules.

trafilatura finds the main text and the page's metadata (title, byline, date, site name,
canonical URL). On top of it sayso moves captions and credits out of the body, drops the
furniture trafilatura keeps (provenance lines, bios, teasers) with the same paragraph
rules as the plain-text reader, and tells the original publisher from the site.
"""

from __future__ import annotations

import datetime as dt
import re

import lxml.etree
import lxml.html
import trafilatura

from ..errors import EmptyInput, MalformedInput
from .blocks import Block, classify
from .page import Page
from .provenance import WIRES, bio_of, name_from_domain, publisher_from_line, wire_from_dateline
from .text import paragraphs_of

__all__ = ["looks_like_html", "read_html"]

_HTML_START = re.compile(
    r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|div|p|article)\b", re.I | re.S
)
_CAPTION_CLASS = re.compile(r"caption|credit|figcaption|wp-caption-text", re.I)


def looks_like_html(text: str) -> bool:
    """True for a page whose first tag is an HTML document or block element."""
    return bool(_HTML_START.match(text[:2000]))


def _depth(tree: lxml.html.HtmlElement) -> int:
    depths = {tree: 0}
    deepest = 0
    for element in tree.iterdescendants():
        parent = element.getparent()
        level = depths.get(parent, 0) + 1
        depths[element] = level
        deepest = max(deepest, level)
    return deepest


def _captions(tree: lxml.html.HtmlElement) -> list[str]:
    found: list[str] = []
    for element in tree.iter("figcaption", "*"):
        if not isinstance(element.tag, str):
            continue
        classes = f"{element.get('class', '')} {element.get('id', '')}"
        if element.tag == "figcaption" or (
            element.tag in {"div", "p", "span", "small", "cite"} and _CAPTION_CLASS.search(classes)
        ):
            text = " ".join(element.text_content().split())
            if text and text not in found and not any(text in seen for seen in found):
                found.append(text)
    return found


def read_html(html: str, name: str, max_depth: int = 512, url: str | None = None) -> Page:
    """Read an HTML page. Raises `MalformedInput` for runaway nesting, `EmptyInput` when
    the page holds no article text."""
    try:
        tree = lxml.html.fromstring(html)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise MalformedInput(name, f"unreadable HTML ({exc})") from None
    depth = _depth(tree)
    # libxml2 stops nesting at 255 levels: a page that reaches it has been cut by the parser.
    if depth > max_depth or depth >= 255:
        raise MalformedInput(
            name,
            f"HTML nested {depth}+ levels deep (real pages stay under 100): an HTML bomb or a "
            "broken page; the parser cannot read it faithfully",
        )
    captions = _captions(tree)
    result = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        deduplicate=False,
    )
    extracted = None if isinstance(result, dict) else result
    body_text = extracted.text if extracted is not None and extracted.text else ""
    if not body_text.strip():
        raise EmptyInput(name, "no article text found in the HTML")
    page = Page(text="", captions=captions)
    body: list[str] = []
    in_tail = False
    for para in paragraphs_of(body_text):
        if any(para == caption or para in caption for caption in captions):
            continue
        kind = classify(para)
        if kind is Block.TAIL:
            in_tail = True
        elif kind is Block.PROVENANCE:
            page.publisher = page.publisher or publisher_from_line(para)
        elif kind is Block.BIO:
            bio = bio_of(para)
            if bio is not None:
                page.site = page.site or bio.site
        elif kind is Block.CAPTION and not in_tail:
            page.captions.append(para)
        elif kind in (Block.PROSE, Block.BYLINE) and not in_tail:
            body.append(para)
    if extracted is not None:
        _metadata(page, extracted)
    if body and page.title and " ".join(body[0].split()) == " ".join(page.title.split()):
        body.pop(0)  # the headline, repeated at the top of the text
    if not body:
        raise EmptyInput(name, "no article text found in the HTML")
    page.text = "\n\n".join(body)
    if page.publisher is None and body:
        page.publisher = wire_from_dateline(body[0])
    if page.publisher is None:
        page.publisher = page.site
    return page


def _metadata(page: Page, extracted: trafilatura.settings.Document) -> None:
    page.title = extracted.title or None
    page.url = extracted.url or None
    authors = [a.strip() for a in (extracted.author or "").split(";") if a.strip()]
    for author in authors:
        wire = WIRES.get(author.lower())
        if wire:
            page.publisher = page.publisher or wire
        else:
            page.authors.append(author)
    page.site = (
        page.site
        or extracted.sitename
        or (name_from_domain(extracted.hostname) if extracted.hostname else None)
    )
    date = extracted.date
    # trafilatura falls back to the file's date; a page that gives none has none.
    if date and date != extracted.filedate and date != dt.date.today().isoformat():
        page.published = date
