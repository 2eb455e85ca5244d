"""The pages over a PostgreSQL ledger (skipped with the reason when no server answers)."""

from __future__ import annotations

from fastapi.testclient import TestClient

from sayso.ledger.ingest import store_article
from sayso.ledger.store import open_ledger
from sayso.web import create_app
from tests.ledger.conftest import pg_schema  # noqa: F401  (the fixture)
from tests.web.conftest import BASE, hostile_article, toll_articles
from tests.web.safety import assert_inert


def test_pages_over_postgresql(pg_schema: str) -> None:  # noqa: F811
    with open_ledger(pg_schema) as ledger:
        for article in [hostile_article(), *toll_articles()]:
            ledger.write(lambda session, a=article: store_article(session, a))
    app = create_app(pg_schema)
    with TestClient(app, base_url=BASE) as client:
        articles = client.get("/api/articles").json()
        assert len(articles) == 4
        for article in articles:
            assert_inert(client.get(f"/articles/{article['id']}").text)
        quantities = client.get("/api/quantities?about=Sheikhun&min_sources=3").json()
        assert len(quantities) == 1
        page = client.get(f"/quantities/{quantities[0]['id']}")
        assert page.status_code == 200
        assert len(assert_inert(page.text).cssselect("svg g.mark")) == 3
        sources = client.get("/api/sources").json()
        assert client.get(f"/sources/{sources[0]['id']}").status_code == 200
        assert client.get("/search?q=Sheikhun").status_code == 200
