"""The ledger: many articles, one reconciled view of who claims what.

    from sayso.ledger import find_claims, ingest_inputs, open_ledger, reconciled

    for result in ingest_inputs(["examples/"]):          # into ./sayso.db (or $SAYSO_DB)
        print(result)
    with open_ledger() as ledger:
        for claim in find_claims(ledger, source="Kirby"):
            print(claim.published, claim.source, claim.content)
        for quantity in reconciled(ledger, about="Idlib", min_sources=2):
            print(quantity.label, quantity.low, quantity.best, quantity.high, quantity.conflict)

Modules: `store` (URLs, engines, transactions), `migrate` and `migrations/` (the
schema, by Alembic), `models` (tables), `ingest` (articles in), `entities` (sources
across articles), `geo` (places of figures), `reconcile` (quantities and low/best/high),
`queries` (claims, sources, articles, the reconciled table), `render` (tables, CSV,
JSON lines), `export` (files).
"""

from __future__ import annotations

from .export import export
from .ingest import IngestStats, Stored, ingest_articles, ingest_inputs, store_article
from .queries import find_article, find_claims, list_sources, reconciled
from .reconcile import Quantity, reconcile
from .store import Ledger, database_url, open_ledger

__all__ = [
    "IngestStats",
    "Ledger",
    "Quantity",
    "Stored",
    "database_url",
    "export",
    "find_article",
    "find_claims",
    "ingest_articles",
    "ingest_inputs",
    "list_sources",
    "open_ledger",
    "reconcile",
    "reconciled",
    "store_article",
]
