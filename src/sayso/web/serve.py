"""`sayso serve`: the app under uvicorn, on 127.0.0.1 unless told otherwise."""

from __future__ import annotations

import ipaddress
import sys

import uvicorn

from ..ledger.store import open_ledger
from .app import DEFAULT_HOSTS, MAX_UPLOAD_BYTES, create_app

__all__ = ["is_loopback", "run_server"]


def is_loopback(host: str) -> bool:
    """True for `127.0.0.1`, `::1`, `localhost` and the rest of 127.0.0.0/8."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def run_server(
    db: str | None,
    *,
    host: str = "127.0.0.1",
    port: int = 8000,
    allow_fetch: bool = False,
    max_upload_bytes: int = MAX_UPLOAD_BYTES,
) -> None:
    """Open the ledger (created when missing) and serve it until interrupted."""
    ledger = open_ledger(db)
    local = is_loopback(host)
    # Starlette's host check cannot read IPv6 literals ([::1]:8000): served without it.
    hosts = (*DEFAULT_HOSTS, host) if local and ":" not in host else None
    if not local:
        print(
            f"sayso: warning: serving on {host}, reachable from other machines; the page "
            "has no login, so anyone who can reach it can read the ledger and save into it",
            file=sys.stderr,
        )
    app = create_app(
        allow_fetch=allow_fetch,
        max_upload_bytes=max_upload_bytes,
        allowed_hosts=hosts,
        ledger=ledger,
    )
    shown = f"[{host}]" if ":" in host else host
    print(
        f"sayso: serving {ledger.where} at http://{shown}:{port}/ (Ctrl+C stops)", file=sys.stderr
    )
    try:
        uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False)
    finally:
        ledger.dispose()
