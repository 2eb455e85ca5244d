"""Plain-text pages (as scrapers store them) to a clean `Page`.

A scraped page is a headline, some page furniture, the article, and a tail of widgets.
The reader splits it into paragraphs, takes the first short line as the headline, sorts
every other paragraph with `blocks.classify`, and stops the body at the first tail
heading ("Source link", "Related articles"), mining what follows for bios and credits.
"""

from __future__ import annotations

import re

from .blocks import Block, classify, is_credit
from .dates import find_dateline
from .density import PENALTY as _PENALTY
from .density import main_span, weight
from .page import Page
from .provenance import (
    WIRES,
    author_from_byline,
    bio_of,
    publisher_from_line,
    wire_from_dateline,
)

__all__ = ["paragraphs_of", "read_text"]

_BLANK_LINES = re.compile(r"\n[ \t\u00a0]*\n")
_MAX_TITLE = 300
_WEEKDAY = re.compile(
    r"\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\.?,?\s*$",
    re.I,
)
_DATELINE_LINES = 5
"""Lines above the body searched for its date."""
_MIN_HEADLINE = 4
_ANCHORED = 100.0
"""Words of prose after a repeated headline that make it the start of the article."""
_FURNITURE = 12.0
_CREDIT_LINE = 80
_CAPTION_WORDS = 60
_BOXED = 12.0
"""The weight against a line in a box of links."""
_RESUME = 15.0
"""The weight (words of prose) of a paragraph that ends a box of links."""
"""The weight against a line that `classify` calls furniture (a caption, a teaser...)."""


def _is_hard_wrapped(lines: list[str]) -> bool:
    """Lines cut at a fixed width (e-mail, plain-text wires) rather than one per paragraph."""
    if len(lines) < 2:
        return False
    body = lines[:-1]
    widths = [len(line) for line in body]
    return max(widths) <= 100 and sum(1 for w in widths if w >= 50) >= 0.6 * len(body)


