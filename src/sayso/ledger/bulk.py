"""The bulk load: Parquet shards written by `sayso.scale` into the ledger.

    stats = load_shards("work/", ledger)

Each shard's articles are stored as `ingest_articles` stores any article (idempotent, one
transaction each, copies counted once). A shard loaded into a ledger leaves a marker
naming that ledger, so that a resumed run loads only the shards it has not loaded yet.
Memory holds one shard at a time.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator
from pathlib import Path

import pyarrow.parquet as pq

from ..scale import shard_ids
from ..tables import SCHEMAS, TABLES, from_arrow
from .ingest import IngestStats, Stored, ingest_articles
from .store import Ledger

__all__ = ["load_shards"]


def _ledger_key(ledger: Ledger) -> str:
    return hashlib.sha1(ledger.where.encode("utf-8")).hexdigest()[:12]


def load_shards(
    out_dir: str | os.PathLike[str], ledger: Ledger, stats: IngestStats | None = None
) -> Iterator[Stored]:
    """Store every shard of `out_dir` not yet loaded into this ledger; yield each article."""
    out = Path(out_dir)
    stats = stats if stats is not None else IngestStats()
    loaded = out / "_loaded" / _ledger_key(ledger)
    loaded.mkdir(parents=True, exist_ok=True)
    for shard in shard_ids(out):
        marker = loaded / f"{shard}.json"
        if marker.is_file():
            continue
        tables = {
            name: pq.read_table(out / name / f"shard-{shard}.parquet", schema=SCHEMAS[name])
            for name in TABLES
        }
        for result in ingest_articles(ledger, from_arrow(tables), stats):
            if isinstance(result, Stored):
                yield result
        marker.write_text(json.dumps({"shard": shard, "ledger": ledger.where}), encoding="utf-8")
