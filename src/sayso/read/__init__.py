"""Inputs to clean articles: decode bytes, tell HTML from text, strip the page furniture.

page = read_page(html_or_text)            # a str you already hold
page = load_page(raw_input, settings)     # a file or stdin, with every safety check
"""

from __future__ import annotations

from ..config import Settings
from ..errors import EmptyInput, InputTooLarge, NotEnglish
from .decode import decode, mend_replacements, read_input
from .html import looks_like_html, read_html
from .inputs import PAGE_SUFFIXES, RawInput, iter_inputs
from .language import looks_english
from .page import Page
from .text import read_text

__all__ = ["PAGE_SUFFIXES", "Page", "RawInput", "iter_inputs", "load_page", "read_page"]


def read_page(
    content: str,
    name: str = "<text>",
    settings: Settings | None = None,
    html: bool | None = None,
    title: str | None = None,
    url: str | None = None,
) -> Page:
    """Read a page held in memory: HTML when `html` says so or the text looks like it.

    A `title` known from elsewhere (a feed entry, a CSV column) is used as the headline;
    otherwise the reader finds it in the page. `url` is the page's address where known
    (fetched, archived, given by a table): it dates the page and tells a copy from the
    original publisher's (canonical link to another site).
    """
    settings = settings or Settings()
    if not content.strip():
        raise EmptyInput(name, "the input is empty")
    is_html = looks_like_html(content) if html is None else html
    if is_html:
        page = read_html(
            content, name, settings.max_html_depth, url=url, max_elements=settings.max_html_elements
        )
    else:
        page = read_text(content, find_title=title is None)
    if title:
        page.title = title
    page.text = mend_replacements(page.text)
    page.title = mend_replacements(page.title) if page.title else page.title
    if not page.text.strip():
        raise EmptyInput(name, "no article text left once the page furniture was removed")
    if len(page.text) > settings.max_chars:
        raise InputTooLarge(
            name,
            f"article text of {len(page.text):,} characters exceeds the {settings.max_chars:,} "
            "limit (Settings.max_chars); is this really one article?",
        )
    if settings.check_language and not looks_english(page.text):
        raise NotEnglish(
            name, "the text does not look like English; sayso's pipeline reads English only"
        )
    return page


def load_page(item: RawInput, settings: Settings | None = None) -> Page:
    """Read one input with every check: size, compression, binary data, encoding, language."""
    settings = settings or Settings()
    text = decode(read_input(item, settings.max_bytes), item.name, item.charset)
    html = (
        item.html if item.html is not None else (True if item.suffix in (".html", ".htm") else None)
    )
    page = read_page(text, item.name, settings, html=html, title=item.title, url=item.url)
    page.url = page.url or item.url
    page.published = page.published or item.published
    if text.guessed:
        page.warnings.append(
            f"not UTF-8; read as {text.encoding} (best guess); convert it to UTF-8 to be sure"
        )
    return page
