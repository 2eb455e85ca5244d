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
from ..data import find_source, source_claims

__all__ = ["router"]

router = APIRouter(include_in_schema=False)


@router.get("/sources", response_class=HTMLResponse)
def sources(request: Request, name: Annotated[str, Query(max_length=200)] = "") -> Response:
    """Every source, the most quoted first (or those whose name or alias has `name`)."""
    state = state_of(request)
    words = " ".join(name.split())
    if words:
        found = list_sources(state.ledger, words)
    else:
        found = state.cache.get("sources", lambda: list_sources(state.ledger))
    return state.templates.TemplateResponse(
        request, "sources.html", {"sources": found[:500], "total": len(found), "name": words}
    )


@router.get("/sources/{source_id}", response_class=HTMLResponse)
def source(request: Request, source_id: Annotated[int, Path(ge=1)]) -> Response:
    """One source: who it is, its claims newest first, how often it spoke, its figures."""
    state = state_of(request)
    view = find_source(state.ledger, source_id)
    if view is None:
        raise HTTPException(404, f"no source {source_id} in the ledger")
    claims = source_claims(state.ledger, view)
    days: list[dt.date | None] = []
    for claim in claims:
        try:
            days.append(dt.date.fromisoformat((claim.published or "")[:10]))
        except ValueError:
            days.append(None)
    quantities = state.quantities.of_source(f"s{view.id}")
    return state.templates.TemplateResponse(
        request,
        "source.html",
        {
            "source": view,
            "claims": claims,
            "timeline": timeline(days),
            "quantities": quantities,
        },
    )
