"""Questions to the ledger: claims, sources, one article, and the reconciled figures.

    with open_ledger() as ledger:
        for claim in find_claims(ledger, source="Kirby", since=dt.date(2024, 12, 1)):
            print(claim.source, claim.content)
        for quantity in reconciled(ledger, about="Idlib"):
            print(quantity.label, quantity.low, quantity.best, quantity.high)

Claims of syndicated copies (an article whose `copy_of` original is stored) and of
superseded versions are left out everywhere: each claim counts once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import ColumnElement, and_, exists, func, or_, select
from sqlalchemy.orm import Session, aliased, selectinload

from ..errors import NotInLedger
from ..records import Article, Claim, Figure, Period, Source
from .entities import describe_source, fold
from .geo import Place, article_place
from .models import ArticleInputRow, ArticleRow, ClaimRow, FigureRow, SourceAlias, SourceRow
from .reconcile import Observation, Quantity, reconcile
from .store import Ledger

_LEAD = 700
"""Characters of an article's text that `geo.article_place` reads for its story's place."""

__all__ = [
    "ArticleView",
    "ClaimView",
    "SourceView",
    "article_record",
    "counted_articles",
    "find_article",
    "find_claims",
    "list_sources",
    "observations",
    "outlet_of",
    "reconciled",
]


def counted_articles() -> ColumnElement[bool]:
    """Articles whose claims count: not a copy of a stored original, not superseded."""
    original = aliased(ArticleRow)
    return and_(
        ArticleRow.superseded_by.is_(None),
        or_(
            ArticleRow.copy_of.is_(None),
            ~exists().where(original.id == ArticleRow.copy_of),
        ),
    )


def outlet_of(article: ArticleRow) -> str:
    """Who speaks in the reporter's own voice: the original publisher, else the site,
    else the URL's host, else the input's name."""
    return _outlet(article.publisher, article.site, article.url, article.input)


def _outlet(publisher: str | None, site: str | None, url: str | None, name: str) -> str:
    if publisher:
        return publisher
    if site:
        return site
    if url:
        host = urlsplit(url).hostname
        if host:
            return host.removeprefix("www.")
    return PurePath(name).name or name


@dataclass(frozen=True, slots=True)
class ClaimView:
    """A claim with its article and its source entity, for listing and export."""

    claim_id: int
    article_id: str
    published: str | None
    title: str | None
    url: str | None
    outlet: str
    source: str | None
    """The ledger entity's name (`John Kirby`), or the article's words for an unnamed
    source, or None for the reporter's own voice."""
    source_id: int | None
    as_named: str | None
    role: str | None
    cue: str | None
    style: str
    content: str
    sentence: str
    figures: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "claim_id": self.claim_id,
            "article": {
                "id": self.article_id,
                "title": self.title,
                "url": self.url,
                "published": self.published,
                "outlet": self.outlet,
            },
            "source": self.source,
            "source_id": self.source_id,
            "as_named": self.as_named,
            "role": self.role,
            "cue": self.cue,
            "style": self.style,
            "content": self.content,
            "sentence": self.sentence,
            "figures": list(self.figures),
        }


def _figure_record(row: FigureRow) -> Figure:
    period = None
    if row.period_text is not None or row.period_start is not None:
        period = Period(row.period_text or "", row.period_start, row.period_end)
    return Figure(
        text=row.text,
        value=row.value,
        low=row.low,
        high=row.high,
        approximate=row.approximate,
        counted=row.counted,
        outcome=row.outcome,
        per=row.per,
        period=period,
        location=row.location,
        unit=row.unit,
        start=row.start_char,
        end=row.end_char,
    )


