"""Sources: the list of everyone quoted, and one source's page (its claims over time and
the quantities it gave figures for)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Query, Request
from fastapi.responses import HTMLResponse, Response

from ...ledger.queries import list_sources
from ..app import state_of
from ..chart import timeline

__all__ = ["PAGE_SIZE", "router"]

router = APIRouter(include_in_schema=False)

PAGE_SIZE = 100
"""Claims per page of a source's page."""


@router.get("/sources", response_class=HTMLResponse)
def sources(request: Request, name: Annotated[str, Query(max_length=200)] = "") -> Response:
    """Every source, the most quoted first (or those whose name or alias has `name`)."""
    state = state_of(request)
    words = " ".join(name.split())
    found = list_sources(state.ledger, words) if words else state.sources.all()
    return state.templates.TemplateResponse(
        request, "sources.html", {"sources": found[:500], "total": len(found), "name": words}
    )


@router.get("/sources/{source_id}", response_class=HTMLResponse)
def source(
    request: Request,
    source_id: Annotated[int, Path(ge=1)],
    page: Annotated[int, Query(ge=1, le=100_000)] = 1,
) -> Response:
    """One source: who it is, how often it spoke (by month), the quantities it gave
    figures for, and its claims, newest first, a page at a time."""
    state = state_of(request)
    view = state.sources.get(source_id)
    if view is None:
        raise HTTPException(404, f"no source {source_id} in the ledger")
    claims = state.sources.claims(view)
    days: list[dt.date | None] = []
    for claim in claims:
        try:
            days.append(dt.date.fromisoformat((claim.published or "")[:10]))
        except ValueError:
            days.append(None)
    start = (page - 1) * PAGE_SIZE
    return state.templates.TemplateResponse(
        request,
        "source.html",
        {
            "source": view,
            "claims": claims[start : start + PAGE_SIZE],
            "total": len(claims),
            "page": page,
            "pages": max(1, -(-len(claims) // PAGE_SIZE)),
            "timeline": timeline(days),
            "quantities": state.quantities.current().of_source(f"s{view.id}"),
        },
    )
