"""What the web page asks the ledger beyond `sayso.ledger.queries`: article lists, the ids
that link a page's claims and figures to source and quantity pages, and a cache of the
reconciled table.

The ledger's own queries (`find_article`, `find_claims`, `list_sources`, `reconciled`)
answer everything else; this module only adds what a page of links needs. The reconciled
table is computed over the whole ledger, so `QuantityIndex` keeps it until the ledger
changes (a new article, a new version): a page view then costs a dictionary lookup.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import func, or_, select

from ..ledger.models import ArticleRow, ClaimRow, FigureRow, SourceRow
from ..ledger.queries import ClaimView, SourceView, find_claims, list_sources
from ..ledger.queries import outlet_of as _outlet_of
from ..ledger.queries import reconciled as _reconciled
from ..ledger.reconcile import Quantity
from ..ledger.store import Ledger

T = TypeVar("T")

__all__ = [
    "ArticleLinks",
    "ArticleSummary",
    "LedgerCache",
    "QuantityIndex",
    "QuantityTable",
    "SourceDirectory",
    "article_links",
    "count_articles",
    "find_source",
    "ledger_stamp",
    "recent_articles",
    "source_claims",
]


Stamp = tuple[int, str | None]
"""What `ledger_stamp` returns: (articles, latest ingest time)."""


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    """One line of the article list."""

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
    ingested_at: dt.datetime

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "published": self.published,
            "outlet": self.outlet,
            "publisher": self.publisher,
            "site": self.site,
            "url": self.url,
            "input": self.input,
            "claims": self.claims,
            "figures": self.figures,
            "copy_of": self.copy_of,
            "superseded_by": self.superseded_by,
            "ingested_at": self.ingested_at.isoformat(),
        }


def recent_articles(
    ledger: Ledger, limit: int = 50, offset: int = 0, title: str | None = None
) -> list[ArticleSummary]:
    """Articles, the most recently published (then ingested) first; `title` filters by
    words in the headline, the outlet or the input name."""
    with ledger.session() as session:
        query = select(ArticleRow)
        if title:
            needle = title.casefold()
            query = query.where(
                or_(
                    func.lower(ArticleRow.title).contains(needle, autoescape=True),
                    func.lower(ArticleRow.publisher).contains(needle, autoescape=True),
                    func.lower(ArticleRow.site).contains(needle, autoescape=True),
                    func.lower(ArticleRow.input).contains(needle, autoescape=True),
                )
            )
        query = (
            query.order_by(
                ArticleRow.published_day.desc().nulls_last(),
                ArticleRow.ingested_at.desc(),
                ArticleRow.id,
            )
            .limit(limit)
            .offset(offset)
        )
        return [
            ArticleSummary(
                id=row.id,
                title=row.title,
                published=row.published,
                outlet=_outlet_of(row),
                publisher=row.publisher,
                site=row.site,
                url=row.url,
                input=row.input,
                claims=row.n_claims,
                figures=row.n_figures,
                copy_of=row.copy_of,
                superseded_by=row.superseded_by,
                ingested_at=row.ingested_at,
            )
            for row in session.scalars(query)
        ]


def count_articles(ledger: Ledger) -> int:
    """How many articles the ledger holds (copies and old versions included)."""
    with ledger.session() as session:
        return int(session.scalar(select(func.count(ArticleRow.id))) or 0)


def ledger_stamp(ledger: Ledger) -> Stamp:
    """Something that changes whenever the ledger does: the number of articles and the
    latest ingest time (the ledger only adds articles; a copy or a new version is an
    added article too). One indexed query."""
    with ledger.session() as session:
        count, latest = session.execute(
            select(func.count(ArticleRow.id), func.max(ArticleRow.ingested_at))
        ).one()
    return int(count or 0), str(latest) if latest is not None else None


@dataclass(frozen=True, slots=True)
class ArticleLinks:
    """The ledger ids behind one stored article's claims and figures."""

    sources: dict[int, int] = field(default_factory=dict)
    """Claim position -> ledger source id."""
    figures: dict[tuple[int, int], int] = field(default_factory=dict)
    """(claim position, figure position) -> figure id."""


def article_links(ledger: Ledger, article_id: str) -> ArticleLinks:
    """The source id of each claim and the figure id of each figure of an article."""
    with ledger.session() as session:
        sources = session.execute(
            select(ClaimRow.position, ClaimRow.source_id).where(
                ClaimRow.article_id == article_id, ClaimRow.source_id.is_not(None)
            )
        ).all()
        figures = session.execute(
            select(ClaimRow.position, FigureRow.position, FigureRow.id)
            .join(ClaimRow, FigureRow.claim_id == ClaimRow.id)
            .where(FigureRow.article_id == article_id)
        ).all()
        return ArticleLinks(
            sources={int(p): int(s) for p, s in sources if s is not None},
            figures={(int(c), int(f)): int(i) for c, f, i in figures},
        )


