"""What each page shows: articles, one article's highlighted text and provenance, a
source's claims, a quantity's chart and range, search, and the Analyse form."""

from __future__ import annotations

import gzip
import re

import lxml.html
from fastapi.testclient import TestClient

from tests.conftest import EXAMPLES
from tests.web.conftest import WebIds
from tests.web.safety import assert_inert


def _tree(client: TestClient, path: str, status: int = 200) -> lxml.html.HtmlElement:
    response = client.get(path)
    assert response.status_code == status, response.text[:500]
    return assert_inert(response.text)


def test_home_lists_articles_newest_first_with_links(client: TestClient, web_ids: WebIds) -> None:
    tree = _tree(client, "/")
    links = [a.get("href") for a in tree.cssselect(".article-list a")]
    assert f"/articles/{web_ids.nbc}" in links
    assert f"/articles/{web_ids.hostile}" in links
    dates = [d.text_content() for d in tree.cssselect(".article-list .date")]
    dated = [d for d in dates if d != "undated"]
    assert dated == sorted(dated, reverse=True)
    assert "John Kirby" in tree.cssselect(".side")[0].text_content()
    assert tree.cssselect(".side a[href^='/quantities/']"), "multi-source quantities listed"


def test_article_highlights_each_claim_in_its_source_colour(
    client: TestClient, web_ids: WebIds
) -> None:
    tree = _tree(client, f"/articles/{web_ids.nbc}")
    record = client.get(f"/api/articles/{web_ids.nbc}").json()
    marks = tree.cssselect("#text mark.claim")
    claimed = {int(m.get("data-claim")) for m in marks}
    with_spans = {i for i, c in enumerate(record["claims"]) if c["content_spans"]}
    assert claimed == with_spans
    cards = {int(c.get("data-claim")): c for c in tree.cssselect("li.card")}
    assert len(cards) == len(record["claims"])
    for mark in marks:
        card = cards[int(mark.get("data-claim"))]
        tone = [c for c in mark.get("class").split() if c.startswith("t")]
        assert tone and tone[0] in card.get("class").split()
    kirby = [c for c in cards.values() if "John Kirby" in c.cssselect(".who")[0].text_content()]
    assert kirby
    tones = {next(x for x in c.get("class").split() if x.startswith("t")) for c in kirby}
    assert len(tones) == 1, "one source, one colour"
    assert kirby[0].cssselect(f"a[href='/sources/{web_ids.kirby}']")


def test_article_text_is_the_clean_text_whole(client: TestClient, web_ids: WebIds) -> None:
    tree = _tree(client, f"/articles/{web_ids.nbc}")
    record = client.get(f"/api/articles/{web_ids.nbc}").json()
    paragraphs = [p for p in re.split(r"\n\s*\n", record["text"]) if p]
    assert [p.text_content() for p in tree.cssselect("#text p")] == paragraphs


def test_article_marks_figures_and_links_them_to_quantities(
    client: TestClient, web_ids: WebIds
) -> None:
    tree = _tree(client, f"/articles/{web_ids.nbc}")
    figures = tree.cssselect("#text .fig")
    assert any("3,000" in f.text_content() for f in figures)
    linked = tree.cssselect("#text a.fig")
    assert linked and all(a.get("href").startswith("/quantities/") for a in linked)
    target = client.get(linked[0].get("href"))
    assert target.status_code == 200


def test_provenance_box(client: TestClient, web_ids: WebIds) -> None:
    box = _tree(client, f"/articles/{web_ids.nbc}").cssselect(".provenance")[0]
    text = box.text_content()
    assert "NBC News" in text and "LinkDaddy News" in text
    assert "A still from a video released by the Russian Defense Ministry" in text
    assert "examples/" in text or "nbc-north-korean-soldiers.txt" in text


def test_syndicated_copies_link_both_ways(client: TestClient, web_ids: WebIds) -> None:
    original = _tree(client, f"/articles/{web_ids.wire_a}").cssselect(".provenance")[0]
    assert original.cssselect(f"a[href='/articles/{web_ids.mirror}']")
    copy = _tree(client, f"/articles/{web_ids.mirror}").cssselect(".provenance")[0]
    assert copy.cssselect(f"a[href='/articles/{web_ids.wire_a}']")
    assert "Mirror Site" in copy.text_content()
    assert copy.cssselect("a.ext[href='https://mirror.example/wire-a']")


def test_an_id_prefix_redirects_to_the_article(client: TestClient, web_ids: WebIds) -> None:
    response = client.get(f"/articles/{web_ids.nbc[:8]}", follow_redirects=False)
    assert response.status_code == 308
    assert response.headers["location"] == f"/articles/{web_ids.nbc}"
    _tree(client, "/articles/ffffffffffffffff", status=404)


