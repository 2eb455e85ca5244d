"""HTML pages to a clean `Page`: trafilatura for the body and metadata, then sayso's rules.

trafilatura finds the main text and the page's metadata (title, byline, date, site name,
canonical URL). On top of it sayso moves captions and credits out of the body, drops the
furniture trafilatura keeps (provenance lines, bios, teasers) with the same paragraph
rules as the plain-text reader, and tells the original publisher from the site.
"""

from __future__ import annotations

import re

import lxml.etree
import lxml.html
from trafilatura.settings import Document

from ..errors import EmptyInput, MalformedInput
from .blocks import Block, classify, looks_like_sentence
from .dates import published_date
from .maintext import Para, main_text
from .meta import HeadInfo, host_of, read_head
from .page import Page
from .provenance import (
    WIRES,
    bio_of,
    credited_authors,
    name_from_domain,
    publisher_from_line,
    split_author_credit,
    wire_from_dateline,
)

__all__ = ["looks_like_html", "read_html"]

_HTML_START = re.compile(
    r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|div|p|article)\b", re.I | re.S
)
_ORGANISATION = re.compile(r"\b(?:inc|llc|ltd|corp|nast|staff|media group|newsroom)\b", re.I)
"""An "author" that is the company (`Condé Nast`, `Reuters Staff`), not a person."""
_LINKED = 0.9
_MARKUP = re.compile(r"[<>]")
_MAX_RUN = 2_000_000
"""Characters between two tags beyond which a page is refused (libxml2 gives up on
attributes of 10 MB; benchmark pages peak at 290,000, inline scripts)."""
"""Share of link characters above which a short paragraph is a link to elsewhere."""
_CAPTION_CLASS = re.compile(r"caption|credit|figcaption|wp-caption-text", re.I)


def looks_like_html(text: str) -> bool:
    """True for a page whose first tag is an HTML document or block element."""
    return bool(_HTML_START.match(text[:2000]))


def _shape(tree: lxml.html.HtmlElement) -> tuple[int, int]:
    """How deep the tree nests, and how many elements it holds."""
    depths = {tree: 0}
    deepest = 0
    for element in tree.iterdescendants():
        parent = element.getparent()
        level = depths.get(parent, 0) + 1
        depths[element] = level
        deepest = max(deepest, level)
    return deepest, len(depths)


def _check_size(html: str, name: str, max_depth: int, max_elements: int) -> lxml.html.HtmlElement:
    """Parse the page, refusing the shapes that make parsers and extractors crawl."""
    longest = max(map(len, _MARKUP.split(html)))
    if longest > _MAX_RUN:
        raise MalformedInput(
            name,
            f"{longest:,} characters without a tag (an attribute or text run; real pages stay "
            f"under 300,000): an HTML bomb or not a web page",
        )
    try:
        tree = lxml.html.fromstring(html)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise MalformedInput(name, f"unreadable HTML ({exc})") from None
    depth, elements = _shape(tree)
    # libxml2 stops nesting at 255 levels: a page that reaches it has been cut by the parser.
    if depth > max_depth or depth >= 255:
        raise MalformedInput(
            name,
            f"HTML nested {depth}+ levels deep (real pages stay under 100): an HTML bomb or a "
            "broken page; the parser cannot read it faithfully",
        )
    if elements > max_elements:
        raise MalformedInput(
            name,
            f"{elements:,} HTML elements (news pages hold a few thousand; the limit is "
            f"{max_elements:,}, Settings.max_html_elements): an HTML bomb or not an article",
        )
    return tree


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


_LIVE_QUOTES = ("bg-quote", "fin-streamer", "data-charting-symbol")
"""Markers of live market-quote widgets: MarketWatch's `<bg-quote>` chips, Yahoo's
`<fin-streamer>`, charting links."""


