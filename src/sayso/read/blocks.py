"""What a paragraph of a page is: article prose, or one of the kinds of page furniture.

`classify()` looks at one paragraph alone and answers with a `Block` kind. The readers
walk a page's paragraphs in order and keep the prose; the other kinds become captions,
bylines and provenance, or are dropped. A `TAIL` heading ("Source link", "Comments")
ends the article: what follows it is widgets, mined only for bios and provenance. A
`BOX` heading ("Related", "Most read") opens a box of links to other stories, which may
sit in mid-article.
"""

from __future__ import annotations

import re
from enum import Enum

from .provenance import author_from_byline, bio_of, publisher_from_line

__all__ = ["Block", "classify", "is_credit", "looks_like_sentence", "split_caption_credit"]


class Block(Enum):
    PROSE = "prose"
    STUB = "stub"  # "Date:", "Share post:", "Advertisement": UI labels with nothing to say
    CAPTION = "caption"  # image captions and photo credits
    PROVENANCE = "provenance"  # "originally published on X", "Source: Reuters"
    BYLINE = "byline"  # "By Jane Doe"
    BIO = "bio"  # "Jane Doe is a writer..."
    TAIL = "tail"  # a heading after which the article is over ("Comments", "Source link")
    BOX = "box"  # the heading of a box of links to other stories ("Related", "Most read")
    TEASER = "teaser"  # "Related: another story", "READ MORE: ..."
    NOTE = "note"  # "Reporting by X; Editing by Y", "Follow us on Twitter", newsletter promos


_TAIL_HEADINGS = {
    "source link", "source links", "recent posts", "recent articles", "comments",
    "leave a reply", "leave a comment", "tags", "post a comment", "join the conversation",
    "share your thoughts", "comments are closed", "show comments", "view comments",
}  # fmt: skip
"""Headings after which the page holds no more of the article."""
_BOX_HEADINGS = {
    "related articles", "related posts", "related stories", "related news", "related content",
    "related", "read more", "read next", "more from", "more stories", "more news",
    "you may also like", "you might also like", "recommended", "recommended for you",
    "recommended stories", "latest news", "latest posts", "latest stories", "trending",
    "trending now", "popular posts", "most popular", "most read", "see also",
    "more on this story", "top stories", "what to read next", "editor's picks", "also read",
    "don't miss", "related coverage", "more coverage", "up next", "watch next",
    "around the web", "sponsored stories", "promoted stories", "more to explore",
}  # fmt: skip
"""Headings of a box of links to other stories: in mid-article or after it."""
_COMMENTS = re.compile(
    r"^\W*(?:\d[\d,]*\s+(?:comments?|responses?|replies|thoughts\s+on)\b"
    r"|(?:top|all|view|show|load|read|see)\s+(?:\w+\s+)?comments\b"
    r"|comments?\s*[(\[]\d+[)\]])",
    re.I,
)
"""The head of a comments section: "34 responses to ...", "[ 167 comments ]"."""
_STUBS = {
    "share", "share post", "share this", "share this article", "share this story",
    "share on facebook", "share on twitter", "tweet", "email", "print", "copy link",
    "facebook", "twitter", "linkedin", "whatsapp", "telegram", "pinterest", "reddit",
    "advertisement", "advertising", "sponsored", "skip to content", "skip to main content",
    "subscribe", "sign up", "log in", "login", "menu", "search", "close", "home",
    "follow us", "click here", "listen", "listen to this article", "save", "comment",
}  # fmt: skip
_LABEL_ONLY = re.compile(r"^[A-Z][\w'’-]*(?: [\w'’-]+)?:\s*$")  # "Date:", "Posted in:"
_TEASER = re.compile(
    r"^(?:related|read more|read also|also read|see also|more|watch|listen|recommended)"
    r"\s*[:|-]\s+\S",
    re.I,
)
_CAPTION_LABEL = re.compile(
    r"^(?:image|photo|picture|photograph|photo credit|image credit|credit|caption|file photo"
    r"|video|watch|illustration)\s*:",
    re.I,
)
_CREDIT_PAREN = re.compile(
    r"\((?P<credit>[^()]{0,120}?(?:\bvia\b|\bphoto\b|\bphotos\b|\bimages?\b|getty|\bfile\b|"
    r"courtesy|\bpool\b|/)[^()]{0,120})\)\s*$",
    re.I,
)
_ONLY_PAREN = re.compile(r"^\([^()]{1,80}\)$")
_NOTE = re.compile(
    r"^(?:\(?(?:additional\s+)?(?:reporting|writing|editing|compiled|research)\s+by\b[^.]{0,300}"
    r"|[A-Z][^.]{0,200}\bcontributed\s+(?:to\s+this\s+(?:report|story|article)|reporting)"
    r"(?:\s+(?:from|in)\s+[^.]{1,60})?\.?\)?$"
    r"|(?:follow|like)\s+(?:us|@?[\w.@ '’-]{1,60}?)\s+on\s+(?:twitter|facebook|instagram|x\b)"
    r"|(?:get|sign\s+up\s+for|subscribe\s+to)\b[^.]{0,80}\bnewsletters?\b"
    r"|(?:e-?mail|contact|reach)\s+(?:the\s+)?(?:\w+\s+){0,4}?(?:at\s+)?\S+@\S+\.\w+"
    r"|copyright\b|©|all\s+rights\s+reserved\b)",
    re.I,
)
_SENTENCE_END = re.compile(r"[.!?\"”’')\]]$")


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip().strip(":|-—–•").strip()).lower()


