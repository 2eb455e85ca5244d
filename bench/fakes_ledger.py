#!/usr/bin/env python3
"""Build a ledger of every FA-KES article (for the web and ledger benchmarks).

    .venv/bin/python bench/fakes_ledger.py /tmp/fakes.db

Each CSV row becomes a `RawInput` (name `fakes-<unit_id>`, its title and its date as
hints) and goes through `extract_raw` and `ingest_articles`, as `sayso ingest` would.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import os
import time
from collections.abc import Iterator
from pathlib import Path

from sayso.extract import extract_raw
from sayso.ledger.ingest import IngestStats, ingest_articles
from sayso.ledger.store import open_ledger
from sayso.read import RawInput

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SAYSO_SHARED", ROOT.parent / "shared"))
FAKES = SHARED / "data" / "fa-kes" / "fakes.csv"

__all__ = ["FAKES", "build", "fakes_inputs"]


def _iso(day: str) -> str | None:
    try:
        return dt.datetime.strptime(day.strip(), "%m/%d/%y").date().isoformat()
    except ValueError:
        return None


def fakes_inputs(path: Path = FAKES, limit: int | None = None) -> Iterator[RawInput]:
    """One `RawInput` per FA-KES row, with its title and publication day."""
    with path.open(encoding="utf-8", errors="replace", newline="") as handle:
        for number, row in enumerate(csv.DictReader(handle)):
            if limit is not None and number >= limit:
                return
            yield RawInput(
                name=f"fakes-{row['unit_id']}",
                data=row["article_content"],
                title=row["article_title"],
                published=_iso(row["date"]),
                html=False,
            )


def build(db: str, limit: int | None = None) -> IngestStats:
    """Ingest FA-KES (its first `limit` rows) into the ledger at `db`."""
    stats = IngestStats()
    with open_ledger(db) as ledger:
        for _ in ingest_articles(ledger, extract_raw(fakes_inputs(limit=limit)), stats):
            pass
    return stats


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", help="ledger file or URL to fill")
    parser.add_argument("--limit", type=int, default=None, help="only the first N rows")
    args = parser.parse_args()
    started = time.perf_counter()
    stats = build(args.db, args.limit)
    print(
        f"{stats.articles} articles, {stats.claims} claims, {stats.figures} figures, "
        f"{stats.failed} failed in {time.perf_counter() - started:.0f} s"
    )


if __name__ == "__main__":
    main()
