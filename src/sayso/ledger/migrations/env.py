"""Alembic environment for the ledger: run with the connection `sayso.ledger.migrate` opens.

sayso runs its migrations itself (on first use and after an upgrade of sayso), inside
one transaction on a connection it has already checked, so this environment only
supports that online mode: `config.attributes["connection"]` must be set.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy.engine import Connection

from sayso.ledger.models import Base

connection = context.config.attributes.get("connection")
if not isinstance(connection, Connection):  # pragma: no cover - only sayso runs these
    raise RuntimeError("sayso's ledger migrations run through sayso.ledger.migrate.upgrade()")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
