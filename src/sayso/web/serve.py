"""`sayso serve`: the app under uvicorn, on 127.0.0.1 unless told otherwise."""

from __future__ import annotations

import ipaddress
import socket
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import uvicorn
from starlette.types import ASGIApp

from ..ledger.store import open_ledger
from .app import DEFAULT_HOSTS, MAX_UPLOAD_BYTES, create_app

__all__ = ["free_port", "is_loopback", "run_server", "serve_in_thread"]


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
        warm=True,
    )
    shown = f"[{host}]" if ":" in host else host
    print(
        f"sayso: serving {ledger.where} at http://{shown}:{port}/ (Ctrl+C stops)", file=sys.stderr
    )
    try:
        uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False)
    finally:
        ledger.dispose()


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port nothing listens on now (for tests and benchmarks)."""
    with socket.socket() as probe:
        probe.bind((host, 0))
        port: int = probe.getsockname()[1]
        return port


@contextmanager
def serve_in_thread(
    app: ASGIApp, host: str = "127.0.0.1", port: int | None = None, timeout: float = 20.0
) -> Iterator[str]:
    """Run `app` under uvicorn in a thread for the length of the `with` block; yields
    its base URL (`http://127.0.0.1:PORT`) once it accepts connections, and stops it
    (and waits for it) on the way out."""
    port = port or free_port(host)
    config = uvicorn.Config(app, host=host, port=port, log_level="warning", lifespan="on")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="sayso-web", daemon=True)
    thread.start()
    deadline = time.monotonic() + timeout
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            server.should_exit = True
            thread.join(timeout)
            raise RuntimeError(f"the web server did not start on {host}:{port}")
        time.sleep(0.02)
    try:
        yield f"http://{host}:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout)
