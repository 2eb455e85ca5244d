"""Where the ledger lives: database URLs, engines, and transactions that survive contention.

    ledger = open_ledger()                       # ./sayso.db, or $SAYSO_DB
    ledger = open_ledger("postgresql://postgres@127.0.0.1/news")
    with ledger.session() as session: ...        # read
    ledger.write(lambda session: ...)            # one atomic write, retried when busy

SQLite is the default: a file in WAL mode (readers never wait for the writer), with a
busy timeout, `BEGIN IMMEDIATE` for writes (two writers queue instead of deadlocking)
and retries. PostgreSQL is reached through psycopg 3: `postgresql://user@host/db` URLs
are mapped to SQLAlchemy's `postgresql+psycopg` driver. `open_ledger` checks the
database before it writes anything, so that a database sayso refuses (damaged, another
program's, a newer sayso's) is left exactly as it was.
"""

from __future__ import annotations

import os
import random
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import (
    ArgumentError,
    DatabaseError,
    IntegrityError,
    NoSuchModuleError,
    OperationalError,
)
from sqlalchemy.orm import Session, sessionmaker

from ..errors import LedgerCorrupt, LedgerError, LedgerUnavailable, LedgerUrlError, NotInLedger

__all__ = [
    "DEFAULT_DB",
    "Ledger",
    "database_url",
    "default_database",
    "describe_url",
    "open_ledger",
]

DEFAULT_DB = "sayso.db"
"""The ledger file used when neither `--db` nor `$SAYSO_DB` names one."""

T = TypeVar("T")

_DRIVERS = {
    "sqlite": "sqlite",
    "sqlite+pysqlite": "sqlite",
    "postgres": "postgresql+psycopg",
    "postgresql": "postgresql+psycopg",
    "postgresql+psycopg": "postgresql+psycopg",
    "postgresql+psycopg2": "postgresql+psycopg",
}
_RETRYABLE = (
    "database is locked",
    "database table is locked",
    "database is busy",
    "could not serialize access",
    "deadlock detected",
)


def default_database() -> str:
    """`$SAYSO_DB` when set, else `sayso.db` in the current directory."""
    return os.environ.get("SAYSO_DB") or DEFAULT_DB


def database_url(target: str | None = None) -> URL:
    """The SQLAlchemy URL for a `--db` value: a file path, or an `sqlite://` /
    `postgresql://` URL. Raises `LedgerUrlError` for anything else."""
    text = (target or default_database()).strip()
    if not text:
        raise LedgerUrlError("the database URL is empty; give a file path or a postgresql:// URL")
    if "://" not in text:
        return URL.create("sqlite", database=str(Path(text).expanduser().absolute()))
    try:
        url = make_url(text)
    except ArgumentError:
        raise LedgerUrlError(
            f"{text!r} is not a database URL; use a file path (sayso.db) or "
            "postgresql://user@host/dbname"
        ) from None
    driver = _DRIVERS.get(url.drivername)
    if driver is None:
        raise LedgerUrlError(
            f"{url.drivername}:// is not supported; sayso keeps its ledger in SQLite (a file "
            "path or sqlite:///path) or PostgreSQL (postgresql://user@host/dbname)"
        )
    url = url.set(drivername=driver)
    if driver == "sqlite" and url.database in (None, "", ":memory:"):
        raise LedgerUrlError("an in-memory SQLite database would be lost on exit; give a file path")
    if driver.startswith("postgresql") and not url.database:
        raise LedgerUrlError(
            f"{describe_url(url)} names no database; add one: postgresql://user@host/dbname"
        )
    return url


def describe_url(url: URL) -> str:
    """The URL as it may be shown: a file path for SQLite, no password for a server."""
    if url.drivername == "sqlite":
        return str(url.database)
    return url.set(drivername="postgresql").render_as_string(hide_password=True)


def _sqlite_engine(url: URL, busy_timeout: float) -> Engine:
    engine = sa.create_engine(url, connect_args={"timeout": busy_timeout})

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        # Let SQLAlchemy's "begin" event decide how transactions start (pysqlite's own
        # implicit BEGIN is DEFERRED, which turns two writers into a deadlock).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: sa.Connection) -> None:
        mode = connection.get_execution_options().get("sayso_begin", "IMMEDIATE")
        connection.exec_driver_sql(f"BEGIN {mode}")

    return engine


def _postgres_engine(url: URL, connect_timeout: int) -> Engine:
    return sa.create_engine(
        url, connect_args={"connect_timeout": connect_timeout}, pool_pre_ping=True
    )


def _is_retryable(error: BaseException) -> bool:
    message = str(getattr(error, "orig", error)).lower()
    return any(part in message for part in _RETRYABLE)


