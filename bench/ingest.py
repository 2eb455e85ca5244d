#!/usr/bin/env python3
"""Ingest rate of all FA-KES into each ledger backend, reading+NLP and storage apart.

    .venv/bin/python bench/ingest.py [--n 804] [--pg postgresql://postgres@127.0.0.1/test]

Reads the FA-KES CSV (../shared/data/fa-kes/fakes.csv) into `RawInput`s, runs the
extraction once (timed: reading and NLP), then stores the articles into a fresh SQLite
file and a fresh PostgreSQL schema (timed: storage), stores them again (all unchanged:
the idempotent path), and prints articles/s for each step and end to end. Then it prints
the reconciled Khan Sheikhun incident of 4 April 2017 from the SQLite ledger.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import uuid
from pathlib import Path

import psycopg
from rich.console import Console

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.fakes import fakes_inputs, with_outlets  # noqa: E402

from sayso.extract import extract_raw  # noqa: E402
from sayso.ledger import IngestStats, ingest_articles, open_ledger, reconciled  # noqa: E402
from sayso.ledger.render import figures_table  # noqa: E402
from sayso.records import Article  # noqa: E402

SHARED = Path(os.environ.get("SAYSO_SHARED", ROOT.parent / "shared"))
PG = "postgresql://postgres@127.0.0.1:5432/test"


def _store(url: str, articles: list[Article]) -> tuple[float, float, float, IngestStats]:
    started = time.perf_counter()
    with open_ledger(url) as ledger:
        opened = time.perf_counter() - started
        stats = IngestStats()
        started = time.perf_counter()
        for _ in ingest_articles(ledger, articles, stats):
            pass
        stored = time.perf_counter() - started
        started = time.perf_counter()
        again = IngestStats()
        for _ in ingest_articles(ledger, articles, again):
            pass
        repeated = time.perf_counter() - started
        assert again.statuses.get("unchanged") == len(articles), again.statuses
    return opened, stored, repeated, stats


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=None, help="only the first N articles")
    parser.add_argument("--pg", default=PG, help="PostgreSQL server (a schema is made and dropped)")
    parser.add_argument(
        "--keep", action="store_true", help="keep the SQLite ledger, print its path"
    )
    args = parser.parse_args()

    inputs, outlets = fakes_inputs(SHARED / "data" / "fa-kes" / "fakes.csv", args.n)
    started = time.perf_counter()
    results = list(with_outlets(extract_raw(inputs), outlets))
    nlp_s = time.perf_counter() - started
    articles = [r for r in results if isinstance(r, Article)]
    n = len(articles)
    print(f"FA-KES: {len(inputs)} rows, {n} articles, {len(inputs) - n} refused by the reader")
    print(f"reading + NLP   : {nlp_s:7.1f} s  {n / nlp_s:7.1f} articles/s")

    folder = Path(tempfile.mkdtemp(prefix="sayso-bench-"))
    backends = {"sqlite": str(folder / "fakes.db")}
    schema = f"sayso_bench_{uuid.uuid4().hex[:8]}"
    try:
        with psycopg.connect(args.pg, autocommit=True, connect_timeout=5) as connection:
            connection.execute(f'CREATE SCHEMA "{schema}"')
        backends["postgresql"] = f"{args.pg}?options=-csearch_path%3D{schema}"
    except psycopg.Error as error:
        print(f"postgresql      : skipped ({str(error).strip().splitlines()[0]})")
    try:
        for name, url in backends.items():
            opened, stored, repeated, stats = _store(url, articles)
            statuses = ", ".join(f"{v} {k}" for k, v in sorted(stats.statuses.items()))
            print(
                f"{name:<16}: schema {opened:4.1f} s; store {stored:6.1f} s "
                f"{n / stored:7.1f} articles/s ({statuses}; {stats.claims} claims, "
                f"{stats.figures} figures); again {n / repeated:7.1f} articles/s; "
                f"end to end {n / (nlp_s + stored):5.1f} articles/s"
            )
        with open_ledger(backends["sqlite"], create=False) as ledger:
            started = time.perf_counter()
            quantities = reconciled(ledger)
            took = time.perf_counter() - started
            shared = [q for q in quantities if len(q.sources) >= 2]
            conflicts = [q for q in shared if q.conflict]
            print(
                f"reconciliation  : {len(quantities)} quantities in {took:.1f} s; "
                f"{len(shared)} with two sources or more, {len(conflicts)} of them in conflict"
            )
            incident = [
                q
                for q in quantities
                if q.matches("Khan Sheikhun")
                and q.outcome == "killed"
                and q.counted == "people"
                and q.start is not None
                and q.start.isoformat() == "2017-04-04"
            ][:1]
            Console(width=150, highlight=False).print(
                figures_table(incident, title="The Khan Sheikhun attack, 4 April 2017")
            )
    finally:
        if "postgresql" in backends:
            with psycopg.connect(args.pg, autocommit=True) as connection:
                connection.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
        if args.keep:
            print(f"SQLite ledger kept at {backends['sqlite']}")
        else:
            for path in folder.iterdir():
                path.unlink()
            folder.rmdir()


if __name__ == "__main__":
    main()
