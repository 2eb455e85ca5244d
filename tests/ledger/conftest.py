"""Ledger fixtures: every ledger test runs against SQLite and PostgreSQL.

`db_url` is parametrized over a fresh SQLite file and a fresh PostgreSQL schema (on the
server named by `SAYSO_TEST_PG`, default `postgresql://postgres@127.0.0.1:5432/test`,
reached with `search_path` set to a schema made for the test and dropped after it).
Where the server does not answer, the PostgreSQL half skips and says why.
"""

from __future__ import annotations

import functools
import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import psycopg
import pytest

from sayso.ledger.store import Ledger, open_ledger
from sayso.records import Article, Claim, Figure, Period, Source

PG_URL = os.environ.get("SAYSO_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")
BACKENDS = ["sqlite", "postgresql"]


@functools.cache
def pg_unavailable() -> str | None:
    """Why PostgreSQL cannot be used for tests (None when it can)."""
    try:
        with psycopg.connect(PG_URL, connect_timeout=3) as connection:
            connection.execute("SELECT 1")
    except psycopg.Error as error:
        first = str(error).strip().splitlines()[0] if str(error) else type(error).__name__
        return f"PostgreSQL at {PG_URL} is unreachable ({first}); set SAYSO_TEST_PG"
    return None


def with_schema(url: str, schema: str) -> str:
    """`url` with its search_path set to `schema`."""
    joiner = "&" if "?" in url else "?"
    return f"{url}{joiner}options=-csearch_path%3D{schema}"


@pytest.fixture()
def pg_schema() -> Iterator[str]:
    """A fresh PostgreSQL schema, dropped after the test: the database URL that uses it."""
    reason = pg_unavailable()
    if reason:
        pytest.skip(reason)
    schema = f"sayso_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(PG_URL, autocommit=True) as connection:
        connection.execute(f'CREATE SCHEMA "{schema}"')
    try:
        yield with_schema(PG_URL, schema)
    finally:
        with psycopg.connect(PG_URL, autocommit=True) as connection:
            connection.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A database URL for an empty ledger: an SQLite file path or a PostgreSQL schema."""
    if request.param == "sqlite":
        return str(tmp_path / "ledger.db")
    url: str = request.getfixturevalue("pg_schema")
    return url


@pytest.fixture()
def ledger(db_url: str) -> Iterator[Ledger]:
    with open_ledger(db_url) as opened:
        yield opened


def toll(
    text: str,
    value: float | None,
    *,
    low: float | None = None,
    high: float | None = None,
    approximate: bool = False,
    counted: str | None = "people",
    outcome: str | None = "killed",
    per: str | None = None,
    period: Period | None = None,
    location: str | None = None,
) -> Figure:
    """A figure, as the NLP would give it."""
    return Figure(
        text=text,
        value=value,
        low=low,
        high=high,
        approximate=approximate,
        counted=counted,
        outcome=outcome,
        per=per,
        period=period,
        location=location,
    )


def said(
    name: str | None,
    content: str,
    *figures: Figure,
    kind: str = "organization",
    role: str | None = None,
    mention: str | None = None,
) -> Claim:
    """A claim by `name` (None: the reporter's own voice) carrying `figures`."""
    source = (
        Source(name=name, mention=mention or name, kind=kind, role=role)  # type: ignore[arg-type]
        if name
        else None
    )
    return Claim(
        source=source,
        cue="said" if name else None,
        style="indirect",
        content=content,
        start=0,
        end=len(content),
        sentence=content,
        figures=list(figures),
    )


ArticleFactory = Callable[..., Article]


@pytest.fixture()
def make_article() -> ArticleFactory:
    """Build an `Article` without the NLP: `make_article("Headline", claims, ...)`."""

    def build(
        title: str,
        claims: list[Claim],
        *,
        text: str | None = None,
        published: str | None = "2017-04-05",
        publisher: str | None = None,
        url: str | None = None,
        input: str | None = None,
        copy_of: str | None = None,
    ) -> Article:
        body = text or " ".join(c.sentence for c in claims) or title
        return Article(
            input=input or f"{title[:20]}.txt",
            text=body,
            title=title,
            url=url,
            published=published,
            publisher=publisher,
            claims=claims,
            copy_of=copy_of,
        )

    return build