def paragraphs_of(text: str) -> list[str]:
    """Split text into paragraphs: blank lines always; single newlines unless hard-wrapped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    out: list[str] = []
    for block in _BLANK_LINES.split(text):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        if not lines:
            continue
        if _is_hard_wrapped(lines):
            out.append(" ".join(lines))
        else:
            out.extend(re.sub(r"[ \t\u00a0]+", " ", line) for line in lines)
    return out


def _pick_title(paragraphs: list[str]) -> int | None:
    """Index of the headline: the first short paragraph that is not page furniture."""
    for i, para in enumerate(paragraphs[:5]):
        kind = classify(para)
        if kind is Block.STUB:
            continue
        if kind is Block.PROSE and len(para) <= _MAX_TITLE and i + 1 < len(paragraphs):
            return i
        return None
    return None


def read_text(text: str, find_title: bool = True) -> Page:
    """Read a scraped plain-text page (its first short line is the headline, if asked).

    The body is the densest run of prose (`density.main_span`) cut at the first tail
    heading; every paragraph, in the body or not, is mined for provenance, bylines and
    bios.
    """
    paragraphs = paragraphs_of(text)
    page = Page(text="")
    title_at = _pick_title(paragraphs) if find_title else None
    if title_at is not None:
        page.title = paragraphs[title_at]
    kinds = _captions_above_credits(paragraphs, [classify(para) for para in paragraphs])
    weights = [
        weight(para)
        if kind is Block.PROSE and i != title_at
        else -_PENALTY
        if kind is Block.CAPTION  # pictures sit inside articles
        else -_FURNITURE
        for i, (para, kind) in enumerate(zip(paragraphs, kinds, strict=True))
    ]
    boxed = _weigh_boxes(kinds, weights)
    start, end = _anchored_span(paragraphs, weights, page.title)
    if start == end:
        # nothing weighs like an article (a lone headline, a one-line snippet): keep
        # every line of prose rather than report an empty page
        start, end, boxed = 0, len(paragraphs), set()
    body: list[str] = []
    in_tail = False
    for i, (para, kind) in enumerate(zip(paragraphs, kinds, strict=True)):
        if i == title_at:
            continue
        in_span = start <= i < end and not in_tail
        in_body = in_span and i not in boxed
        if kind is Block.TAIL and i >= start:
            in_tail = True
        elif kind is Block.PROVENANCE:
            page.publisher = page.publisher or publisher_from_line(para)
        elif kind is Block.BYLINE and i < end:
            page.authors.extend(a for a in author_from_byline(para) if a not in page.authors)
        elif kind is Block.BIO:
            bio = bio_of(para)
            assert bio is not None
            page.authors.extend(a for a in bio.authors if a not in page.authors)
            page.site = page.site or bio.site
        elif kind is Block.CAPTION and in_span:
            page.captions.append(para)
        elif kind is Block.PROSE and in_body:
            body.append(para)
    _drop_trailing_names(body, page.authors)
    page.published, credit = _dateline(paragraphs, start, title_at)
    page.publisher = page.publisher or credit
    if body and page.publisher is None:
        page.publisher = wire_from_dateline(body[0])
    page.text = "\n\n".join(body)
    return page


def _dateline(
    paragraphs: list[str], start: int, title_at: int | None
) -> tuple[str | None, str | None]:
    """The date printed with the story (in the lines between the headline and the body,
    or at the top of the body's first paragraph), and the wire credited just before it
    ("... children AFP Sunday 26 Jul 2015": the agency's byline, then the date)."""
    first = (title_at + 1) if title_at is not None else 0
    for para in paragraphs[max(first, start - _DATELINE_LINES) : start + 1]:
        found = find_dateline(para)
        if found:
            at, day = found
            before = _WEEKDAY.sub("", para[:at]).split()
            credit = next(
                (WIRES[k] for n in (3, 2, 1) if (k := " ".join(before[-n:]).lower()) in WIRES),
                None,
            )
            return day, credit if before else None
    return None, None


def _key(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def _repeats_title(paragraph: str, title: list[str]) -> bool:
    """The headline again, alone on its line (the page's `<title>` often adds the site)."""
    words = _key(paragraph)
    if len(words) < _MIN_HEADLINE or len(words) > len(title):
        return False
    return words == title[: len(words)] and len(words) >= len(title) / 2


def _anchored_span(
    paragraphs: list[str], weights: list[float], title: str | None
) -> tuple[int, int]:
    """The densest span, starting after a repeat of the headline when there is one.

    A scraped page shows the headline above the article (an `h1` after the menus and
    the teasers of other stories): the first repeat followed by a span of at least half
    the page's best weight (or 100 words of prose) anchors the article.
    """
    start, end = main_span(weights)
    best = sum(weights[start:end])
    headline = _key(title or "")
    if len(headline) < _MIN_HEADLINE:
        return start, end
    for i, para in enumerate(paragraphs):
        if i == 0 or not _repeats_title(para, headline):
            continue
        after_start, after_end = main_span(weights[i + 1 :])
        if sum(weights[i + 1 + after_start : i + 1 + after_end]) >= min(best / 2, _ANCHORED):
            return i + 1 + after_start, i + 1 + after_end
    return start, end


def _captions_above_credits(paragraphs: list[str], kinds: list[Block]) -> list[Block]:
    """A picture's caption on the line above its credit ("(Image: © TNG Collaboration)")."""
    for i in range(len(paragraphs) - 1):
        below = paragraphs[i + 1]
        if (
            kinds[i] is Block.PROSE
            and kinds[i + 1] is Block.CAPTION
            and len(below) <= _CREDIT_LINE
            and is_credit(below)
            and len(paragraphs[i].split()) <= _CAPTION_WORDS
        ):
            kinds[i] = Block.CAPTION
    return kinds


def _weigh_boxes(kinds: list[Block], weights: list[float]) -> set[int]:
    """The lines under a `BOX` heading are links to other stories, until prose resumes.

    Returns their indices, and weighs them as furniture.
    """
    boxed: set[int] = set()
    in_box = False
    for i, kind in enumerate(kinds):
        if kind is Block.BOX:
            in_box = True
        elif in_box and weights[i] >= _RESUME:
            in_box = False
        elif in_box:
            boxed.add(i)
            weights[i] = -_BOXED
    return boxed


def _drop_trailing_names(body: list[str], authors: list[str]) -> None:
    """Remove name-only lines at the end of the body (a byline box before the bio)."""
    while body and body[-1] in authors:
        body.pop()
