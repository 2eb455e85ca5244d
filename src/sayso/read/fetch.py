"""Fetching a URL with httpx: one bounded request per page, never a hang.

`fetch(url, settings)` returns a `Fetched` (the bytes, the final URL after redirects, the
content type and declared charset) or raises `FetchError`. Every request is bounded:
a total deadline (`Settings.timeout`, checked while the body streams in, so a server
that drips bytes cannot hold the batch), a redirect limit, and a size cap
(`Settings.max_bytes`, checked on the declared length and again on the bytes read).
Only gzip is asked for, and undone here with the same cap and truncation check as gzipped
files (`decode.gunzip`): a truncated gzip is a `MalformedInput`.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import httpx

from ..config import Settings
from ..errors import FetchError, InputTooLarge
from .decode import gunzip

__all__ = ["FEED_TYPES", "PAGE_TYPES", "Fetched", "fetch", "is_url"]

PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
"""Content types read as pages."""
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/xml", "text/xml")
"""Content types read as feeds (or, for XML, sniffed)."""


@dataclass(frozen=True, slots=True)
class Fetched:
    """A fetched response: its bytes and what the server said about them."""

    url: str
    data: bytes
    content_type: str
    charset: str | None


def is_url(arg: str) -> bool:
    """True for an http(s) URL given as an input."""
    return arg.lower().startswith(("http://", "https://"))


def _mb(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB"


def fetch(url: str, settings: Settings, accept: tuple[str, ...] = PAGE_TYPES) -> Fetched:
    """GET `url` within the settings' limits; raise `FetchError` (or `InputTooLarge`).

    `accept` lists the content types wanted; a response of another type (an image, a
    PDF) is refused before its body is read. A response with no content type is read
    and left to the decoder's checks.
    """
    deadline = time.monotonic() + settings.timeout
    timeout = httpx.Timeout(settings.timeout, connect=min(10.0, settings.timeout))
    headers = {
        "User-Agent": settings.user_agent,
        "Accept": ", ".join(accept) + ", */*;q=0.1",
        # gzip only, undone here with a cap and a truncation check (httpx checks neither)
        "Accept-Encoding": "gzip, identity",
    }
    try:
        with (
            httpx.Client(
                follow_redirects=True,
                max_redirects=settings.max_redirects,
                timeout=timeout,
                headers=headers,
            ) as client,
            client.stream("GET", url) as response,
        ):
            if response.status_code >= 400:
                raise FetchError(
                    url,
                    f"the server answered HTTP {response.status_code} "
                    f"{response.reason_phrase}; check the URL"
                    + (" or try again later" if response.status_code >= 500 else ""),
                )
            content_type = response.headers.get("content-type", "")
            kind = content_type.split(";")[0].strip().lower()
            if kind and not kind.startswith(accept):
                raise FetchError(
                    url,
                    f"the server sent {kind}, not a web page ({', '.join(accept)}); "
                    "sayso reads HTML and text only",
                )
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > settings.max_bytes:
                raise InputTooLarge(
                    url,
                    f"the server announces {_mb(int(declared))}, more than the "
                    f"{_mb(settings.max_bytes)} limit (--max-bytes, SAYSO_MAX_BYTES)",
                )
            body = bytearray()
            encoding = response.headers.get("content-encoding", "identity").strip().lower()
            if encoding not in ("gzip", "x-gzip", "identity", ""):
                raise FetchError(url, f"the server sent an unasked-for {encoding} encoding")
            for chunk in response.iter_raw():  # as it arrives, so the deadline holds
                body.extend(chunk)
                if len(body) > settings.max_bytes:
                    raise InputTooLarge(
                        url,
                        f"the page is larger than the {_mb(settings.max_bytes)} limit; "
                        "raise it (--max-bytes, SAYSO_MAX_BYTES) if it really is one article",
                    )
                if time.monotonic() > deadline:
                    raise FetchError(url, _too_slow(settings))
            data = bytes(body)
            if encoding in ("gzip", "x-gzip"):
                data = gunzip(data, settings.max_bytes, url)
            return Fetched(str(response.url), data, kind, response.charset_encoding)
    except httpx.TooManyRedirects:
        raise FetchError(
            url, f"more than {settings.max_redirects} redirects (a redirect loop?)"
        ) from None
    except httpx.TimeoutException:
        raise FetchError(url, _too_slow(settings)) from None
    except httpx.InvalidURL as exc:
        raise FetchError(url, f"not a valid URL ({exc})") from None
    except httpx.HTTPError as exc:
        raise FetchError(
            url,
            f"could not connect ({exc.__class__.__name__}: {exc}); check the URL and the network",
        ) from None


def _too_slow(settings: Settings) -> str:
    return (
        f"no complete answer within {settings.timeout:g} s; the server is slow or down "
        "(raise --timeout to wait longer)"
    )
