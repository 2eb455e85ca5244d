"""The server fetches nothing unless allowed, and then only public addresses."""

from __future__ import annotations

import httpx
import pytest
from fastapi.testclient import TestClient
from spacy.language import Language

from sayso.web import create_app
from sayso.web import fetch as fetch_module
from sayso.web.fetch import FetchRefused, check_address, fetch_page, resolve_public
from tests.web.conftest import BASE


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1",
        "127.1.2.3",
        "::1",
        "10.0.0.5",
        "172.16.3.4",
        "192.168.1.1",
        "169.254.169.254",
        "fe80::1",
        "fc00::1",
        "0.0.0.0",
        "::",
        "224.0.0.1",
        "100.64.0.1",
        "::ffff:127.0.0.1",
        "::ffff:10.0.0.1",
    ],
)
def test_private_loopback_and_link_local_addresses_are_refused(address: str) -> None:
    assert check_address(address) is not None


@pytest.mark.parametrize("address", ["93.184.215.14", "2606:2800:21f:cb07:6820:80da:af6b:8b2c"])
def test_public_addresses_pass(address: str) -> None:
    assert check_address(address) is None


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8000/",
        "http://localhost/",
        "http://[::1]/",
        "http://169.254.169.254/latest/meta-data/",
        "http://0x7f000001/",
        "http://2130706433/",
        "file:///etc/passwd",
        "ftp://example.org/",
        "gopher://127.0.0.1/",
    ],
)
def test_urls_to_this_machine_or_other_schemes_are_refused(url: str) -> None:
    with pytest.raises(FetchRefused):
        resolve_public(url)


def test_a_name_that_resolves_to_any_private_address_is_refused() -> None:
    def resolver(host: str, port: int) -> list[str]:
        return ["93.184.215.14", "10.1.2.3"]

    with pytest.raises(FetchRefused, match="private"):
        resolve_public("https://news.example/story", resolver)


def test_fetch_connects_to_the_checked_address_with_the_host_name() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, content=b"<html><body>ok</body></html>")

    fetched = fetch_page(
        "https://news.example/story?id=1",
        max_bytes=1000,
        resolver=lambda host, port: ["93.184.215.14"],
        transport=httpx.MockTransport(handler),
    )
    assert fetched.data.startswith(b"<html>")
    assert seen[0].url.host == "93.184.215.14"
    assert seen[0].url.path == "/story" and seen[0].url.query == b"id=1"
    assert seen[0].headers["host"] == "news.example"
    assert seen[0].extensions["sni_hostname"] == "news.example"


def test_a_redirect_to_a_private_address_is_refused() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(302, headers={"location": "http://internal.example/admin"})

    def resolver(host: str, port: int) -> list[str]:
        return ["192.168.0.10"] if host == "internal.example" else ["93.184.215.14"]

    with pytest.raises(FetchRefused):
        fetch_page(
            "https://news.example/",
            max_bytes=1000,
            resolver=resolver,
            transport=httpx.MockTransport(handler),
        )


def test_a_page_over_the_cap_is_refused() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=b"x" * 5000)

    with pytest.raises(fetch_module.InputError, match="larger"):
        fetch_page(
            "https://news.example/",
            max_bytes=1000,
            resolver=lambda host, port: ["93.184.215.14"],
            transport=httpx.MockTransport(handler),
        )


def test_the_form_fetches_nothing_by_default(
    scratch_client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_fetch(*args: object, **kwargs: object) -> object:
        raise AssertionError("the server fetched a URL with fetching off")

    monkeypatch.setattr("sayso.web.routes.analyse.fetch_page", no_fetch)
    page = scratch_client.get("/analyse").text
    assert 'name="url"' not in page
    response = scratch_client.post(
        "/analyse", data={"url": "https://example.org/"}, files={"file": ("", b"")}
    )
    assert response.status_code == 403
    assert "--allow-fetch" in response.text


def test_with_fetching_on_the_form_still_refuses_this_machine(
    tmp_path: object, nlp: Language
) -> None:
    app = create_app(f"{tmp_path}/fetch.db", allow_fetch=True, nlp=nlp)
    with TestClient(app, base_url=BASE) as client:
        assert 'name="url"' in client.get("/analyse").text
        for url in ("http://127.0.0.1:5432/", "http://169.254.169.254/", "http://localhost/"):
            response = client.post("/analyse", data={"url": url}, files={"file": ("", b"")})
            assert response.status_code == 403, url
            assert "public" in response.text