def _without_live_quotes(html: str, tree: lxml.html.HtmlElement) -> str:
    """The page without the live quotes that finance sites set inside sentences ("The
    10-year Treasury note yield TMUBMUSD10Y, 0.673% fell 4.8 basis points"): a ticker
    code and the price at reading time are page furniture, not the report."""
    if not any(marker in html for marker in _LIVE_QUOTES):
        return html
    widgets = tree.xpath("//bg-quote | //fin-streamer | //*[@data-charting-symbol]")
    for widget in widgets:
        widget.drop_tree()  # its tail, the rest of the sentence, stays
    return lxml.html.tostring(tree, encoding="unicode") if widgets else html


def read_html(
    html: str,
    name: str,
    max_depth: int = 512,
    url: str | None = None,
    max_elements: int = 30_000,
) -> Page:
    """Read an HTML page (`url`: its address, where known). Raises `MalformedInput` for
    runaway nesting, too many elements or a huge attribute (the time trafilatura takes
    grows faster than the page), `EmptyInput` when the page holds no article text."""
    tree = _check_size(html, name, max_depth, max_elements)
    captions = _captions(tree)
    html = _without_live_quotes(html, tree)
    paras, extracted = main_text(html, tree, url)
    if not paras:
        raise EmptyInput(name, "no article text found in the HTML")
    page = Page(text="", captions=captions)
    head = read_head(tree, url)
    _metadata(page, head, extracted, url)
    page.published = published_date(tree, url or head.canonical)
    headline = _key(page.title or "")
    body: list[str] = []
    in_links = False  # after a tail heading: a list of links, until prose resumes
    for para in paras:
        text = para.text
        if any(text == caption or (len(text) > 40 and text in caption) for caption in captions):
            continue
        if headline and _key(text) == headline:
            continue  # the headline, repeated in the text
        kind = classify(text)
        if kind in (Block.TAIL, Block.BOX, Block.TEASER):
            in_links = True  # what follows is links to other stories, or widgets
            continue
        if in_links:
            if not _resumes(para):
                continue
            in_links = False
        if para.kind == "head" and para.link_share >= _LINKED:
            continue  # a headline that links to another story
        if kind is Block.PROVENANCE:
            page.publisher = page.publisher or publisher_from_line(text)
        elif kind is Block.BIO:
            bio = bio_of(text)
            if bio is not None:
                page.site = page.site or bio.site
        elif kind is Block.CAPTION:
            page.captions.append(text)
        elif kind is Block.NOTE:
            credited = credited_authors(text)
            if credited and not page.authors:
                page.authors.extend(credited)
        elif kind in (Block.PROSE, Block.BYLINE):
            body.append(text)
    if not body:
        raise EmptyInput(name, "no article text found in the HTML")
    page.text = "\n\n".join(body)
    if page.publisher is None and body:
        page.publisher = wire_from_dateline(body[0])
    if page.publisher is None:
        page.publisher = head.publisher or page.site
    return page


def _key(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _resumes(para: Para) -> bool:
    """Prose after a list of links: the article goes on (a "Related" box in mid-text)."""
    return (
        para.kind == "p"
        and para.link_share < 0.2
        and len(para.text) >= 80
        and looks_like_sentence(para.text)
    )


def _metadata(page: Page, head: HeadInfo, extracted: Document | None, url: str | None) -> None:
    """Headline, address, site and authors: the page's markup first, trafilatura's next."""
    page.title = head.headline or (extracted.title if extracted is not None else None) or None
    page.url = url or head.canonical or (extracted.url if extracted is not None else None)
    authors = extracted.author if extracted is not None else None
    for written in (a.strip() for a in (authors or "").split(";")):
        wire = WIRES.get(written.lower())
        author, credit = split_author_credit(written)
        if wire or credit:
            page.publisher = page.publisher or wire or credit
        if (
            wire is None
            and author
            and not _ORGANISATION.search(author)
            and author not in page.authors
        ):
            page.authors.append(author)
    if not page.authors:
        page.authors.extend(head.authors)
    hostname = extracted.hostname if extracted is not None else host_of(url)
    page.site = (
        page.site
        or head.site
        or (extracted.sitename if extracted is not None else None)
        or (name_from_domain(hostname) if hostname else None)
    )
