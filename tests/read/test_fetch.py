"""Fetching URLs: every failure is one clear error, nothing hangs (local server only)."""

from __future__ import annotations

import time

import pytest

from sayso.config import Settings
from sayso.errors import BinaryInput, FetchError, InputError, InputTooLarge, MalformedInput
from sayso.read import iter_inputs, load_page
from sayso.read.fetch import fetch, is_url

FAST = Settings(timeout=1.0, max_bytes=2_000_000)


def _page(url: str, settings: Settings = FAST):  # type: ignore[no-untyped-def]
    items = list(iter_inputs([url], settings=settings))
    assert len(items) == 1
    item = items[0]
    if isinstance(item, InputError):
        raise item
    return load_page(item, settings)


def test_a_page_is_fetched_and_read(server: str) -> None:
    page = _page(f"{server}/page.html")
    assert page.text.startswith("BEIRUT (Reuters) - Air strikes killed")
    assert page.url == f"{server}/page.html"
    assert page.publisher == "Reuters"


def test_redirects_are_followed_and_the_final_url_kept(server: str) -> None:
    fetched = fetch(f"{server}/redirect", FAST)
    assert fetched.url == f"{server}/page.html"


def test_a_redirect_loop_is_an_error(server: str) -> None:
    with pytest.raises(FetchError, match="redirects"):
        fetch(f"{server}/loop", FAST)


def test_gzip_is_undone_and_a_truncated_gzip_is_an_error(server: str) -> None:
    assert "Air strikes" in _page(f"{server}/gzip").text
    with pytest.raises(MalformedInput, match=r"truncated|broken"):
        fetch(f"{server}/truncated-gzip", FAST)


def test_wrong_declared_charsets(server: str) -> None:
    # the server says UTF-8 but sends cp1252; then it says Latin-1 but sends UTF-8
    assert "café" in _page(f"{server}/latin1-declared-utf8").text
    assert "café" in _page(f"{server}/utf8-declared-latin1").text


def test_not_a_page(server: str) -> None:
    with pytest.raises(BinaryInput, match="PDF"):
        _page(f"{server}/pdf-as-html")
    with pytest.raises(FetchError, match="image/png"):
        fetch(f"{server}/image", FAST)


def test_http_errors_say_the_status(server: str) -> None:
    with pytest.raises(FetchError, match="HTTP 404"):
        fetch(f"{server}/missing", FAST)


def test_a_100_mb_page_is_refused(server: str) -> None:
    with pytest.raises(InputTooLarge, match=r"announces 100\.0 MB"):
        fetch(f"{server}/huge", FAST)
    with pytest.raises(InputTooLarge, match="larger than"):
        fetch(f"{server}/huge-unannounced", FAST)


def test_a_slow_server_times_out_within_the_limit(server: str) -> None:
    started = time.monotonic()
    with pytest.raises(FetchError, match="within 1 s"):
        fetch(f"{server}/slow", FAST)
    assert time.monotonic() - started < 3


def test_an_unreachable_host_is_an_error() -> None:
    with pytest.raises(FetchError, match="could not connect"):
        fetch("http://127.0.0.1:9/", FAST)  # the discard port: nothing listens


def test_a_batch_of_urls_goes_on_past_failures(server: str) -> None:
    urls = [f"{server}/missing", f"{server}/page.html", f"{server}/loop", f"{server}/gzip"]
    items = list(iter_inputs(urls, settings=FAST))
    assert [type(i).__name__ for i in items] == ["FetchError", "RawInput", "FetchError", "RawInput"]


def test_is_url() -> None:
    assert is_url("https://example.org/a") and is_url("HTTP://x")
    assert not is_url("page.html") and not is_url("ftp://x")
