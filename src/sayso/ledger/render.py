"""The ledger's answers as Rich tables for people, and as JSON lines or CSV for machines."""

from __future__ import annotations

import csv
import json
import math
from collections.abc import Iterable, Sequence
from typing import Any, TextIO

from rich.table import Table

from .queries import ClaimView, SourceView
from .reconcile import Quantity

__all__ = [
    "CLAIM_COLUMNS",
    "QUANTITY_COLUMNS",
    "SOURCE_COLUMNS",
    "claim_row",
    "claims_table",
    "figures_table",
    "quantity_rows",
    "source_row",
    "sources_table",
    "write_csv",
    "write_jsonl",
]


def _n(value: float | None) -> str:
    if value is None or math.isinf(value):
        return ""
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"


def _figure_words(figure: dict[str, Any]) -> str:
    words = figure["text"]
    if figure.get("counted"):
        words += f" {figure['counted']}"
    if figure.get("outcome"):
        words += f" [dim]{figure['outcome']}[/dim]"
    if figure.get("per"):
        words += f" [dim]per {figure['per']}[/dim]"
    return str(words)


def claims_table(claims: Sequence[ClaimView], title: str | None = None) -> Table:
    """Claims across articles: source (its role the first time), cue, claim, figures, and
    where they come from (date, outlet, article id)."""
    table = Table(title=title, title_justify="left", expand=True)
    table.add_column("source", style="bold", ratio=3, min_width=14, overflow="fold")
    table.add_column("cue", style="cyan", max_width=14, overflow="fold")
    table.add_column("claim", ratio=7, overflow="fold")
    table.add_column("figures", style="green", ratio=3, overflow="fold")
    table.add_column("from", style="dim", ratio=2, min_width=12, overflow="fold")
    introduced: set[str] = set()
    for claim in claims:
        source = claim.source or "[dim](reporter)[/dim]"
        if claim.source and claim.as_named and claim.as_named != claim.source:
            source += f"\n[dim]as “{claim.as_named}”[/dim]"
        if claim.role and claim.source and claim.source not in introduced:
            source += f"\n[dim]{claim.role}[/dim]"
            introduced.add(claim.source)
        origin = "\n".join(p for p in ((claim.published or "")[:10], claim.outlet) if p)
        table.add_row(
            source,
            claim.cue or "",
            claim.content,
            "\n".join(_figure_words(f) for f in claim.figures),
            f"{origin}\n{claim.article_id[:8]}",
        )
    return table


def figures_table(quantities: Sequence[Quantity], title: str | None = None) -> Table:
    """The reconciled table: per quantity, one line per source (its latest figure, its
    date, how often it revised it), then the range and the conflict flag."""
    table = Table(title=title, title_justify="left", expand=True)
    table.add_column("quantity", style="bold", ratio=3, overflow="fold")
    table.add_column("source", ratio=3, overflow="fold")
    table.add_column("figure", style="green", ratio=2, overflow="fold")
    table.add_column("as of", style="dim", no_wrap=True, min_width=10)
    table.add_column("low / best / high", no_wrap=True, min_width=17)
    table.add_column("conflict", ratio=2, overflow="fold")
    for quantity in quantities:
        high = _n(quantity.high) or "open"
        span = f"{_n(quantity.low) or '?'} / {_n(quantity.best) or '?'} / {high}"
        flag = "[bold red]yes[/bold red]" if quantity.conflict else ""
        if quantity.conflict and quantity.conflicts:
            more = len(quantity.conflicts) - 1
            flag += f"\n[dim]{quantity.conflicts[0]}{f' (+{more})' if more else ''}[/dim]"
        for i, source in enumerate(quantity.sources):
            revised = ""
            if source.revised:
                down = ", down" if source.revised_down else ""
                revised = f" [dim](rev. {source.revisions}{down})[/dim]"
            first = i == 0
            table.add_row(
                quantity.label if first else "",
                source.source,
                source.text + revised,
                source.as_of.isoformat() if source.as_of else "",
                span if first else "",
                flag if first else "",
                end_section=i == len(quantity.sources) - 1,
            )
    return table