def split_caption_credit(paragraph: str) -> tuple[str, str] | None:
    """A caption ending in a photo credit: `("A still from a video ...", "Russian ... via AP")`."""
    match = _CREDIT_PAREN.search(paragraph)
    if not match:
        return None
    return paragraph[: match.start()].strip(), match.group("credit").strip()


def is_credit(paragraph: str) -> bool:
    """A picture credit in brackets on its own line: "(Image: © TNG Collaboration)", "(AP)".

    Such a line closes the caption above it; a label without brackets ("Photo: Reuters",
    "Image: (AP)") opens the caption below it instead.
    """
    return bool(_ONLY_PAREN.match(paragraph.strip()))


def classify(paragraph: str) -> Block:
    """The kind of one paragraph, judged on its own."""
    text = paragraph.strip()
    key = _norm(text)
    if not key:
        return Block.STUB
    if len(key) < 40 and key.rstrip(":") in _TAIL_HEADINGS:
        return Block.TAIL
    if len(text) < 200 and _COMMENTS.match(text):
        return Block.TAIL
    if len(key) < 40 and key.rstrip(":") in _BOX_HEADINGS:
        return Block.BOX
    if key in _STUBS or _LABEL_ONLY.match(text):
        return Block.STUB
    if publisher_from_line(text) and len(text) < 200:
        return Block.PROVENANCE
    if author_from_byline(text):
        return Block.BYLINE
    if bio_of(text):
        return Block.BIO
    if _TEASER.match(text):
        return Block.TEASER
    if len(text) < 400 and _NOTE.match(text):
        return Block.NOTE
    if _CAPTION_LABEL.match(text) or _ONLY_PAREN.match(text):
        return Block.CAPTION
    caption = split_caption_credit(text)
    if caption and len(caption[0]) <= _CAPTION_MAX:
        return Block.CAPTION
    return Block.PROSE


_CAPTION_MAX = 500
"""A caption is a sentence or two: a long paragraph that ends in a picture's credit is the
story with its caption run in ("... destroying Isis. (Photo Smoke is seen ... by AFP)")."""


def looks_like_sentence(paragraph: str) -> bool:
    """Prose ends like a sentence; headings, names and link lists do not."""
    return bool(_SENTENCE_END.search(paragraph.strip()))