def _source_ids(session: Session, name: str) -> list[int]:
    needle = name.casefold()
    by_name = select(SourceRow.id).where(
        func.lower(SourceRow.name).contains(needle, autoescape=True)
    )
    by_alias = select(SourceAlias.source_id).where(
        or_(
            func.lower(SourceAlias.alias).contains(needle, autoescape=True),
            SourceAlias.key.contains(fold(name), autoescape=True),
        )
    )
    return sorted(set(session.scalars(by_name).all()) | set(session.scalars(by_alias).all()))


def find_claims(
    ledger: Ledger,
    source: str | None = None,
    about: str | None = None,
    since: dt.date | None = None,
    limit: int | None = None,
) -> list[ClaimView]:
    """Claims, newest article first: by a source (its name or any alias, e.g. `Kirby`
    for John Kirby), about a text (in the claim, its sentence or the headline), from
    articles published on or after `since`."""
    with ledger.session() as session:
        query = (
            select(ClaimRow, ArticleRow)
            .join(ArticleRow, ClaimRow.article_id == ArticleRow.id)
            .where(counted_articles())
            .options(selectinload(ClaimRow.figures), selectinload(ClaimRow.source))
        )
        if source:
            ids = _source_ids(session, source)
            named = func.lower(ClaimRow.source_name).contains(source.casefold(), autoescape=True)
            query = query.where(or_(ClaimRow.source_id.in_(ids), named) if ids else named)
        if about:
            needle = about.casefold()
            query = query.where(
                or_(
                    func.lower(ClaimRow.content).contains(needle, autoescape=True),
                    func.lower(ClaimRow.sentence).contains(needle, autoescape=True),
                    func.lower(ArticleRow.title).contains(needle, autoescape=True),
                )
            )
        if since:
            query = query.where(ArticleRow.published_day >= since)
        query = query.order_by(
            ArticleRow.published_day.desc().nulls_last(),
            ArticleRow.ingested_at.desc(),
            ArticleRow.id,
            ClaimRow.position,
        )
        if limit:
            query = query.limit(limit)
        views = []
        for claim, article in session.execute(query):
            entity = claim.source
            views.append(
                ClaimView(
                    claim_id=claim.id,
                    article_id=article.id,
                    published=article.published,
                    title=article.title,
                    url=article.url,
                    outlet=outlet_of(article),
                    source=entity.name if entity else claim.source_name,
                    source_id=entity.id if entity else None,
                    as_named=claim.source_name,
                    role=claim.role,
                    cue=claim.cue,
                    style=claim.style,
                    content=claim.content,
                    sentence=claim.sentence,
                    figures=[_figure_record(f).to_dict() for f in claim.figures],
                )
            )
        return views


@dataclass(frozen=True, slots=True)
class SourceView:
    """A source entity with its aliases and how much it has said."""

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

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "country": self.country,
            "role": self.role,
            "aliases": list(self.aliases),
            "claims": self.claims,
            "articles": self.articles,
            "first": self.first,
            "last": self.last,
        }


def list_sources(ledger: Ledger, name: str | None = None) -> list[SourceView]:
    """Every source entity (or those matching `name`), the most quoted first."""
    with ledger.session() as session:
        counts = (
            select(
                ClaimRow.source_id,
                func.count(ClaimRow.id).label("claims"),
                func.count(func.distinct(ClaimRow.article_id)).label("articles"),
                func.min(ArticleRow.published_day).label("first"),
                func.max(ArticleRow.published_day).label("last"),
            )
            .join(ArticleRow, ClaimRow.article_id == ArticleRow.id)
            .where(counted_articles(), ClaimRow.source_id.is_not(None))
            .group_by(ClaimRow.source_id)
            .subquery()
        )
        query = (
            select(SourceRow, counts.c.claims, counts.c.articles, counts.c.first, counts.c.last)
            .outerjoin(counts, counts.c.source_id == SourceRow.id)
            .options(selectinload(SourceRow.aliases))
        )
        if name:
            query = query.where(SourceRow.id.in_(_source_ids(session, name)))
        views = []
        for row, claims, articles, first, last in session.execute(query):
            forms = sorted({a.alias for a in row.aliases if a.alias != row.name}, key=str.lower)
            views.append(
                SourceView(
                    id=row.id,
                    name=row.name,
                    kind=row.kind,
                    country=row.country,
                    role=row.role,
                    aliases=forms,
                    claims=claims or 0,
                    articles=articles or 0,
                    first=first.isoformat() if first else None,
                    last=last.isoformat() if last else None,
                )
            )
        views.sort(key=lambda v: (-v.claims, v.name.lower()))
        return views


