"""The records sayso produces: an article, its claims, their sources and figures.

These are plain dataclasses whose `to_dict()` gives exactly the JSON record of
`spec/output.md` (the interchange format of `sayso extract --format jsonl`, exports and
the web API). Fields beyond the spec are additions, never renames.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

__all__ = [
    "Article",
    "Claim",
    "Figure",
    "Period",
    "Source",
    "SourceKind",
    "Style",
]

SourceKind = Literal["person", "organization", "country", "group", "unknown"]
Style = Literal["direct", "indirect", "mixed"]


@dataclass(slots=True)
class Source:
    """Who makes a claim."""

    name: str
    """Canonical name: the fullest form in the article (`John Kirby`, not `he`)."""
    mention: str
    """The words in the claim's sentence that name the source (`he`, `Kirby`)."""
    kind: SourceKind = "unknown"
    role: str | None = None
    affiliation: str | None = None
    aliases: list[str] = field(default_factory=list)
    """Every other form the article uses for this source."""


@dataclass(slots=True)
class Period:
    """The time a figure covers: the words, and the dates they resolve to where known."""

    text: str
    start: str | None = None
    end: str | None = None


@dataclass(slots=True)
class Figure:
    """A quantity asserted by a claim: `at least 3,000 North Korean soldiers killed or wounded`."""

    text: str
    value: float | None
    low: float | None = None
    high: float | None = None
    approximate: bool = False
    counted: str | None = None
    outcome: str | None = None
    per: str | None = None
    period: Period | None = None
    location: str | None = None
    unit: str | None = None
    """`percent` or a currency code for figures that are not counts."""
    start: int = -1
    end: int = -1
    """Character offsets of `text` in the article text (-1 for the headline)."""

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        for key in ("value", "low", "high"):
            number = out[key]
            if isinstance(number, float) and number.is_integer():
                out[key] = int(number)
        return out


@dataclass(slots=True)
class Claim:
    """One attributed statement: `source` says `content` (by the words `cue`)."""

    source: Source | None
    cue: str | None
    style: Style
    content: str
    start: int
    end: int
    """Character offsets of the claim's sentence in the article text; -1 for the headline."""
    sentence: str = ""
    """The evidence sentence, verbatim."""
    figures: list[Figure] = field(default_factory=list)
    resolved_from: str | None = None
    """How the source was found when the sentence does not name it: `he`, `continuation`..."""
    content_spans: list[tuple[int, int]] = field(default_factory=list)
    """Offsets of the pieces of `content` in the article text (empty for the headline)."""
    where: Literal["title", "body"] = "body"

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": asdict(self.source) if self.source else None,
            "cue": self.cue,
            "style": self.style,
            "content": self.content,
            "start": self.start,
            "end": self.end,
            "sentence": self.sentence,
            "figures": [figure.to_dict() for figure in self.figures],
            "resolved_from": self.resolved_from,
            "content_spans": [list(span) for span in self.content_spans],
            "where": self.where,
        }


@dataclass(slots=True)
class Article:
    """A news article: its clean text, its provenance and the claims it carries."""

    input: str
    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    publisher: str | None = None
    """The ORIGINAL publisher (`NBC News` for a story "originally published on NBCNews.com")."""
    site: str | None = None
    """The site this copy came from, where known (`LinkDaddy News`)."""
    authors: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    """Problems that did not stop the extraction (a guessed encoding, an unclosed quote)."""
    cluster: str | None = None
    """Stable id of the group of syndicated copies this article belongs to, when known."""
    copy_of: str | None = None
    """`id` of the copy this one reproduces (the original publisher's or the earliest)."""

    @property
    def id(self) -> str:
        """A stable id from the article's words: the same story text gives the same id."""
        words = " ".join(re.findall(r"\w+", f"{self.title or ''} {self.text}".lower()))
        return hashlib.sha1(words.encode("utf-8")).hexdigest()[:16]

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "input": self.input,
            "url": self.url,
            "title": self.title,
            "published": self.published,
            "publisher": self.publisher,
            "site": self.site,
            "authors": list(self.authors),
            "text": self.text,
            "captions": list(self.captions),
            "claims": [claim.to_dict() for claim in self.claims],
            "warnings": list(self.warnings),
            "cluster": self.cluster,
            "copy_of": self.copy_of,
        }

    @property
    def figures(self) -> list[Figure]:
        """Every figure of every claim, in reading order."""
        return [figure for claim in self.claims for figure in claim.figures]
