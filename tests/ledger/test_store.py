"""Opening a ledger: URLs, first-use migrations, and refusing what must not be touched."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import psycopg
import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from typer.testing import CliRunner

from sayso.cli import app
from sayso.errors import (
    LedgerCorrupt,
    LedgerError,
    LedgerTooNew,
    LedgerUnavailable,
    LedgerUrlError,
    NotInLedger,
)
from sayso.ledger.ingest import store_article
from sayso.ledger.migrate import head_revision
from sayso.ledger.models import Base
from sayso.ledger.store import Ledger, database_url, open_ledger
from tests.ledger.conftest import PG_URL, ArticleFactory, pg_unavailable, said

runner = CliRunner()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_first_use_creates_the_schema_at_head(ledger: Ledger) -> None:
    with ledger.engine.connect() as connection:
        assert MigrationContext.configure(connection).get_current_revision() == head_revision()
        tables = set(sa.inspect(connection).get_table_names())
    assert {"articles", "claims", "figures", "sources", "source_aliases"} <= tables


def test_migrations_build_exactly_the_models(ledger: Ledger) -> None:
    with ledger.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_reopening_is_a_no_op(db_url: str) -> None:
    with open_ledger(db_url):
        pass
    with open_ledger(db_url) as again, again.session() as session:
        assert session.execute(sa.text("SELECT count(*) FROM articles")).scalar() == 0


def test_sqlite_ledger_is_in_wal_mode(tmp_path: Path) -> None:
    path = tmp_path / "wal.db"
    open_ledger(str(path)).dispose()
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_urls_are_mapped_to_the_drivers(tmp_path: Path) -> None:
    assert database_url("postgresql://u@h/db").drivername == "postgresql+psycopg"
    assert database_url("postgres://u@h/db").drivername == "postgresql+psycopg"
    assert database_url("sqlite:///x.db").drivername == "sqlite"
    url = database_url(str(tmp_path / "a.db"))
    assert url.drivername == "sqlite" and url.database == str(tmp_path / "a.db")


def test_default_is_sayso_db_or_the_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("SAYSO_DB", raising=False)
    assert database_url(None).database == str(tmp_path / "sayso.db")
    monkeypatch.setenv("SAYSO_DB", str(tmp_path / "other.db"))
    assert database_url(None).database == str(tmp_path / "other.db")


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("mysql://user@host/db", "not supported"),
        ("sqlite://", "in-memory"),
        ("postgresql://user@host", "names no database"),
        ("://nothing", "not a database URL"),
    ],
)
def test_wrong_urls_are_refused(url: str, words: str) -> None:
    with pytest.raises(LedgerUrlError, match=words):
        open_ledger(url)


def test_a_missing_folder_is_refused_not_created(tmp_path: Path) -> None:
    with pytest.raises(LedgerUrlError, match="does not exist"):
        open_ledger(str(tmp_path / "no" / "such" / "ledger.db"))
    assert not (tmp_path / "no").exists()


def test_queries_do_not_create_a_ledger(tmp_path: Path) -> None:
    with pytest.raises(NotInLedger, match="sayso ingest"):
        open_ledger(str(tmp_path / "none.db"), create=False)
    assert not (tmp_path / "none.db").exists()


def test_a_corrupt_file_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "corrupt.db"
    path.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 40)
    before = _digest(path)
    with pytest.raises(LedgerCorrupt, match="not a usable SQLite database"):
        open_ledger(str(path))
    assert _digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corrupt.db"]


def test_a_text_file_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database\n" * 50)
    before = _digest(path)
    with pytest.raises(LedgerCorrupt):
        open_ledger(str(path))
    assert _digest(path) == before


def test_another_programs_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "app.db"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT)")
    before = _digest(path)
    with pytest.raises(LedgerCorrupt, match="not a sayso ledger"):
        open_ledger(str(path))
    assert _digest(path) == before
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def _dump(ledger: Ledger) -> list[tuple[object, ...]]:
    with ledger.engine.connect() as connection:
        return [
            (table, *row)
            for table in ("alembic_version", "articles", "sources")
            for row in connection.execute(sa.text(f"SELECT * FROM {table}")).all()
        ]


def test_a_newer_schema_is_refused_and_left_alone(db_url: str) -> None:
    with open_ledger(db_url) as ledger:
        with ledger.engine.begin() as connection:
            connection.execute(sa.text("UPDATE alembic_version SET version_num = '9999'"))
        before = _dump(ledger)
    with pytest.raises(LedgerTooNew, match=r"newer sayso \(schema revision 9999"):
        open_ledger(db_url)
    with _raw(db_url) as raw:
        assert _dump(raw) == before


class _raw:
    """A ledger opened without the schema check, to look at a refused database."""

    def __init__(self, url: str) -> None:
        from sayso.ledger.store import _postgres_engine, _sqlite_engine

        parsed = database_url(url)
        engine = (
            _sqlite_engine(parsed, 5.0)
            if parsed.drivername == "sqlite"
            else _postgres_engine(parsed, 5)
        )
        self.ledger = Ledger(parsed, engine)

    def __enter__(self) -> Ledger:
        return self.ledger

    def __exit__(self, *_: object) -> None:
        self.ledger.dispose()


def test_a_server_that_is_down_is_a_clear_error() -> None:
    with pytest.raises(LedgerUnavailable, match="cannot reach the database server"):
        open_ledger("postgresql://postgres@127.0.0.1:1/test", connect_timeout=3)


def test_a_database_that_does_not_exist_is_a_wrong_url() -> None:
    if pg_unavailable():
        pytest.skip(pg_unavailable() or "")
    with pytest.raises(LedgerUrlError, match="does not exist"):
        open_ledger(PG_URL.rsplit("/", 1)[0] + "/sayso_no_such_database_xyz")


def test_another_programs_postgres_schema_is_refused(pg_schema: str) -> None:
    schema = pg_schema.rsplit("%3D", 1)[1]
    with psycopg.connect(PG_URL, autocommit=True) as connection:
        connection.execute(f'CREATE TABLE "{schema}".users (id int)')
    with pytest.raises(LedgerCorrupt, match="not a sayso ledger"):
        open_ledger(pg_schema)
    with psycopg.connect(PG_URL, autocommit=True) as connection:
        tables = connection.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = %s",
            (schema,),
        ).fetchall()
    assert tables == [("users",)]


@pytest.mark.parametrize(
    ("db", "words"),
    [
        ("postgresql://postgres@127.0.0.1:1/test", "cannot reach the database server"),
        ("mysql://u@h/d", "not supported"),
    ],
)
def test_commands_print_one_line_and_exit_2(db: str, words: str) -> None:
    for command in (["claims"], ["figures"], ["sources"], ["show", "abcd"]):
        result = runner.invoke(app, [*command, "--db", db])
        assert result.exit_code == 2, (command, result.output)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("sayso: ") and words in lines[0]


def test_every_ledger_error_is_a_sayso_error() -> None:
    from sayso.errors import SaysoError

    for cls in (LedgerCorrupt, LedgerTooNew, LedgerUnavailable, LedgerUrlError, NotInLedger):
        assert issubclass(cls, LedgerError) and issubclass(cls, SaysoError)


_V2 = '''"""A later schema, for the upgrade test: a note on each source.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sources") as batch:
        batch.add_column(sa.Column("note", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("sources") as batch:
        batch.drop_column("note")
'''


@pytest.fixture()
def later_sayso(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[], None]]:
    """Call it to become a later sayso: this one's migrations plus a revision 0002."""
    from sayso.ledger import migrate

    def become() -> None:
        scripts = tmp_path / "migrations"
        shutil.copytree(migrate.MIGRATIONS, scripts)
        (scripts / "versions" / "v0002_note.py").write_text(_V2)
        monkeypatch.setattr(migrate, "MIGRATIONS", scripts)
        migrate._scripts.cache_clear()

    yield become
    migrate._scripts.cache_clear()


def test_an_older_ledger_is_upgraded_keeping_its_data(
    db_url: str, make_article: ArticleFactory, later_sayso: Callable[[], None]
) -> None:
    from sayso.ledger.migrate import current_revision

    article = make_article("Kirby speaks", [said("John Kirby", "a claim", kind="person")])
    with open_ledger(db_url) as ledger:  # written by this sayso: revision 0001
        ledger.write(lambda session: store_article(session, article))
    later_sayso()
    with open_ledger(db_url) as ledger:
        with ledger.engine.connect() as connection:
            assert current_revision(connection) == "0002"
            columns = {c["name"] for c in sa.inspect(connection).get_columns("sources")}
        assert "note" in columns
        with ledger.session() as session:
            assert session.execute(sa.text("SELECT count(*) FROM claims")).scalar_one() == 1


def test_this_sayso_refuses_what_a_later_one_wrote(
    db_url: str, later_sayso: Callable[[], None], monkeypatch: pytest.MonkeyPatch
) -> None:
    from sayso.ledger import migrate

    later_sayso()
    open_ledger(db_url).dispose()  # written at revision 0002
    monkeypatch.undo()  # back to this sayso
    migrate._scripts.cache_clear()
    with pytest.raises(LedgerTooNew, match="schema revision 0002"):
        open_ledger(db_url)
