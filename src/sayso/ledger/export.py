"""`sayso export`: the whole ledger as files, for spreadsheets, notebooks and other tools.

    export(ledger, "parquet", Path("out/"))

writes one file per table, in CSV, JSON lines or Parquet (pyarrow), with the same
columns in every format:

- `articles`: one row per stored article (`counted` is false for syndicated copies and
  superseded versions, whose claims are not counted);
- `claims`: every claim, with its ledger source (`source_id`, `source`) and the source
  as the article named it (`as_named`);
- `figures`: every figure, as extracted;
- `sources`: the source entities with their aliases;
- `quantities`: the reconciled table, one row per quantity and source.

The JSON lines export adds `records.jsonl`: every counted article as the interchange
record of `spec/output.md` (what `sayso extract --format jsonl` writes).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, Literal

import pyarrow as pa
import pyarrow.csv as pa_csv
import pyarrow.parquet as pq
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from ..errors import LedgerError
from .models import ArticleRow, ClaimRow, FigureRow, SourceRow
from .queries import article_record, counted_articles, observations
from .reconcile import reconcile
from .render import quantity_rows
from .store import Ledger

__all__ = ["FORMATS", "SCHEMAS", "ExportFormat", "export"]

ExportFormat = Literal["csv", "jsonl", "parquet"]
FORMATS: tuple[ExportFormat, ...] = ("csv", "jsonl", "parquet")

_S, _I, _F, _B = pa.string(), pa.int64(), pa.float64(), pa.bool_()
SCHEMAS: dict[str, pa.Schema] = {
    "articles": pa.schema(
        [("id", _S), ("input", _S), ("url", _S), ("title", _S), ("published", _S),
         ("publisher", _S), ("site", _S), ("authors", pa.list_(_S)), ("cluster", _S),
         ("copy_of", _S), ("superseded_by", _S), ("counted", _B), ("n_claims", _I),
         ("n_figures", _I), ("ingested_at", _S), ("text", _S)]
    ),
    "claims": pa.schema(
        [("claim_id", _I), ("article_id", _S), ("position", _I), ("source_id", _I),
         ("source", _S), ("as_named", _S), ("mention", _S), ("kind", _S), ("role", _S),
         ("affiliation", _S), ("cue", _S), ("style", _S), ("content", _S), ("sentence", _S),
         ("start", _I), ("end", _I), ("where", _S), ("counted", _B)]
    ),
    "figures": pa.schema(
        [("figure_id", _I), ("claim_id", _I), ("article_id", _S), ("text", _S),
         ("value", _F), ("low", _F), ("high", _F), ("approximate", _B), ("counted", _S),
         ("outcome", _S), ("per", _S), ("period_text", _S), ("period_start", _S),
         ("period_end", _S), ("location", _S), ("unit", _S), ("start", _I), ("end", _I)]
    ),
    "sources": pa.schema(
        [("id", _I), ("name", _S), ("kind", _S), ("country", _S), ("role", _S),
         ("affiliation", _S), ("aliases", pa.list_(_S))]
    ),
    "quantities": pa.schema(
        [("quantity_id", _S), ("quantity", _S), ("counted", _S), ("outcome", _S),
         ("per", _S), ("unit", _S), ("place", _S), ("time", _S), ("start", _S), ("end", _S),
         ("low", _F), ("best", _F), ("high", _F), ("conflict", _B), ("source", _S),
         ("figure", _S), ("stated", _F), ("source_low", _F), ("source_high", _F),
         ("as_of", _S), ("revisions", _I), ("revised_down", _B), ("article_id", _S)]
    ),
}  # fmt: skip
"""The columns and types of every exported table."""


def _tables(ledger: Ledger) -> dict[str, list[dict[str, Any]]]:
    with ledger.session() as session:
        counted_ids = set(session.scalars(select(ArticleRow.id).where(counted_articles())).all())
        articles = [
            {
                "id": a.id,
                "input": a.input,
                "url": a.url,
                "title": a.title,
                "published": a.published,
                "publisher": a.publisher,
                "site": a.site,
                "authors": list(a.authors),
                "cluster": a.cluster,
                "copy_of": a.copy_of,
                "superseded_by": a.superseded_by,
                "counted": a.id in counted_ids,
                "n_claims": a.n_claims,
                "n_figures": a.n_figures,
                "ingested_at": a.ingested_at.isoformat(),
                "text": a.text,
            }
            for a in session.scalars(
                select(ArticleRow).order_by(ArticleRow.ingested_at, ArticleRow.id)
            )
        ]
        claims = [
            {
                "claim_id": c.id,
                "article_id": c.article_id,
                "position": c.position,
                "source_id": c.source_id,
                "source": c.source.name if c.source else c.source_name,
                "as_named": c.source_name,
                "mention": c.mention,
                "kind": c.source_kind,
                "role": c.role,
                "affiliation": c.affiliation,
                "cue": c.cue,
                "style": c.style,
                "content": c.content,
                "sentence": c.sentence,
                "start": c.start_char,
                "end": c.end_char,
                "where": "title" if c.in_title else "body",
                "counted": c.article_id in counted_ids,
            }
            for c in session.scalars(
                select(ClaimRow)
                .options(selectinload(ClaimRow.source))
                .order_by(ClaimRow.article_id, ClaimRow.position)
            )
        ]
        figures = [
            {
                "figure_id": f.id,
                "claim_id": f.claim_id,
                "article_id": f.article_id,
                "text": f.text,
                "value": f.value,
                "low": f.low,
                "high": f.high,
                "approximate": f.approximate,
                "counted": f.counted,
                "outcome": f.outcome,
                "per": f.per,
                "period_text": f.period_text,
                "period_start": f.period_start,
                "period_end": f.period_end,
                "location": f.location,
                "unit": f.unit,
                "start": f.start_char,
                "end": f.end_char,
            }
            for f in session.scalars(select(FigureRow).order_by(FigureRow.id))
        ]
        sources = [
            {
                "id": s.id,
                "name": s.name,
                "kind": s.kind,
                "country": s.country,
                "role": s.role,
                "affiliation": s.affiliation,
                "aliases": sorted({a.alias for a in s.aliases}),
            }
            for s in session.scalars(
                select(SourceRow).options(selectinload(SourceRow.aliases)).order_by(SourceRow.id)
            )
        ]
        quantities = list(quantity_rows(reconcile(observations(session))))
    return {
        "articles": articles,
        "claims": claims,
        "figures": figures,
        "sources": sources,
        "quantities": quantities,
    }


def _records(ledger: Ledger) -> Iterable[dict[str, Any]]:
    with ledger.session() as session:
        rows = session.scalars(
            select(ArticleRow)
            .where(counted_articles())
            .options(
                selectinload(ArticleRow.claims).selectinload(ClaimRow.figures),
            )
            .order_by(ArticleRow.ingested_at, ArticleRow.id)
        )
        for row in rows:
            yield article_record(row).to_dict()


def _flat(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{k: "; ".join(v) if isinstance(v, list) else v for k, v in row.items()} for row in rows]


def export(ledger: Ledger, fmt: ExportFormat, out: Path) -> dict[str, int]:
    """Write every table to `out` (created if needed) in `fmt`; returns rows per file."""
    if fmt not in FORMATS:
        raise LedgerError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    out.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    writers: dict[str, Callable[[str, list[dict[str, Any]]], str]] = {
        "csv": lambda name, rows: _write_csv(out, name, rows),
        "jsonl": lambda name, rows: _write_jsonl(out, name, rows),
        "parquet": lambda name, rows: _write_parquet(out, name, rows),
    }
    for name, rows in _tables(ledger).items():
        counts[writers[fmt](name, rows)] = len(rows)
    if fmt == "jsonl":
        path = out / "records.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            counts[path.name] = 0
            for record in _records(ledger):
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")
                counts[path.name] += 1
    return counts


def _write_csv(out: Path, name: str, rows: list[dict[str, Any]]) -> str:
    schema = SCHEMAS[name]
    flat_schema = pa.schema(
        [pa.field(f.name, pa.string() if pa.types.is_list(f.type) else f.type) for f in schema]
    )
    table = pa.Table.from_pylist(_flat(rows), schema=flat_schema)
    path = out / f"{name}.csv"
    pa_csv.write_csv(table, path)
    return path.name


def _write_jsonl(out: Path, name: str, rows: list[dict[str, Any]]) -> str:
    path = out / f"{name}.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path.name


def _write_parquet(out: Path, name: str, rows: list[dict[str, Any]]) -> str:
    path = out / f"{name}.parquet"
    pq.write_table(pa.Table.from_pylist(rows, schema=SCHEMAS[name]), path)
    return path.name