def translate_error(error: BaseException, where: str) -> LedgerError:
    """A `LedgerError` that says what went wrong with the database at `where`, and what to do."""
    message = str(getattr(error, "orig", error)).strip().splitlines()[0] if str(error) else ""
    lower = message.lower()
    if "file is not a database" in lower or "malformed" in lower or "not a database" in lower:
        return LedgerCorrupt(
            f"{where} is not a usable SQLite database ({message}); it was left untouched. "
            "Restore it from a backup or give another --db"
        )
    if "unable to open database file" in lower:
        return LedgerUrlError(
            f"{where}: cannot open the database file; check the path and its folder"
        )
    if "does not exist" in lower and "database" in lower:
        return LedgerUrlError(f"{where}: {message}; create it first (createdb) or fix the URL")
    if "password authentication failed" in lower or ("role" in lower and "does not exist" in lower):
        return LedgerUrlError(f"{where}: {message}; check the user name and password in the URL")
    if isinstance(error, OperationalError | sqlite3.OperationalError) or "connect" in lower:
        return LedgerUnavailable(
            f"cannot reach the database server at {where} ({message}); is it running, and are "
            "the host and port right?"
        )
    return LedgerError(f"{where}: {message}")


@dataclass
class Ledger:
    """An open ledger: an engine, a session factory and transactions with retries."""

    url: URL
    engine: Engine
    retries: int = 8

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def where(self) -> str:
        """The database as a person would name it: a path, or a URL without password."""
        return describe_url(self.url)

    @property
    def dialect(self) -> str:
        """`sqlite` or `postgresql`."""
        return self.engine.dialect.name

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A read-only session (a deferred transaction on SQLite: it never blocks writers)."""
        bind = self.engine.execution_options(sayso_begin="DEFERRED")
        with Session(bind, expire_on_commit=False) as session:
            try:
                yield session
            except DatabaseError as error:
                raise translate_error(error, self.where) from error
            finally:
                session.rollback()

    def write(self, work: Callable[[Session], T]) -> T:
        """Run `work` in one transaction and commit it, all or nothing.

        A busy database (another writer, a serialization failure) or a unique-key race
        (another process stored the same article first) rolls back and runs `work` again,
        up to `retries` times with a growing random pause; `work` must therefore read what
        it needs inside the transaction.
        """
        attempt = 0
        while True:
            try:
                with self._sessions.begin() as session:
                    return work(session)
            except IntegrityError as error:
                attempt += 1
                if attempt > self.retries:
                    raise LedgerError(
                        f"{self.where}: a write kept clashing with another writer's through "
                        f"{self.retries} retries ({translate_error(error, self.where)})"
                    ) from error
            except OperationalError as error:
                if not _is_retryable(error):
                    raise translate_error(error, self.where) from error
                attempt += 1
                if attempt > self.retries:
                    raise LedgerUnavailable(
                        f"{self.where} stayed busy through {self.retries} retries; another "
                        "process holds it. Try again when it is done"
                    ) from error
            time.sleep(min(2.0, 0.05 * 2**attempt) * (0.5 + random.random()))

    def dispose(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *_exc: Any) -> None:
        self.dispose()


def open_ledger(
    target: str | None = None,
    *,
    create: bool = True,
    busy_timeout: float = 30.0,
    connect_timeout: int = 10,
) -> Ledger:
    """Open (and on first use create, or upgrade) the ledger at `target`.

    `target` is a path or URL (`None`: `$SAYSO_DB` or `./sayso.db`). With `create=False`
    a missing SQLite file is an error rather than a new empty ledger (the query commands
    use this). Raises a `LedgerError` subclass, having changed nothing, when the URL is
    wrong, the server is down, the file is damaged or not a ledger, or a newer sayso
    wrote it.
    """
    from .migrate import prepare

    url = database_url(target)
    if url.drivername == "sqlite":
        path = Path(str(url.database))
        if path.is_dir():
            raise LedgerUrlError(f"{path} is a directory; give a database file inside it")
        if not path.parent.is_dir():
            raise LedgerUrlError(f"{path.parent} does not exist; create the folder first")
        if not path.exists() and not create:
            raise NotInLedger(
                f"no ledger at {path}; run `sayso ingest INPUT...` first, or point --db or "
                "SAYSO_DB at an existing ledger"
            )
        engine = _sqlite_engine(url, busy_timeout)
    else:
        try:
            engine = _postgres_engine(url, connect_timeout)
        except (ArgumentError, NoSuchModuleError) as error:
            raise LedgerUrlError(f"{describe_url(url)}: {error}") from None
    ledger = Ledger(url, engine)
    try:
        prepare(ledger)
    except LedgerError:
        engine.dispose()
        raise
    except (DatabaseError, sqlite3.DatabaseError) as error:
        engine.dispose()
        raise translate_error(error, ledger.where) from None
    return ledger