def sources_table(sources: Sequence[SourceView]) -> Table:
    """Source entities: name, kind, country, role, aliases, claims and articles."""
    table = Table(expand=True)
    table.add_column("source", style="bold", ratio=3, overflow="fold")
    table.add_column("kind", style="dim")
    table.add_column("country", style="dim")
    table.add_column("role", ratio=3, overflow="fold")
    table.add_column("aliases", ratio=4, overflow="fold")
    table.add_column("claims", justify="right")
    table.add_column("articles", justify="right")
    for source in sources:
        table.add_row(
            source.name,
            source.kind,
            source.country or "",
            source.role or "",
            "; ".join(source.aliases),
            str(source.claims),
            str(source.articles),
        )
    return table


CLAIM_COLUMNS = [
    "published", "source", "as_named", "role", "cue", "style", "content", "figures",
    "outlet", "title", "url", "article_id", "claim_id", "source_id",
]  # fmt: skip
SOURCE_COLUMNS = [
    "id", "name", "kind", "country", "role", "aliases", "claims", "articles", "first", "last",
]  # fmt: skip
QUANTITY_COLUMNS = [
    "quantity_id", "quantity", "counted", "outcome", "per", "unit", "place", "time", "start",
    "end", "low", "best", "high", "conflict", "source", "figure", "stated", "source_low",
    "source_high", "as_of", "revisions", "revised_down", "article_id",
]  # fmt: skip


def claim_row(claim: ClaimView) -> dict[str, Any]:
    """A claim as one flat row (CSV, Parquet)."""
    return {
        "published": claim.published,
        "source": claim.source,
        "as_named": claim.as_named,
        "role": claim.role,
        "cue": claim.cue,
        "style": claim.style,
        "content": claim.content,
        "figures": "; ".join(f["text"] for f in claim.figures),
        "outlet": claim.outlet,
        "title": claim.title,
        "url": claim.url,
        "article_id": claim.article_id,
        "claim_id": claim.claim_id,
        "source_id": claim.source_id,
    }


def source_row(source: SourceView) -> dict[str, Any]:
    """A source as one flat row: aliases joined by `; `."""
    row = source.to_dict()
    row["aliases"] = "; ".join(source.aliases)
    return row


def quantity_rows(quantities: Iterable[Quantity]) -> Iterable[dict[str, Any]]:
    """The reconciled table flat: one row per quantity and source."""
    for quantity in quantities:
        head = quantity.to_dict()
        for source in head["sources"]:
            yield {
                "quantity_id": head["id"],
                "quantity": head["quantity"],
                "counted": head["counted"],
                "outcome": head["outcome"],
                "per": head["per"],
                "unit": head["unit"],
                "place": head["place"],
                "time": head["time"],
                "start": head["start"],
                "end": head["end"],
                "low": head["low"],
                "best": head["best"],
                "high": head["high"],
                "conflict": head["conflict"],
                "source": source["source"],
                "figure": source["text"],
                "stated": source["stated"],
                "source_low": source["low"],
                "source_high": source["high"],
                "as_of": source["as_of"],
                "revisions": source["revisions"],
                "revised_down": source["revised_down"],
                "article_id": source["article_id"],
            }


def write_jsonl(records: Iterable[dict[str, Any]], out: TextIO) -> int:
    """One JSON object per line; returns the number written."""
    count = 0
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
        count += 1
    return count


def write_csv(rows: Iterable[dict[str, Any]], out: TextIO, columns: Sequence[str]) -> int:
    """CSV with a header row; returns the number of data rows."""
    writer = csv.DictWriter(out, fieldnames=list(columns), extrasaction="ignore")
    writer.writeheader()
    count = 0
    for row in rows:
        writer.writerow(row)
        count += 1
    return count
