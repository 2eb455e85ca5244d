"""`sayso` with a pause inside each article's transaction, for the kill -9 test.

    python tests/ledger/slow_ingest.py MARKER ingest INPUT... --db URL

Each article is stored as usual; then, before its transaction commits, its id is
appended to MARKER and the process sleeps, so that a `kill -9` lands mid-transaction.
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from pathlib import Path

from sqlalchemy.orm import Session

import sayso.ledger.ingest as ingest
from sayso.cli import app
from sayso.records import Article

_store = ingest.store_article


def main() -> None:
    marker = Path(sys.argv[1])

    def slow_store(
        session: Session, article: Article, now: dt.datetime | None = None
    ) -> ingest.Stored:
        stored = _store(session, article, now)
        with marker.open("a") as out:
            out.write(f"{stored.article_id}\n")
        time.sleep(0.4)
        return stored

    ingest.store_article = slow_store  # type: ignore[assignment]
    app(args=sys.argv[2:], prog_name="sayso")


if __name__ == "__main__":
    main()
