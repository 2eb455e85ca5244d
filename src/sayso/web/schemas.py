"""The JSON API's shapes, as pydantic models: they make `/openapi.json` say exactly what
each endpoint returns. Field for field they are the `to_dict()` records of `records`,
`ledger.queries` and `ledger.reconcile` (the spec's JSON record for articles)."""

from __future__ import annotations

from pydantic import BaseModel

__all__ = [
    "ArticleOut",
    "ArticleSummaryOut",
    "ClaimArticleOut",
    "ClaimOut",
    "ClaimViewOut",
    "FigureOut",
    "HistoryOut",
    "PeriodOut",
    "QuantityOut",
    "SourceDetailOut",
    "SourceFigureOut",
    "SourceOut",
    "SourceViewOut",
]


class PeriodOut(BaseModel):
    text: str
    start: str | None = None
    end: str | None = None


class FigureOut(BaseModel):
    """A figure as extracted: `at least 3,000 North Korean soldiers killed or wounded`."""

    text: str
    value: float | None
    low: float | None = None
    high: float | None = None
    approximate: bool = False
    counted: str | None = None
    outcome: str | None = None
    per: str | None = None
    period: PeriodOut | None = None
    location: str | None = None
    unit: str | None = None
    start: int = -1
    end: int = -1


class SourceOut(BaseModel):
    """A claim's source as its article named it."""

    name: str
    mention: str
    kind: str = "unknown"
    role: str | None = None
    affiliation: str | None = None
    aliases: list[str] = []


class ClaimOut(BaseModel):
    """One claim of an article (the spec's record), with its offsets in the text."""

    source: SourceOut | None
    cue: str | None
    style: str
    content: str
    start: int
    end: int
    sentence: str
    figures: list[FigureOut]
    resolved_from: str | None = None
    content_spans: list[list[int]] = []
    where: str = "body"


class ArticleOut(BaseModel):
    """A stored article: the spec's JSON record, plus what the ledger knows besides."""

    id: str
    input: str
    url: str | None
    title: str | None
    published: str | None
    publisher: str | None
    site: str | None
    authors: list[str]
    text: str
    captions: list[str]
    claims: list[ClaimOut]
    warnings: list[str]
    cluster: str | None = None
    copy_of: str | None = None
    inputs: list[str] = []
    copies: list[str] = []
    superseded_by: str | None = None
    sources: dict[str, str] = {}
    """Claim position -> the ledger source's name, where the claim's source is one."""


class ArticleSummaryOut(BaseModel):
    """One article of the list (`/api/articles`)."""

    id: str
    title: str | None
    published: str | None
    outlet: str
    publisher: str | None
    site: str | None
    url: str | None
    input: str
    claims: int
    figures: int
    copy_of: str | None
    superseded_by: str | None
    ingested_at: str


class ClaimArticleOut(BaseModel):
    id: str
    title: str | None
    url: str | None
    published: str | None
    outlet: str


class ClaimViewOut(BaseModel):
    """A claim across the ledger, with its article and source entity."""

    claim_id: int
    article: ClaimArticleOut
    source: str | None
    source_id: int | None
    as_named: str | None
    role: str | None
    cue: str | None
    style: str
    content: str
    sentence: str
    figures: list[FigureOut]


class SourceViewOut(BaseModel):
    """A source entity across articles, and how much it has said."""

    id: int
    name: str
    kind: str
    country: str | None
    role: str | None
    aliases: list[str]
    claims: int
    articles: int
    first: str | None
    last: str | None


class SourceDetailOut(BaseModel):
    source: SourceViewOut
    claims: list[ClaimViewOut]


class HistoryOut(BaseModel):
    as_of: str | None
    text: str
    stated: float | None


class SourceFigureOut(BaseModel):
    """One source's latest figure on a quantity, with its earlier ones."""

    source: str
    source_key: str
    text: str
    low: float | None
    high: float | None
    stated: float | None
    as_of: str | None
    article_id: str
    revisions: int
    revised_down: bool
    history: list[HistoryOut]


class QuantityOut(BaseModel):
    """A reconciled quantity: every source's figure and the low/best/high across them."""

    id: str
    quantity: str
    counted: str | None
    outcome: str | None
    per: str | None
    unit: str | None
    place: str | None
    place_key: str | None
    time: str
    start: str | None
    end: str | None
    low: float | None
    best: float | None
    high: float | None
    conflict: bool
    conflicts: list[str]
    sources: list[SourceFigureOut]