def find_source(ledger: Ledger, source_id: int) -> SourceView | None:
    """The source entity with this id, with its counts (None when there is none)."""
    with ledger.session() as session:
        name = session.scalar(select(SourceRow.name).where(SourceRow.id == source_id))
    if name is None:
        return None
    return next((s for s in list_sources(ledger, name) if s.id == source_id), None)


def source_claims(ledger: Ledger, source: SourceView, limit: int | None = None) -> list[ClaimView]:
    """Every claim of one source entity, newest article first (by `find_claims`, which
    matches by name and alias, kept to this entity's id)."""
    found = find_claims(ledger, source=source.name)
    mine = [c for c in found if c.source_id == source.id]
    return mine[:limit] if limit else mine


class LedgerCache:
    """Results computed over the whole ledger, kept until the ledger changes.

    `get(name, compute)` returns the value computed for the ledger's current state
    (`ledger_stamp`), computing it at most once per state even with concurrent requests.
    """

    def __init__(self, ledger: Ledger) -> None:
        self.ledger = ledger
        self._lock = threading.RLock()
        self._stamp: Stamp | None = None
        self._values: dict[str, Any] = {}

    def holds(self, name: str) -> bool:
        """Whether a value for `name` has been computed (for any state of the ledger)."""
        with self._lock:
            return name in self._values

    def get(self, name: str, compute: Callable[[], T]) -> T:
        stamp = ledger_stamp(self.ledger)
        with self._lock:
            if stamp != self._stamp:
                self._stamp = stamp
                self._values = {}
            if name not in self._values:
                self._values[name] = compute()
            value: T = self._values[name]
            return value


@dataclass(frozen=True, slots=True)
class QuantityTable:
    """The reconciled table of one state of the ledger, indexed for the pages."""

    quantities: list[Quantity]
    by_id: dict[str, Quantity]
    by_figure: dict[int, str]
    """Figure id -> id of the quantity it was counted in."""
    by_source: dict[str, list[str]]
    """Source key (`s12`) -> ids of the quantities it gave a figure for."""

    @classmethod
    def of(cls, quantities: list[Quantity]) -> QuantityTable:
        by_figure: dict[int, str] = {}
        by_source: dict[str, list[str]] = {}
        for quantity in quantities:
            for obs in quantity.observations:
                by_figure.setdefault(obs.figure_id, quantity.id)
            for claim in quantity.sources:
                by_source.setdefault(claim.source_key, []).append(quantity.id)
        return cls(quantities, {q.id: q for q in quantities}, by_figure, by_source)

    def get(self, quantity_id: str) -> Quantity | None:
        return self.by_id.get(quantity_id)

    def of_figure(self, figure_id: int) -> str | None:
        return self.by_figure.get(figure_id)

    def of_source(self, source_key: str) -> list[Quantity]:
        return [self.by_id[i] for i in self.by_source.get(source_key, [])]


class QuantityIndex:
    """The reconciled table (`reconciled(ledger)`), computed once per state of the ledger
    and shared by requests: `current()` is the table for the ledger as it is now (one
    cheap query to check; a page takes it once and looks up as often as it needs)."""

    def __init__(
        self, cache: LedgerCache, compute: Callable[[Ledger], list[Quantity]] | None = None
    ) -> None:
        self.cache = cache
        self._compute = compute or _reconciled

    def current(self) -> QuantityTable:
        return self.cache.get(
            "quantities", lambda: QuantityTable.of(self._compute(self.cache.ledger))
        )

    def quantities(self) -> list[Quantity]:
        return self.current().quantities

    def get(self, quantity_id: str) -> Quantity | None:
        return self.current().get(quantity_id)


class SourceDirectory:
    """Sources for the pages, kept until the ledger changes: the list (most quoted
    first), one source by id, and one source's claims."""

    def __init__(self, cache: LedgerCache) -> None:
        self.cache = cache

    def all(self) -> list[SourceView]:
        return self.cache.get("sources", lambda: list_sources(self.cache.ledger))

    def get(self, source_id: int) -> SourceView | None:
        by_id = self.cache.get("sources-by-id", lambda: {s.id: s for s in self.all()})
        return by_id.get(source_id)

    def claims(self, source: SourceView) -> list[ClaimView]:
        return self.cache.get(
            f"claims-of:{source.id}", lambda: source_claims(self.cache.ledger, source)
        )
