"""The JSON API under `/api`: articles, claims, sources and reconciled quantities.

Every list takes `limit` (and `offset` where it pages); shapes are in `schemas`, and
`/openapi.json` describes them all.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Path, Query, Request

from ...errors import NotInLedger
from ...ledger.queries import find_article, find_claims, list_sources
from ..app import state_of
from ..data import recent_articles
from ..schemas import (
    ArticleOut,
    ArticleSummaryOut,
    ClaimViewOut,
    QuantityOut,
    SourceDetailOut,
    SourceViewOut,
)

__all__ = ["router"]

router = APIRouter(prefix="/api", tags=["ledger"])

Limit = Annotated[int, Query(ge=1, le=1000, description="At most this many.")]
Offset = Annotated[int, Query(ge=0, description="Skip this many first.")]
Words = Annotated[str | None, Query(max_length=200)]


@router.get("/articles", response_model=list[ArticleSummaryOut])
def api_articles(
    request: Request, limit: Limit = 50, offset: Offset = 0, q: Words = None
) -> list[dict[str, Any]]:
    """Articles, newest first, each with its `id` (for `/api/articles/{id}`); `q`
    filters by words in the headline, outlet or input name."""
    ledger = state_of(request).ledger
    return [a.to_dict() for a in recent_articles(ledger, limit=limit, offset=offset, title=q)]


@router.get("/articles/{article_id}", response_model=ArticleOut)
def api_article(
    request: Request, article_id: Annotated[str, Path(max_length=64)]
) -> dict[str, Any]:
    """One article's JSON record (as `sayso show --format json`): its text, provenance,
    claims with their offsets, figures; its inputs, copies and later version."""
    try:
        view = find_article(state_of(request).ledger, article_id)
    except NotInLedger as error:
        raise HTTPException(404, str(error)) from None
    record = view.article.to_dict()
    record["id"] = view.id
    record["inputs"] = view.inputs
    record["copies"] = view.copies
    record["superseded_by"] = view.superseded_by
    record["sources"] = {str(k): v for k, v in view.sources.items()}
    return record


@router.get("/claims", response_model=list[ClaimViewOut])
def api_claims(
    request: Request,
    source: Words = None,
    about: Words = None,
    since: Annotated[dt.date | None, Query(description="Published on or after.")] = None,
    limit: Limit = 100,
) -> list[dict[str, Any]]:
    """Claims, newest article first: by a source (name or alias), about some words."""
    found = find_claims(
        state_of(request).ledger, source=source, about=about, since=since, limit=limit
    )
    return [c.to_dict() for c in found]


@router.get("/sources", response_model=list[SourceViewOut])
def api_sources(request: Request, name: Words = None, limit: Limit = 100) -> list[dict[str, Any]]:
    """Sources across articles, the most quoted first; `name` filters by name or alias."""
    state = state_of(request)
    found = list_sources(state.ledger, name) if name else state.sources.all()
    return [s.to_dict() for s in found[:limit]]


@router.get("/sources/{source_id}", response_model=SourceDetailOut)
def api_source(
    request: Request, source_id: Annotated[int, Path(ge=1)], limit: Limit = 100
) -> dict[str, Any]:
    """One source and its claims, newest first."""
    state = state_of(request)
    view = state.sources.get(source_id)
    if view is None:
        raise HTTPException(404, f"no source {source_id} in the ledger")
    claims = state.sources.claims(view)[:limit]
    return {"source": view.to_dict(), "claims": [c.to_dict() for c in claims]}


@router.get("/quantities", response_model=list[QuantityOut])
def api_quantities(
    request: Request,
    about: Words = None,
    min_sources: Annotated[int, Query(ge=1, le=1000)] = 1,
    conflicts: bool = False,
    limit: Limit = 100,
    offset: Offset = 0,
) -> list[dict[str, Any]]:
    """The reconciled table: each quantity with every source's latest figure and
    low/best/high across sources (`sayso figures`)."""
    found = [
        q
        for q in state_of(request).quantities.quantities()
        if len(q.sources) >= min_sources
        and (not conflicts or q.conflict)
        and (not about or q.matches(about))
    ]
    return [q.to_dict() for q in found[offset : offset + limit]]


@router.get("/quantities/{quantity_id}", response_model=QuantityOut)
def api_quantity(
    request: Request, quantity_id: Annotated[str, Path(max_length=64)]
) -> dict[str, Any]:
    """One reconciled quantity."""
    found = state_of(request).quantities.get(quantity_id)
    if found is None:
        raise HTTPException(404, f"no quantity {quantity_id!r} in the ledger")
    return found.to_dict()
