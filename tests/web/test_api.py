"""The JSON API under /api and its OpenAPI document."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.web.conftest import WebIds


def test_articles_list_their_ids(client: TestClient, web_ids: WebIds) -> None:
    articles = client.get("/api/articles?limit=500").json()
    ids = {a["id"] for a in articles}
    assert {web_ids.nbc, web_ids.hostile, web_ids.wire_a, web_ids.mirror} <= ids
    first = articles[0]
    assert set(first) >= {"id", "title", "published", "outlet", "claims", "figures", "copy_of"}
    assert len(client.get("/api/articles?limit=2").json()) == 2
    assert client.get("/api/articles?limit=2&offset=2").json()[0]["id"] == articles[2]["id"]
    found = client.get("/api/articles?q=Khan+Sheikhun").json()
    assert {a["id"] for a in found} >= {web_ids.wire_a}


def test_article_record_is_the_spec_record(client: TestClient, web_ids: WebIds) -> None:
    record = client.get(f"/api/articles/{web_ids.nbc}").json()
    for key in ("input", "url", "title", "published", "publisher", "site", "authors", "text",
                "captions", "claims", "id", "inputs", "copies"):  # fmt: skip
        assert key in record
    assert record["id"] == web_ids.nbc
    claim = record["claims"][0]
    assert set(claim) >= {"source", "cue", "style", "content", "start", "end", "figures"}
    copies = client.get(f"/api/articles/{web_ids.wire_a}").json()["copies"]
    assert copies == [web_ids.mirror]


def test_claims_by_source_and_about(client: TestClient) -> None:
    kirby = client.get("/api/claims?source=Kirby").json()
    assert kirby and all(c["source"] == "John Kirby" for c in kirby)
    about = client.get("/api/claims?about=Sheikhun").json()
    assert len({c["article"]["id"] for c in about}) >= 3
    assert client.get("/api/claims?since=2017-04-05&about=Sheikhun").json()
    assert client.get("/api/claims?since=not-a-date").status_code == 422


def test_sources_and_one_source(client: TestClient, web_ids: WebIds) -> None:
    sources = client.get("/api/sources").json()
    assert sources[0]["claims"] >= sources[-1]["claims"]
    one = client.get(f"/api/sources/{web_ids.kirby}").json()
    assert one["source"]["name"] == "John Kirby"
    assert all(c["source_id"] == web_ids.kirby for c in one["claims"])
    missing = client.get("/api/sources/999999")
    assert missing.status_code == 404 and "detail" in missing.json()


def test_quantities(client: TestClient, web_ids: WebIds) -> None:
    found = client.get("/api/quantities?about=Sheikhun&min_sources=3").json()
    assert [q["id"] for q in found] == [web_ids.toll]
    quantity = client.get(f"/api/quantities/{web_ids.toll}").json()
    assert quantity["conflict"] is True
    assert {s["text"] for s in quantity["sources"]} == {"At least 58", "86", "no more than 40"}
    assert client.get("/api/quantities/nope").status_code == 404
    assert client.get("/api/quantities?conflicts=true").json()


def test_openapi_document_describes_the_api(client: TestClient) -> None:
    doc = client.get("/openapi.json").json()
    paths = doc["paths"]
    for path in ("/api/articles", "/api/articles/{article_id}", "/api/claims", "/api/sources",
                 "/api/sources/{source_id}", "/api/quantities", "/api/quantities/{quantity_id}"):  # fmt: skip
        assert "get" in paths[path], path
    assert not any(not p.startswith("/api/") for p in paths), "HTML pages stay out of the API"
    schemas = doc["components"]["schemas"]
    assert {"ArticleOut", "ClaimViewOut", "QuantityOut", "SourceViewOut"} <= set(schemas)


def test_bad_parameters_answer_json(client: TestClient) -> None:
    response = client.get("/api/articles?limit=0")
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/json"