@dataclass(slots=True)
class ArticleView:
    """A stored article as its `Article` record, with what the ledger knows besides."""

    article: Article
    id: str
    inputs: list[str]
    copy_of: str | None
    copies: list[str]
    superseded_by: str | None
    sources: dict[int, str]
    """Claim position -> the ledger entity's name, where the claim's source is one."""
    ingested_at: dt.datetime


def article_record(row: ArticleRow) -> Article:
    claims = []
    for claim in row.claims:
        source = None
        if claim.source_name is not None:
            source = Source(
                name=claim.source_name,
                mention=claim.mention or claim.source_name,
                kind=claim.source_kind or "unknown",  # type: ignore[arg-type]
                role=claim.role,
                affiliation=claim.affiliation,
                aliases=list(claim.source_aliases),
            )
        claims.append(
            Claim(
                source=source,
                cue=claim.cue,
                style=claim.style,  # type: ignore[arg-type]
                content=claim.content,
                start=claim.start_char,
                end=claim.end_char,
                sentence=claim.sentence,
                figures=[_figure_record(f) for f in claim.figures],
                resolved_from=claim.resolved_from,
                content_spans=[(int(a), int(b)) for a, b in claim.content_spans],
                where="title" if claim.in_title else "body",
            )
        )
    return Article(
        input=row.input,
        text=row.text,
        title=row.title,
        url=row.url,
        published=row.published,
        publisher=row.publisher,
        site=row.site,
        authors=list(row.authors),
        captions=list(row.captions),
        claims=claims,
        warnings=list(row.warnings),
        cluster=row.cluster,
        copy_of=row.copy_of,
    )


def find_article(ledger: Ledger, ref: str) -> ArticleView:
    """The article named by `ref`: its id (or a unique prefix of 4+ characters), its URL,
    or an input it was read from. Raises `NotInLedger`."""
    with ledger.session() as session:
        candidates: Sequence[ArticleRow] = session.scalars(
            select(ArticleRow).where(ArticleRow.id == ref)
        ).all()
        if not candidates:
            candidates = session.scalars(
                select(ArticleRow).where(
                    or_(
                        ArticleRow.url == ref,
                        ArticleRow.id.in_(
                            select(ArticleInputRow.article_id).where(
                                or_(ArticleInputRow.input == ref, ArticleInputRow.url == ref)
                            )
                        ),
                    )
                )
            ).all()
        if not candidates and len(ref) >= 4:
            candidates = session.scalars(
                select(ArticleRow).where(ArticleRow.id.startswith(ref.lower(), autoescape=True))
            ).all()
        if not candidates:
            raise NotInLedger(
                f"no article {ref!r} in {ledger.where}; give an id from `sayso claims "
                "--format jsonl`, a URL or an input path"
            )
        if len(candidates) > 1:
            ids = ", ".join(sorted(c.id for c in candidates)[:5])
            raise NotInLedger(
                f"{ref!r} names {len(candidates)} articles ({ids}); give more of the id"
            )
        row = session.scalars(
            select(ArticleRow)
            .where(ArticleRow.id == candidates[0].id)
            .options(
                selectinload(ArticleRow.claims).selectinload(ClaimRow.figures),
                selectinload(ArticleRow.claims).selectinload(ClaimRow.source),
                selectinload(ArticleRow.inputs),
            )
        ).one()
        copies = session.scalars(select(ArticleRow.id).where(ArticleRow.copy_of == row.id)).all()
        return ArticleView(
            article=article_record(row),
            id=row.id,
            inputs=[i.input for i in row.inputs],
            copy_of=row.copy_of,
            copies=list(copies),
            superseded_by=row.superseded_by,
            sources={c.position: c.source.name for c in row.claims if c.source is not None},
            ingested_at=row.ingested_at,
        )


