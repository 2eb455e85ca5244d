"""Response headers, the body cap, cross-site posts, host names and safe links."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from sayso.web.security import CONTENT_SECURITY_POLICY, safe_href
from tests.web.conftest import BASE, WebIds


def _directives(policy: str) -> dict[str, str]:
    return {
        part.split()[0]: " ".join(part.split()[1:]) for part in policy.split(";") if part.strip()
    }


def test_csp_is_strict() -> None:
    policy = _directives(CONTENT_SECURITY_POLICY)
    assert policy["default-src"] == "'self'"
    assert policy["script-src"] == "'self'"
    assert policy["style-src"] == "'self'"
    assert policy["frame-ancestors"] == "'none'"
    assert policy["object-src"] == "'none'"
    assert policy["base-uri"] == "'none'"
    assert policy["form-action"] == "'self'"
    assert "unsafe-inline" not in CONTENT_SECURITY_POLICY
    assert "unsafe-eval" not in CONTENT_SECURITY_POLICY
    assert "*" not in CONTENT_SECURITY_POLICY


@pytest.mark.parametrize(
    "path",
    ["/", "/articles/{hostile}", "/api/articles", "/openapi.json", "/static/app.js", "/nope"],
)
def test_every_response_carries_the_headers(client: TestClient, web_ids: WebIds, path: str) -> None:
    response = client.get(path.format(hostile=web_ids.hostile))
    headers = response.headers
    assert headers["content-security-policy"] == CONTENT_SECURITY_POLICY
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "same-origin"
    assert headers["x-frame-options"] == "DENY"


def test_no_inline_script_or_style_in_pages(client: TestClient, web_ids: WebIds) -> None:
    for path in ("/", f"/articles/{web_ids.nbc}", f"/quantities/{web_ids.toll}", "/analyse"):
        html = client.get(path).text
        assert "<script>" not in html
        assert "<style" not in html
        assert " style=" not in html


def test_swagger_ui_is_off_it_would_need_inline_script(client: TestClient) -> None:
    assert client.get("/docs").status_code == 404
    assert client.get("/redoc").status_code == 404


def test_body_over_the_cap_is_refused(scratch_client: TestClient) -> None:
    big = "x" * 2_100_000
    response = scratch_client.post("/analyse", data={"text": big})
    assert response.status_code == 413
    assert "limit" in response.text


def test_chunked_body_over_the_cap_is_refused(scratch_client: TestClient) -> None:
    def chunks() -> object:
        for _ in range(40):
            yield b"text=" + b"y" * 60_000

    response = scratch_client.post(
        "/analyse",
        content=chunks(),  # type: ignore[arg-type]
        headers={"content-type": "application/x-www-form-urlencoded"},
    )
    assert response.status_code == 413


def test_cross_site_posts_are_refused(scratch_client: TestClient) -> None:
    form = {"text": "Strikes kill 12\n\nStrikes killed 12 people, the monitor said.", "save": "on"}
    for headers in (
        {"origin": "https://evil.example"},
        {"sec-fetch-site": "cross-site"},
        {"origin": "null"},
        {"origin": BASE, "sec-fetch-site": "same-site"},
    ):
        response = scratch_client.post("/analyse", data=form, headers=headers)
        assert response.status_code == 403, headers
    assert scratch_client.get("/api/articles").json() == []


def test_same_origin_posts_pass(scratch_client: TestClient) -> None:
    response = scratch_client.post(
        "/analyse",
        data={"text": ""},
        headers={"origin": BASE, "sec-fetch-site": "same-origin"},
    )
    assert response.status_code == 422  # read, and refused for being empty


def test_unknown_host_names_are_refused(client: TestClient) -> None:
    """A DNS-rebinding page reaches the server under its own host name: refused."""
    response = client.get("/", headers={"host": "attacker.example"})
    assert response.status_code == 400


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.org/a?b=1", "https://example.org/a?b=1"),
        ("http://example.org", "http://example.org"),
        ("javascript:alert(1)", None),
        ("JavaScript:alert(1)", None),
        (" javascript:alert(1)", None),
        ("java\tscript:alert(1)", None),
        ("data:text/html,<script>alert(1)</script>", None),
        ("vbscript:msgbox", None),
        ("//evil.example/x", None),
        ("/relative", None),
        ("https://", None),
        ("https://exa mple.org", None),
        ("http://[::1", None),
        (None, None),
        ("", None),
    ],
)
def test_safe_href(url: str | None, expected: str | None) -> None:
    assert safe_href(url) == expected
