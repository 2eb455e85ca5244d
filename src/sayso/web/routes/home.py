"""The home page (recent articles, most quoted sources, most reported quantities) and
search across articles, claims, sources and quantities."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response

from ...ledger.queries import find_claims, list_sources
from ..app import state_of
from ..data import count_articles, recent_articles

__all__ = ["PAGE_SIZE", "router"]

router = APIRouter(include_in_schema=False)

PAGE_SIZE = 50
"""Articles per page of the home page."""


@router.get("/", response_class=HTMLResponse)
def home(request: Request, page: Annotated[int, Query(ge=1, le=100_000)] = 1) -> Response:
    """Recent articles, newest first, with the most quoted sources and quantities."""
    state = state_of(request)
    ledger = state.ledger
    total = count_articles(ledger)
    articles = recent_articles(ledger, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE)
    sources = state.sources.all()
    quantities = [q for q in state.quantities.quantities() if len(q.sources) >= 2][:8]
    return state.templates.TemplateResponse(
        request,
        "home.html",
        {
            "articles": articles,
            "total": total,
            "page": page,
            "pages": max(1, -(-total // PAGE_SIZE)),
            "sources": sources[:12],
            "quantities": quantities,
            "q": "",
        },
    )


@router.get("/search", response_class=HTMLResponse)
def search(request: Request, q: Annotated[str, Query(max_length=200)] = "") -> Response:
    """Sources, claims, headlines and quantities that mention `q`."""
    state = state_of(request)
    ledger = state.ledger
    words = " ".join(q.split())
    sources, claims, articles, quantities = [], [], [], []
    if words:
        sources = list_sources(ledger, words)[:30]
        claims = find_claims(ledger, about=words, limit=60)
        by_source = find_claims(ledger, source=words, limit=40)
        seen = {c.claim_id for c in claims}
        claims += [c for c in by_source if c.claim_id not in seen]
        articles = recent_articles(ledger, limit=30, title=words)
        quantities = [q for q in state.quantities.quantities() if q.matches(words)][:30]
    return state.templates.TemplateResponse(
        request,
        "search.html",
        {
            "q": words,
            "sources": sources,
            "claims": claims,
            "articles": articles,
            "quantities": quantities,
        },
    )
