"""Fetching a page for the Analyse form, only when the server was started to allow it.

The server fetches nothing by default (`create_app(allow_fetch=False)`). With fetching on,
a URL is fetched only if every address its host resolves to is public: loopback,
private, link-local (cloud metadata at 169.254.169.254), multicast, reserved and
unspecified addresses are refused, so the form cannot be used to reach the machine's
own services or the network behind it. The connection goes to the address that was
checked (not to a second lookup that could answer differently), redirects are followed
by hand and each hop is checked again, and the body is capped.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit, urlunsplit

import httpx

from ..errors import InputError

__all__ = ["FetchRefused", "Fetched", "check_address", "fetch_page", "resolve_public"]

Resolver = Callable[[str, int], list[str]]
"""host, port -> the IP addresses it resolves to."""

_MAX_REDIRECTS = 5


class FetchRefused(InputError):
    """A URL the server will not fetch: fetching is off, or it leads to a private address."""


@dataclass(frozen=True, slots=True)
class Fetched:
    """A fetched page: the final URL, the bytes and the server's content type."""

    url: str
    data: bytes
    content_type: str


def _system_resolver(host: str, port: int) -> list[str]:
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return [str(info[4][0]) for info in infos]


def check_address(address: str) -> str | None:
    """Why `address` may not be fetched from (None when it is a public address)."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return f"{address!r} is not an IP address"
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    for flag, what in (
        (ip.is_loopback, "a loopback"),
        (ip.is_link_local, "a link-local"),
        (ip.is_private, "a private"),
        (ip.is_multicast, "a multicast"),
        (ip.is_reserved, "a reserved"),
        (ip.is_unspecified, "an unspecified"),
    ):
        if flag:
            return f"{ip} is {what} address"
    if not ip.is_global:
        return f"{ip} is not a public address"
    return None


def resolve_public(url: str, resolver: Resolver | None = None) -> tuple[str, str]:
    """The host of `url` and the public address to connect to; raises `FetchRefused`
    when the URL is not http(s) or any address of its host is not public."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchRefused(url, "only http:// and https:// URLs can be fetched")
    host = parts.hostname
    port = parts.port or (443 if parts.scheme == "https" else 80)
    try:
        addresses = (resolver or _system_resolver)(host, port)
    except (OSError, UnicodeError) as error:
        raise FetchRefused(url, f"the host {host} does not resolve ({error})") from None
    if not addresses:
        raise FetchRefused(url, f"the host {host} does not resolve")
    for address in addresses:
        why = check_address(address)
        if why:
            raise FetchRefused(
                url, f"{host} resolves to {why}; the server fetches public pages only"
            )
    return host, addresses[0]


def fetch_page(
    url: str,
    *,
    max_bytes: int,
    timeout: float = 10.0,
    resolver: Resolver | None = None,
    transport: httpx.BaseTransport | None = None,
) -> Fetched:
    """GET `url` (following up to five redirects, each checked) and return at most
    `max_bytes` of it. Raises `FetchRefused` or `InputError`."""
    current = url
    with httpx.Client(timeout=timeout, follow_redirects=False, transport=transport) as client:
        for _ in range(_MAX_REDIRECTS + 1):
            host, address = resolve_public(current, resolver)
            parts = urlsplit(current)
            literal = f"[{address}]" if ":" in address else address
            netloc = literal + (f":{parts.port}" if parts.port else "")
            pinned = urlunsplit((parts.scheme, netloc, parts.path or "/", parts.query, ""))
            headers = {"Host": parts.netloc.rsplit("@", 1)[-1], "User-Agent": "sayso"}
            request = client.build_request(
                "GET", pinned, headers=headers, extensions={"sni_hostname": host}
            )
            try:
                response = client.send(request, stream=True)
            except httpx.HTTPError as error:
                raise InputError(url, f"could not be fetched ({error})") from None
            try:
                if response.is_redirect:
                    current = urljoin(current, response.headers.get("location", ""))
                    continue
                if response.status_code >= 400:
                    raise InputError(url, f"the server answered {response.status_code}")
                body = bytearray()
                for chunk in response.iter_bytes():
                    body += chunk
                    if len(body) > max_bytes:
                        raise InputError(url, f"the page is larger than {max_bytes:,} bytes")
                return Fetched(current, bytes(body), response.headers.get("content-type", ""))
            finally:
                response.close()
    raise InputError(url, f"more than {_MAX_REDIRECTS} redirects")
