"""Articles into the ledger: idempotent, one transaction per article, safe side by side.

    for result in ingest_inputs(["examples/"], db="sayso.db"):
        print(result)            # Stored(...) or InputError(...)

Rules:

- An article is keyed by `Article.id` (a hash of its words). Storing the same article
  again changes nothing; the same words from another input (a second URL, a mirror) are
  recorded as another input of the stored article, and their claims count once.
- An article whose `copy_of` names another article (a syndicated copy with its own
  furniture) is stored whole, marked as a copy: queries and reconciliation count the
  original's claims and skip the copy's while the original is in the ledger.
- The same URL with new words is a new version of the story: both are kept, and the
  older one (by publication date, then by arrival) is marked `superseded_by` the newer.
- The article, its inputs, claims, figures and the sources they name commit together
  or not at all (`Ledger.write`); a killed process leaves the articles it committed and
  nothing of the one it was storing.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from typing import Any, Literal

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from ..config import Settings
from ..errors import InputError
from ..extract import extract_raw
from ..read import Page, iter_inputs
from ..records import Article, Claim, Figure
from .entities import SourceDraft, describe_source, link_source, resolve_article
from .models import ArticleInputRow, ArticleRow, ClaimRow, FigureRow, SourceRow
from .store import Ledger, open_ledger

__all__ = ["IngestStats", "Status", "Stored", "ingest_articles", "ingest_inputs", "store_article"]

Status = Literal["added", "unchanged", "copy", "version"]
"""`added`: a new article; `unchanged`: already stored from this input; `copy`: the same
words from another input, or a syndicated copy of a stored article; `version`: a new
version of a stored URL."""


@dataclass(frozen=True, slots=True)
class Stored:
    """What storing one article did."""

    article_id: str
    input: str
    status: Status
    claims: int = 0
    figures: int = 0

    def __str__(self) -> str:
        counts = f"{self.claims} claims, {self.figures} figures"
        return f"{self.input}: {self.status} ({self.article_id}, {counts})"


@dataclass(slots=True)
class IngestStats:
    """Counts and time of an ingest run; `extract_s` is the reading and NLP, `store_s`
    the database work."""

    statuses: dict[str, int] = field(default_factory=dict)
    failed: int = 0
    claims: int = 0
    figures: int = 0
    extract_s: float = 0.0
    store_s: float = 0.0

    @property
    def articles(self) -> int:
        return sum(self.statuses.values())

    def add(self, stored: Stored) -> None:
        self.statuses[stored.status] = self.statuses.get(stored.status, 0) + 1
        self.claims += stored.claims
        self.figures += stored.figures


def _day(published: str | None) -> dt.date | None:
    if not published:
        return None
    try:
        return dt.date.fromisoformat(published[:10])
    except ValueError:
        return None


def _claim_values(
    claim: Claim, position: int, source: SourceRow | None, article_id: str
) -> dict[str, Any]:
    named = claim.source
    return {
        "article_id": article_id,
        "position": position,
        "source_id": source.id if source is not None else None,
        "source_name": named.name if named else None,
        "mention": named.mention if named else None,
        "source_kind": named.kind if named else None,
        "role": named.role if named else None,
        "affiliation": named.affiliation if named else None,
        "source_aliases": list(named.aliases) if named else [],
        "cue": claim.cue,
        "style": claim.style,
        "content": claim.content,
        "sentence": claim.sentence,
        "start_char": claim.start,
        "end_char": claim.end,
        "in_title": claim.where == "title",
        "resolved_from": claim.resolved_from,
        "content_spans": [list(span) for span in claim.content_spans],
    }


def _figure_values(figure: Figure, position: int, claim_id: int, article_id: str) -> dict[str, Any]:
    period = figure.period
    return {
        "claim_id": claim_id,
        "article_id": article_id,
        "position": position,
        "text": figure.text,
        "value": figure.value,
        "low": figure.low,
        "high": figure.high,
        "approximate": figure.approximate,
        "counted": figure.counted,
        "outcome": figure.outcome,
        "per": figure.per,
        "period_text": period.text if period else None,
        "period_start": period.start if period else None,
        "period_end": period.end if period else None,
        "location": figure.location,
        "unit": figure.unit,
        "start_char": figure.start,
        "end_char": figure.end,
    }


def _input_row(article: Article, now: dt.datetime) -> ArticleInputRow:
    return ArticleInputRow(
        input=article.input,
        url=article.url,
        site=article.site,
        published=article.published,
        seen_at=now,
    )


def _supersede(session: Session, row: ArticleRow) -> None:
    """Mark older versions of the same URL (or this one, if it is the older)."""
    others = session.scalars(
        select(ArticleRow).where(
            ArticleRow.url == row.url, ArticleRow.id != row.id, ArticleRow.superseded_by.is_(None)
        )
    ).all()
    for other in others:
        newer_other = (
            other.published_day is not None
            and row.published_day is not None
            and other.published_day > row.published_day
        )
        if newer_other:
            row.superseded_by = other.id
        else:
            other.superseded_by = row.id


def store_article(session: Session, article: Article, now: dt.datetime | None = None) -> Stored:
    """Store one article with its claims, figures and sources in `session`'s transaction."""
    now = now or dt.datetime.now(dt.UTC)
    article_id = article.id
    existing = session.get(ArticleRow, article_id)
    if existing is not None:
        seen = session.scalars(
            select(ArticleInputRow.id).where(
                ArticleInputRow.article_id == article_id, ArticleInputRow.input == article.input
            )
        ).first()
        if seen is not None:
            return Stored(article_id, article.input, "unchanged")
        existing.inputs.append(_input_row(article, now))
        session.flush()
        return Stored(article_id, article.input, "copy")
    copy_of = article.copy_of if article.copy_of and article.copy_of != article_id else None
    row = ArticleRow(
        id=article_id,
        input=article.input,
        url=article.url,
        title=article.title,
        published=article.published,
        published_day=_day(article.published),
        publisher=article.publisher,
        site=article.site,
        authors=list(article.authors),
        text=article.text,
        captions=list(article.captions),
        warnings=list(article.warnings),
        cluster=article.cluster,
        copy_of=copy_of,
        n_claims=len(article.claims),
        n_figures=len(article.figures),
        ingested_at=now,
    )
    row.inputs.append(_input_row(article, now))
    session.add(row)
    session.flush()  # an id stored meanwhile by another process fails here, and is retried
    status: Status = "copy" if copy_of else "added"
    if article.url:
        versions_before = session.scalars(
            select(ArticleRow.id).where(ArticleRow.url == article.url, ArticleRow.id != article_id)
        ).first()
        if versions_before is not None:
            _supersede(session, row)
            status = "version" if status == "added" else status
    drafts = resolve_article(
        [describe_source(claim.source) if claim.source else None for claim in article.claims]
    )
    linked: dict[str, SourceRow | None] = {}
    claim_rows = [
        _claim_values(claim, position, _linked(session, draft, linked, now), article_id)
        for position, (claim, draft) in enumerate(zip(article.claims, drafts, strict=True))
    ]
    if claim_rows:
        # one multi-row INSERT for the claims, one for the figures
        claim_ids = session.scalars(
            insert(ClaimRow).returning(ClaimRow.id, sort_by_parameter_order=True), claim_rows
        ).all()
        figure_rows = [
            _figure_values(figure, i, claim_id, article_id)
            for claim, claim_id in zip(article.claims, claim_ids, strict=True)
            for i, figure in enumerate(claim.figures)
        ]
        if figure_rows:
            session.execute(insert(FigureRow), figure_rows)
    return Stored(article_id, article.input, status, len(article.claims), len(article.figures))


