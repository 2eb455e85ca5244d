"""Schema versions: check a database before use, and migrate it to this sayso's schema.

The schema is versioned by the Alembic scripts shipped in `migrations/versions`. On
every open, `prepare()` reads the database's revision without writing anything and:

- refuses a database whose revision this sayso does not know (written by a newer one);
- refuses a database that holds tables but no sayso revision (another program's);
- creates the schema in an empty database, or upgrades an older one, in one transaction
  that two processes cannot run at once (SQLite `BEGIN IMMEDIATE`; a PostgreSQL advisory
  lock), so that concurrent first uses create the schema exactly once.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from ..errors import LedgerCorrupt, LedgerTooNew
from .store import Ledger

__all__ = ["MIGRATIONS", "current_revision", "head_revision", "known_revisions", "prepare"]

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
"""The Alembic script directory, shipped inside the package."""

_LOCK_ID = 0x5A450_1ED6E  # PostgreSQL advisory lock key for schema changes ("sayso ledger")


def _config(connection: sa.Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


@cache
def _scripts() -> ScriptDirectory:
    return ScriptDirectory.from_config(_config())


def known_revisions() -> frozenset[str]:
    """Every schema revision this sayso can read."""
    return frozenset(script.revision for script in _scripts().walk_revisions())


def head_revision() -> str:
    """The schema revision this sayso writes."""
    head = _scripts().get_current_head()
    assert head is not None
    return head


def current_revision(connection: sa.Connection) -> str | None:
    """The database's schema revision (None for a database sayso never wrote)."""
    heads = MigrationContext.configure(connection).get_current_heads()
    return heads[0] if heads else None


def _check(connection: sa.Connection, where: str) -> str | None:
    tables = sa.inspect(connection).get_table_names()
    revision = current_revision(connection) if "alembic_version" in tables else None
    if revision is not None and revision not in known_revisions():
        raise LedgerTooNew(
            f"{where} was written by a newer sayso (schema revision {revision}; this sayso "
            f"knows up to {head_revision()}); it was left untouched. Upgrade sayso "
            "(pip install -U sayso) to read it"
        )
    if revision is None and tables:
        shown = ", ".join(sorted(tables)[:5]) + (", ..." if len(tables) > 5 else "")
        raise LedgerCorrupt(
            f"{where} is not a sayso ledger: it holds other tables ({shown}) and no sayso "
            "schema revision; it was left untouched. Give a new file or an empty database"
        )
    return revision


def prepare(ledger: Ledger) -> None:
    """Check the database at `ledger`, then create or upgrade its schema if needed."""
    with ledger.engine.connect() as connection:
        revision = _check(connection, ledger.where)
        connection.rollback()
    if ledger.dialect == "sqlite":
        with ledger.engine.connect().execution_options(sayso_begin="DEFERRED") as connection:
            connection.rollback()
            driver = connection.connection.driver_connection
            assert driver is not None
            driver.execute("PRAGMA journal_mode = WAL")
    if revision == head_revision():
        return
    with ledger.engine.begin() as connection:
        if ledger.dialect == "postgresql":
            connection.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": _LOCK_ID})
        if _check(connection, ledger.where) != head_revision():
            command.upgrade(_config(connection), "head")
