"""Every string from an article is untrusted: pages show it as text (the hostile article
of conftest, with claim offsets cut through its tags), never as markup."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.web.conftest import (
    EVIL_BODY,
    EVIL_CAPTION,
    EVIL_PUBLISHER,
    EVIL_SOURCE,
    EVIL_TITLE,
    EVIL_URL,
    WebIds,
)
from tests.web.safety import assert_inert


def _page(client: TestClient, path: str, status: int = 200) -> str:
    response = client.get(path)
    assert response.status_code == status, response.text[:500]
    assert response.headers["content-type"].startswith("text/html")
    return response.text


def test_article_page_shows_every_hostile_string_as_text(
    client: TestClient, web_ids: WebIds
) -> None:
    html = _page(client, f"/articles/{web_ids.hostile}")
    tree = assert_inert(html)
    text = tree.text_content()
    for hostile in (EVIL_TITLE.split(" Strikes")[0], EVIL_CAPTION, EVIL_URL, EVIL_SOURCE):
        assert hostile in text, hostile
    assert "<b onmouseover=" in text  # the publisher, as characters
    assert "Mallory" in text
    # the body survives whole, as text, although the claims cut through its tags
    body = "".join(p.text_content() for p in tree.cssselect("#text p"))
    assert body == EVIL_BODY.replace("\n\n", "")


def test_article_highlights_cut_through_tags_still_escape(
    client: TestClient, web_ids: WebIds
) -> None:
    tree = assert_inert(_page(client, f"/articles/{web_ids.hostile}"))
    marks = tree.cssselect("#text mark.claim")
    assert marks, "the claims are highlighted"
    assert marks[0].text_content().startswith("script>window.__xss")
    second = [m for m in marks if m.get("data-claim") == "1"]
    assert second and second[0].text_content().startswith("onerror=")
    figures = [f.text_content() for f in tree.cssselect("#text .fig")]
    assert figures == ["12 people", "20"]


def test_javascript_urls_are_not_links(client: TestClient, web_ids: WebIds) -> None:
    tree = assert_inert(_page(client, f"/articles/{web_ids.hostile}"))
    assert not [a for a in tree.cssselect("a.ext")]
    shown = [e.text_content() for e in tree.cssselect("span.ext")]
    assert shown == [EVIL_URL]


def test_attribute_values_are_quoted_and_escaped(client: TestClient, web_ids: WebIds) -> None:
    html = _page(client, f"/articles/{web_ids.hostile}")
    assert_inert(html)
    # the figure's counted group (with its </script>) sits in a title attribute
    assert "&lt;/script&gt; people" in html
    assert 'onmouseover="window' not in html


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/sources",
        "/quantities",
        "/quantities?about=script",
        "/search?q=Evil",
        "/search?q=%3Cscript%3Ewindow.__xss%3D1%3C%2Fscript%3E",
        "/sources?name=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E",
    ],
)
def test_lists_and_search_escape(client: TestClient, path: str) -> None:
    html = _page(client, path)
    assert_inert(html)


def test_search_shows_the_query_as_text(client: TestClient) -> None:
    html = _page(client, "/search?q=%3Cscript%3Ewindow.__xss%3D1%3C%2Fscript%3E")
    assert "&lt;script&gt;window.__xss=1&lt;/script&gt;" in html


def test_source_and_quantity_pages_escape(client: TestClient, web_ids: WebIds) -> None:
    source = _page(client, f"/sources/{web_ids.hostile_source}")
    tree = assert_inert(source)
    assert EVIL_SOURCE in tree.cssselect("h1")[0].text_content()
    quantity = _page(client, f"/quantities/{web_ids.hostile_quantity}")
    tree = assert_inert(quantity)
    assert "<script>window.__xss='counted'</script>" in tree.cssselect("h1")[0].text_content()
    assert EVIL_TITLE in tree.text_content()


def test_error_pages_escape_the_path(client: TestClient) -> None:
    html = _page(client, "/articles/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E", status=404)
    assert_inert(html)
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    html = _page(client, "/nothing/%3Cscript%3Ewindow.__xss%3D1%3C%2Fscript%3E", status=404)
    assert_inert(html)
    assert "&lt;script&gt;window.__xss=1&lt;/script&gt;" in html


def test_api_serves_json_not_html(client: TestClient, web_ids: WebIds) -> None:
    response = client.get(f"/api/articles/{web_ids.hostile}")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.json()["title"] == EVIL_TITLE
    assert response.json()["publisher"] == EVIL_PUBLISHER


def test_analyse_form_shows_pasted_markup_as_text(client: TestClient) -> None:
    pasted = (
        "<script>window.__xss='pasted'</script> Air strikes kill 12 in Idlib\n\n"
        "Air strikes killed at least 12 people in Idlib on Tuesday, the monitor "
        "<img src=x onerror=\"window.__xss='pasted-img'\"> said. "
        "<a href=\"javascript:window.__xss='pasted-link'\">More</a> residents fled the town, "
        "officials said."
    )
    response = client.post("/analyse", data={"text": pasted}, files={"file": ("", b"")})
    assert response.status_code == 200, response.text[:500]
    tree = assert_inert(response.text)
    text = tree.text_content()
    assert "onerror=\"window.__xss='pasted-img'\"" in text
    assert "not saved" in text
    assert tree.cssselect("#text mark.claim"), "the monitor's claim is highlighted"


def test_analyse_error_echo_is_escaped(client: TestClient) -> None:
    name = "<img src=x onerror=alert(1)>.txt"
    response = client.post(
        "/analyse",
        data={"text": "</textarea><script>window.__xss=1</script>"},
        files={"file": (name, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64))},
    )
    assert response.status_code == 422
    tree = assert_inert(response.text)
    assert "&lt;/textarea&gt;&lt;script&gt;window.__xss=1&lt;/script&gt;" in response.text
    assert tree.cssselect("textarea")[0].text == "</textarea><script>window.__xss=1</script>"
    assert name in tree.cssselect(".error-box")[0].text_content()