def _linked(
    session: Session,
    draft: SourceDraft | None,
    cache: dict[str, SourceRow | None],
    now: dt.datetime,
) -> SourceRow | None:
    if draft is None or draft.anonymous:
        return None
    if draft.key not in cache:
        cache[draft.key] = link_source(session, draft, now)
    return cache[draft.key]


def ingest_articles(
    ledger: Ledger,
    articles: Iterable[Article | InputError],
    stats: IngestStats | None = None,
) -> Iterator[Stored | InputError]:
    """Store each article in its own transaction; `InputError`s pass through."""
    stats = stats if stats is not None else IngestStats()
    source = iter(articles)
    while True:
        started = time.perf_counter()
        item = next(source, None)
        stats.extract_s += time.perf_counter() - started
        if item is None:
            return
        if isinstance(item, InputError):
            stats.failed += 1
            yield item
            continue
        started = time.perf_counter()
        stored = ledger.write(partial(store_article, article=item))
        stats.store_s += time.perf_counter() - started
        stats.add(stored)
        yield stored


def ingest_inputs(
    inputs: Iterable[str],
    db: str | None = None,
    settings: Settings | None = None,
    stats: IngestStats | None = None,
) -> Iterator[Stored | InputError]:
    """`sayso ingest`: read and extract every input (as `sayso extract` does) into the
    ledger at `db` (a path or URL; default `$SAYSO_DB` or `./sayso.db`).

    An input whose page is already stored from that same input is reported `unchanged`
    without running the NLP again (its words, hence its id, are known once it is read).
    """
    stats = stats if stats is not None else IngestStats()
    known: list[Stored] = []

    with open_ledger(db) as ledger:

        def stored_already(name: str, page: Page) -> bool:
            article_id = Article(input=name, text=page.text, title=page.title).id
            with ledger.session() as session:
                seen = session.scalars(
                    select(ArticleInputRow.id).where(
                        ArticleInputRow.article_id == article_id, ArticleInputRow.input == name
                    )
                ).first()
            if seen is not None:
                known.append(Stored(article_id, name, "unchanged"))
            return seen is not None

        articles = extract_raw(iter_inputs(inputs), settings, skip=stored_already)
        for result in ingest_articles(ledger, articles, stats):
            for already in known:
                stats.add(already)
                yield already
            known.clear()
            yield result
        for already in known:
            stats.add(already)
            yield already
