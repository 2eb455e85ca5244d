"""Records as tables: articles, claims and figures as flat rows and Arrow tables.

The one place where the nested `Article` record becomes three flat tables, for Parquet
shards (`sayso.scale`), exports and bulk loads. Rows join on `article_id` and
`claim_index`.

    tables = to_arrow(articles)          # {"articles": pa.Table, "claims": ..., "figures": ...}
    articles = from_arrow(tables)        # and back, losslessly
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pyarrow as pa

from .records import Article, Claim, Figure, Period, Source

__all__ = ["SCHEMAS", "TABLES", "from_arrow", "rows_of", "to_arrow"]

TABLES = ("articles", "claims", "figures")

SCHEMAS: dict[str, pa.Schema] = {
    "articles": pa.schema(
        [
            ("article_id", pa.string()),
            ("input", pa.string()),
            ("url", pa.string()),
            ("title", pa.string()),
            ("published", pa.string()),
            ("publisher", pa.string()),
            ("site", pa.string()),
            ("authors", pa.list_(pa.string())),
            ("text", pa.string()),
            ("captions", pa.list_(pa.string())),
            ("warnings", pa.list_(pa.string())),
            ("cluster", pa.string()),
            ("copy_of", pa.string()),
        ]
    ),
    "claims": pa.schema(
        [
            ("article_id", pa.string()),
            ("claim_index", pa.int32()),
            ("source_name", pa.string()),
            ("source_mention", pa.string()),
            ("source_kind", pa.string()),
            ("source_role", pa.string()),
            ("source_affiliation", pa.string()),
            ("source_aliases", pa.list_(pa.string())),
            ("cue", pa.string()),
            ("style", pa.string()),
            ("content", pa.string()),
            ("start", pa.int64()),
            ("end", pa.int64()),
            ("sentence", pa.string()),
            ("resolved_from", pa.string()),
            ("content_spans", pa.list_(pa.list_(pa.int64()))),
            ("where", pa.string()),
        ]
    ),
    "figures": pa.schema(
        [
            ("article_id", pa.string()),
            ("claim_index", pa.int32()),
            ("figure_index", pa.int32()),
            ("text", pa.string()),
            ("value", pa.float64()),
            ("low", pa.float64()),
            ("high", pa.float64()),
            ("approximate", pa.bool_()),
            ("counted", pa.string()),
            ("outcome", pa.string()),
            ("per", pa.string()),
            ("period_text", pa.string()),
            ("period_start", pa.string()),
            ("period_end", pa.string()),
            ("location", pa.string()),
            ("unit", pa.string()),
            ("start", pa.int64()),
            ("end", pa.int64()),
        ]
    ),
}


def rows_of(article: Article) -> dict[str, list[dict[str, Any]]]:
    """One article as rows of the three tables."""
    article_id = article.id
    claims: list[dict[str, Any]] = []
    figures: list[dict[str, Any]] = []
    for c_index, claim in enumerate(article.claims):
        source = claim.source
        claims.append(
            {
                "article_id": article_id,
                "claim_index": c_index,
                "source_name": source.name if source else None,
                "source_mention": source.mention if source else None,
                "source_kind": source.kind if source else None,
                "source_role": source.role if source else None,
                "source_affiliation": source.affiliation if source else None,
                "source_aliases": list(source.aliases) if source else [],
                "cue": claim.cue,
                "style": claim.style,
                "content": claim.content,
                "start": claim.start,
                "end": claim.end,
                "sentence": claim.sentence,
                "resolved_from": claim.resolved_from,
                "content_spans": [list(span) for span in claim.content_spans],
                "where": claim.where,
            }
        )
        for f_index, figure in enumerate(claim.figures):
            period = figure.period
            figures.append(
                {
                    "article_id": article_id,
                    "claim_index": c_index,
                    "figure_index": f_index,
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
                    "start": figure.start,
                    "end": figure.end,
                }
            )
    return {
        "articles": [
            {
                "article_id": article_id,
                "input": article.input,
                "url": article.url,
                "title": article.title,
                "published": article.published,
                "publisher": article.publisher,
                "site": article.site,
                "authors": list(article.authors),
                "text": article.text,
                "captions": list(article.captions),
                "warnings": list(article.warnings),
                "cluster": article.cluster,
                "copy_of": article.copy_of,
            }
        ],
        "claims": claims,
        "figures": figures,
    }


def to_arrow(articles: Iterable[Article]) -> dict[str, pa.Table]:
    """Articles as three Arrow tables with the fixed `SCHEMAS`."""
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    for article in articles:
        for name, part in rows_of(article).items():
            rows[name].extend(part)
    return {name: pa.Table.from_pylist(rows[name], schema=SCHEMAS[name]) for name in TABLES}


def _figure(row: dict[str, Any]) -> Figure:
    period = None
    if row["period_text"] is not None:
        period = Period(row["period_text"], row["period_start"], row["period_end"])
    return Figure(
        text=row["text"],
        value=row["value"],
        low=row["low"],
        high=row["high"],
        approximate=row["approximate"],
        counted=row["counted"],
        outcome=row["outcome"],
        per=row["per"],
        period=period,
        location=row["location"],
        unit=row["unit"],
        start=row["start"],
        end=row["end"],
    )


def from_arrow(tables: dict[str, pa.Table]) -> list[Article]:
    """Rebuild `Article` records from the three tables (the inverse of `to_arrow`)."""
    figures: dict[tuple[str, int], list[Figure]] = {}
    for row in sorted(
        tables["figures"].to_pylist(),
        key=lambda r: (r["article_id"], r["claim_index"], r["figure_index"]),
    ):
        figures.setdefault((row["article_id"], row["claim_index"]), []).append(_figure(row))
    claims: dict[str, list[Claim]] = {}
    for row in sorted(
        tables["claims"].to_pylist(), key=lambda r: (r["article_id"], r["claim_index"])
    ):
        source = None
        if row["source_name"] is not None:
            source = Source(
                name=row["source_name"],
                mention=row["source_mention"],
                kind=row["source_kind"],
                role=row["source_role"],
                affiliation=row["source_affiliation"],
                aliases=list(row["source_aliases"] or []),
            )
        claims.setdefault(row["article_id"], []).append(
            Claim(
                source=source,
                cue=row["cue"],
                style=row["style"],
                content=row["content"],
                start=row["start"],
                end=row["end"],
                sentence=row["sentence"],
                figures=figures.get((row["article_id"], row["claim_index"]), []),
                resolved_from=row["resolved_from"],
                content_spans=[(a, b) for a, b in row["content_spans"] or []],
                where=row["where"],
            )
        )
    articles = []
    for row in tables["articles"].to_pylist():
        articles.append(
            Article(
                input=row["input"],
                text=row["text"],
                title=row["title"],
                url=row["url"],
                published=row["published"],
                publisher=row["publisher"],
                site=row["site"],
                authors=list(row["authors"] or []),
                captions=list(row["captions"] or []),
                claims=claims.get(row["article_id"], []),
                warnings=list(row["warnings"] or []),
                cluster=row["cluster"],
                copy_of=row["copy_of"],
            )
        )
    return articles
