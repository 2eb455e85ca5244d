"""What keeps the web page safe: response headers, a body-size cap, same-origin posts, links.

Every string in the ledger came from a news page somebody else wrote, so the page treats
them all as hostile: templates autoescape everything (Jinja2 `autoescape=True`), links
are only made from `http(s)` URLs (`safe_href`), and the browser is told to run no
script but the page's own static files (`CONTENT_SECURITY_POLICY`). The middlewares here
are plain ASGI, so they wrap every response, the API's and the errors' included.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any
from urllib.parse import urlsplit

from starlette.datastructures import Headers
from starlette.responses import PlainTextResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

__all__ = [
    "CONTENT_SECURITY_POLICY",
    "SECURITY_HEADERS",
    "BodyLimit",
    "SameOriginPosts",
    "SecurityHeaders",
    "safe_href",
]

CONTENT_SECURITY_POLICY = "; ".join(
    (
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    )
)
"""No inline script or style, nothing from elsewhere, no framing, forms post only here."""

SECURITY_HEADERS: tuple[tuple[str, str], ...] = (
    ("content-security-policy", CONTENT_SECURITY_POLICY),
    ("x-content-type-options", "nosniff"),
    ("referrer-policy", "same-origin"),
    ("x-frame-options", "DENY"),
    ("cross-origin-opener-policy", "same-origin"),
    ("cross-origin-resource-policy", "same-origin"),
    ("permissions-policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()"),
)
"""Sent with every response."""


def safe_href(url: str | None) -> str | None:
    """`url` when it is an absolute `http`/`https` URL a link may point to, else None.

    `javascript:`, `data:`, `vbscript:`, protocol-relative and malformed URLs (and any
    with control characters or whitespace a browser would strip) are shown as text only.
    """
    if not url:
        return None
    text = url.strip()
    if any(ord(ch) < 0x21 or ch in "\\\x7f" for ch in text):
        return None
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return text


class SecurityHeaders:
    """Adds `SECURITY_HEADERS` to every HTTP response (replacing any the app set)."""

    def __init__(self, app: ASGIApp, headers: Iterable[tuple[str, str]] = SECURITY_HEADERS):
        self.app = app
        self.headers = [(k.encode("latin-1"), v.encode("latin-1")) for k, v in headers]
        self._names = {k for k, _ in self.headers}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                kept = [
                    (k, v) for k, v in message.get("headers", []) if k.lower() not in self._names
                ]
                message = {**message, "headers": kept + self.headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


class _TooLarge(Exception):
    pass


class BodyLimit:
    """Refuses request bodies over `max_bytes` with 413, whether or not they say their size.

    A `Content-Length` over the cap is refused before anything is read; a chunked body is
    counted as the app reads it, and reading past the cap ends the request with 413.
    """

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    def _refusal(self) -> PlainTextResponse:
        return PlainTextResponse(
            f"the request is larger than the {self.max_bytes:,}-byte limit; "
            "send a smaller file or paste less text",
            status_code=413,
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = Headers(scope=scope).get("content-length")
        if declared is not None:
            try:
                too_big = int(declared) > self.max_bytes
            except ValueError:
                too_big = True
            if too_big:
                await self._refusal()(scope, receive, send)
                return
        seen = 0
        started = False

        async def counting_receive() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    raise _TooLarge
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except _TooLarge:
            if started:
                raise
            await self._refusal()(scope, receive, send)


class SameOriginPosts:
    """Refuses state-changing requests sent by another site's page (cross-site forms).

    A browser says where a request comes from (`Sec-Fetch-Site`, `Origin`); a POST, PUT,
    PATCH or DELETE whose origin is not this server's is refused with 403, so that a page
    elsewhere cannot make the local server analyse or store anything. Clients that send
    neither header (curl, scripts) are let through: they are not a browser being misused.
    """

    _SAFE = frozenset({"GET", "HEAD", "OPTIONS"})

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in self._SAFE:
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        if not _same_origin(headers):
            refusal = PlainTextResponse(
                "cross-site request refused: post from this server's own pages", status_code=403
            )
            await refusal(scope, receive, send)
            return
        await self.app(scope, receive, send)


def _same_origin(headers: Headers) -> bool:
    # Browsers since 2020 say where a request comes from in Sec-Fetch-Site; older ones
    # send Origin (`null` from sandboxed frames and opaque origins: refused).
    site = headers.get("sec-fetch-site")
    if site is not None:
        return site in ("same-origin", "none")
    origin = headers.get("origin")
    if origin is None:
        return True
    if origin == "null":
        return False
    host = headers.get("host")
    parts: Any = urlsplit(origin)
    return bool(host) and parts.netloc.lower() == str(host).lower()