def observations(session: Session) -> list[Observation]:
    """Every counted figure, with its source identity and its article's date and place."""
    entity_keys = dict(session.execute(select(SourceRow.key, SourceRow.id)).all())
    alias_keys = dict(session.execute(select(SourceAlias.key, SourceAlias.source_id)).all())
    names = dict(session.execute(select(SourceRow.id, SourceRow.name)).all())
    articles = {
        row.id: row
        for row in session.execute(
            select(
                ArticleRow.id,
                ArticleRow.title,
                ArticleRow.publisher,
                ArticleRow.site,
                ArticleRow.url,
                ArticleRow.input,
                ArticleRow.published_day,
                ArticleRow.ingested_at,
                func.substr(ArticleRow.text, 1, _LEAD).label("lead"),
            ).where(counted_articles())
        ).all()
    }
    figures = session.execute(
        select(
            FigureRow,
            ClaimRow.position,
            ClaimRow.source_id,
            ClaimRow.source_name,
            ClaimRow.sentence,
        )
        .join(ClaimRow, FigureRow.claim_id == ClaimRow.id)
        .where(FigureRow.article_id.in_(select(ArticleRow.id).where(counted_articles())))
    ).all()
    outlets: dict[str, tuple[str, str]] = {}
    places: dict[str, Place | None] = {}
    out: list[Observation] = []
    for figure, position, source_id, source_name, sentence in figures:
        article = articles[figure.article_id]
        outlet = _outlet(article.publisher, article.site, article.url, article.input)
        if source_id is not None:
            key, name = f"s{source_id}", names[source_id]
        elif source_name:
            key = f"anon:{article.id}:{fold(source_name)}"
            name = f"{source_name} (in {outlet})"
        else:
            if outlet not in outlets:
                draft = describe_source(Source(outlet, outlet, "organization"))
                known = entity_keys.get(draft.key) or alias_keys.get(f"org:{fold(outlet)}")
                outlets[outlet] = (
                    (f"s{known}", names[known]) if known else (f"outlet:{fold(outlet)}", outlet)
                )
            key, name = outlets[outlet]
        if article.id not in places:
            places[article.id] = article_place(article.title, article.lead)
        out.append(
            Observation(
                figure_id=figure.id,
                article_id=article.id,
                source_key=key,
                source=name,
                text=figure.text,
                value=figure.value,
                low=figure.low,
                high=figure.high,
                approximate=figure.approximate,
                counted=figure.counted,
                outcome=figure.outcome,
                per=figure.per,
                unit=figure.unit,
                location=figure.location,
                period_text=figure.period_text,
                period_start=figure.period_start,
                period_end=figure.period_end,
                published=article.published_day,
                order=(article.ingested_at, article.id, position, figure.position),
                title=article.title,
                sentence=sentence,
                article_place=places[article.id],
            )
        )
    return out


def reconciled(
    ledger: Ledger,
    about: str | None = None,
    min_sources: int = 1,
    conflicts_only: bool = False,
    window_days: int = 3,
) -> list[Quantity]:
    """The reconciled table (`sayso figures`): quantities, each source's latest figure,
    low/best/high and the conflict flag, filtered by `about` and the number of sources."""
    with ledger.session() as session:
        found = reconcile(observations(session), window_days=window_days)
    return [
        q
        for q in found
        if len(q.sources) >= min_sources
        and (not conflicts_only or q.conflict)
        and (not about or q.matches(about))
    ]
