"""The web application: `create_app(db_url)` gives a FastAPI app over one ledger.

    from sayso.web import create_app
    app = create_app("sayso.db")          # then: uvicorn, or `sayso serve --db sayso.db`

Pages are rendered on the server by Jinja2 (autoescape on, so every string from an
article is text, never markup); the JSON API lives under `/api` and is described at
`/openapi.json`. Every response carries a strict Content-Security-Policy (no inline
script; the little JavaScript there is, is a static file) and the other headers of
`security.SECURITY_HEADERS`. Request bodies are capped, cross-site posts refused, and
the server fetches nothing from the network unless `allow_fetch=True`, and then never
from a private, loopback or link-local address (`fetch.resolve_public`).
"""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from spacy.language import Language
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware

from .. import __version__
from ..config import Settings
from ..errors import LedgerError
from ..ledger.store import Ledger, open_ledger
from .data import LedgerCache, QuantityIndex, SourceDirectory
from .format import FILTERS
from .security import BodyLimit, SameOriginPosts, SecurityHeaders, safe_href

__all__ = ["DEFAULT_HOSTS", "MAX_UPLOAD_BYTES", "WebState", "create_app", "state_of"]

HERE = Path(__file__).resolve().parent
MAX_UPLOAD_BYTES = 2_000_000
"""The largest request body (a pasted article, an uploaded page) the server reads."""
DEFAULT_HOSTS = ("127.0.0.1", "localhost")
"""Host names the server answers to by default (a guard against DNS rebinding)."""


@dataclass
class WebState:
    """What every request needs: the ledger, the caches, the templates and the settings."""

    ledger: Ledger
    templates: Jinja2Templates
    cache: LedgerCache
    quantities: QuantityIndex
    sources: SourceDirectory
    settings: Settings
    allow_fetch: bool
    max_upload_bytes: int
    _nlp: Language | None = None
    _nlp_lock: threading.Lock = field(default_factory=threading.Lock)

    def warm_up(self) -> None:
        """Compute what the pages share (the reconciled table, the sources) now."""
        try:
            self.quantities.current()
            self.sources.all()
        except LedgerError:
            pass  # the pages will say what is wrong

    def nlp(self) -> Language:
        """The spaCy pipeline for the Analyse form, loaded on first use."""
        with self._nlp_lock:
            if self._nlp is None:
                from ..nlp import load_pipeline

                self._nlp = load_pipeline(self.settings.model)
            return self._nlp


def state_of(request: Request) -> WebState:
    """The app's `WebState`, from a request."""
    state: WebState = request.app.state.web
    return state


def _templates() -> Jinja2Templates:
    env = Environment(
        loader=FileSystemLoader(HERE / "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(FILTERS)
    env.globals["safe_href"] = safe_href
    env.globals["version"] = __version__
    return Jinja2Templates(env=env)


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api") or request.url.path == "/openapi.json"


def create_app(
    db_url: str | None = None,
    allow_fetch: bool = False,
    *,
    max_upload_bytes: int = MAX_UPLOAD_BYTES,
    allowed_hosts: Sequence[str] | None = DEFAULT_HOSTS,
    settings: Settings | None = None,
    nlp: Language | None = None,
    ledger: Ledger | None = None,
    warm: bool = False,
) -> FastAPI:
    """The sayso web app over the ledger at `db_url` (a path or URL; None: `$SAYSO_DB` or
    `./sayso.db`, created empty when missing so that Analyse can save into it).

    `allow_fetch` lets the Analyse form fetch a URL (public addresses only);
    `max_upload_bytes` caps every request body; `allowed_hosts` are the Host names
    served (None: any, for a server behind a proxy that checks them); `nlp` shares an
    already loaded pipeline; `ledger` an already open one (it is not closed here);
    `warm` computes the reconciled table and the source list in the background as the
    server starts, so the first visitor does not wait for them.
    """
    opened = ledger is None
    the_ledger = ledger if ledger is not None else open_ledger(db_url)
    cache = LedgerCache(the_ledger)
    state = WebState(
        ledger=the_ledger,
        templates=_templates(),
        cache=cache,
        quantities=QuantityIndex(cache),
        sources=SourceDirectory(cache),
        settings=settings or Settings.from_env(),
        allow_fetch=allow_fetch,
        max_upload_bytes=max_upload_bytes,
        _nlp=nlp,
    )

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        if warm:
            threading.Thread(target=state.warm_up, name="sayso-warm", daemon=True).start()
        yield
        if opened:
            the_ledger.dispose()

    app = FastAPI(
        title="sayso",
        version=__version__,
        summary="Who says what in the news: articles, claims, sources and reconciled figures.",
        docs_url=None,
        redoc_url=None,
        openapi_url="/openapi.json",
        lifespan=lifespan,
    )
    app.state.web = state

    from .routes import analyse, api, articles, home, quantities, sources

    for module in (home, articles, sources, quantities, analyse, api):
        app.include_router(module.router)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

    async def http_error(request: Request, error: Exception) -> Response:
        assert isinstance(error, StarletteHTTPException)
        if _wants_json(request):
            return JSONResponse({"detail": error.detail}, status_code=error.status_code)
        message = str(error.detail)
        if error.status_code == 404 and message == "Not Found":
            message = f"There is no page at {request.url.path}."
        return state.templates.TemplateResponse(
            request,
            "error.html",
            {"status": error.status_code, "message": message},
            status_code=error.status_code,
        )

    async def ledger_error(request: Request, error: Exception) -> Response:
        message = str(error)
        if _wants_json(request):
            return JSONResponse({"detail": message}, status_code=503)
        return state.templates.TemplateResponse(
            request, "error.html", {"status": 503, "message": message}, status_code=503
        )

    async def invalid(request: Request, error: Exception) -> Response:
        assert isinstance(error, RequestValidationError)
        details: list[Any] = list(error.errors())
        if _wants_json(request):
            return JSONResponse({"detail": details}, status_code=422)
        words = "; ".join(
            f"{'.'.join(str(p) for p in d.get('loc', ()))}: {d.get('msg', '')}" for d in details
        )
        return state.templates.TemplateResponse(
            request, "error.html", {"status": 422, "message": words}, status_code=422
        )

    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(LedgerError, ledger_error)
    app.add_exception_handler(RequestValidationError, invalid)

    # Outermost last: headers wrap everything, the host check runs first.
    app.add_middleware(SameOriginPosts)
    app.add_middleware(BodyLimit, max_bytes=max_upload_bytes)
    if allowed_hosts is not None:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(allowed_hosts))
    app.add_middleware(SecurityHeaders)
    return app