def test_source_page_lists_its_claims(client: TestClient, web_ids: WebIds) -> None:
    tree = _tree(client, f"/sources/{web_ids.kirby}")
    assert "John Kirby" in tree.cssselect("h1")[0].text_content()
    items = tree.cssselect("ol.claim-list li.claim-item")
    api = client.get(f"/api/sources/{web_ids.kirby}").json()
    assert len(items) == len(api["claims"]) == api["source"]["claims"] > 0
    assert all(i.cssselect(f"a[href='/articles/{web_ids.nbc}']") for i in items)
    _tree(client, "/sources/999999", status=404)


def test_source_page_charts_claims_per_month(client: TestClient) -> None:
    sources = client.get("/api/sources?name=Observatory").json()
    dated = next(s for s in sources if s["first"])
    tree = _tree(client, f"/sources/{dated['id']}")
    bars = tree.cssselect("svg rect.bar")
    assert bars and all(b.cssselect("title") for b in bars)


def test_quantity_page_charts_every_source_with_bounds(client: TestClient, web_ids: WebIds) -> None:
    tree = _tree(client, f"/quantities/{web_ids.toll}")
    assert "Khān Shaykhūn" in tree.cssselect("h1")[0].text_content()
    marks = tree.cssselect("svg g.mark")
    assert len(marks) == web_ids.toll_sources == 3
    labels = " ".join(m.cssselect("title")[0].text_content() for m in marks)
    assert "At least 58" in labels and "86" in labels and "no more than 40" in labels
    assert len(tree.cssselect("svg polygon.arrow")) == 1, "'at least 58' has no upper bound"
    assert len(tree.cssselect("svg line.err")) >= 3
    assert tree.cssselect("svg .band") and tree.cssselect("svg line.best")
    rows = tree.cssselect("table.table tr")[1:]
    assert len(rows) == 3
    assert tree.cssselect(".range.conflict"), "58+, 86 and at most 40 cannot all be true"
    assert "conflict" in tree.cssselect(".range")[0].text_content()
    assert len(tree.cssselect(".conflicts li")) >= 1
    _tree(client, "/quantities/000000000000", status=404)


def test_quantities_table_filters(client: TestClient, web_ids: WebIds) -> None:
    tree = _tree(client, "/quantities?about=Sheikhun&min_sources=3&conflicts=true")
    links = [a.get("href") for a in tree.cssselect("table a")]
    assert links == [f"/quantities/{web_ids.toll}"]
    _tree(client, "/quantities?min_sources=0", status=422)


def test_search_finds_sources_claims_headlines_and_quantities(
    client: TestClient, web_ids: WebIds
) -> None:
    tree = _tree(client, "/search?q=Kirby")
    assert tree.cssselect(f"a[href='/sources/{web_ids.kirby}']")
    assert tree.cssselect("ol.claim-list li")
    tree = _tree(client, "/search?q=Sheikhun")
    assert tree.cssselect(f"a[href='/quantities/{web_ids.toll}']")
    assert tree.cssselect(f"a[href='/articles/{web_ids.wire_a}']")
    assert "No source matches" in _tree(client, "/search?q=zzzqqq").text_content()


def test_analyse_without_save_stores_nothing(scratch_client: TestClient) -> None:
    text = (EXAMPLES / "fakes-1926479066-reuters-aleppo-bombs.txt").read_text(encoding="utf-8")
    response = scratch_client.post("/analyse", data={"text": text}, files={"file": ("", b"")})
    assert response.status_code == 200
    tree = assert_inert(response.text)
    assert tree.cssselect("#text mark.claim")
    assert "not saved" in tree.text_content()
    assert scratch_client.get("/api/articles").json() == []


def test_analyse_with_save_stores_and_shows_the_article(scratch_client: TestClient) -> None:
    data = gzip.compress((EXAMPLES / "nbc-north-korean-soldiers.txt").read_bytes())
    response = scratch_client.post(
        "/analyse",
        data={"text": "", "save": "on"},
        files={"file": ("nbc.txt.gz", data, "application/gzip")},
        follow_redirects=False,
    )
    assert response.status_code == 303, response.text[:500]
    location = response.headers["location"]
    stored = scratch_client.get("/api/articles").json()
    assert [f"/articles/{a['id']}" for a in stored] == [location]
    page = _tree(scratch_client, location)
    assert "not saved" not in page.text_content()
    assert page.cssselect(".provenance")[0].cssselect("dd")[0].text_content() == "NBC News"


def test_analyse_refuses_bad_inputs_with_a_reason(scratch_client: TestClient) -> None:
    empty = scratch_client.post("/analyse", data={"text": "  "}, files={"file": ("", b"")})
    assert empty.status_code == 422 and "paste some text" in empty.text
    binary = scratch_client.post(
        "/analyse", files={"file": ("x.pdf", b"%PDF-1.7\n" + bytes(range(256)) * 4)}
    )
    assert binary.status_code == 422
    assert "x.pdf" in lxml.html.fromstring(binary.text).cssselect(".error-box")[0].text_content()
    bomb = gzip.compress(b"a" * 30_000_000)
    assert len(bomb) < 2_000_000
    response = scratch_client.post("/analyse", files={"file": ("bomb.txt.gz", bomb)})
    assert response.status_code == 422
    assert "limit" in response.text
