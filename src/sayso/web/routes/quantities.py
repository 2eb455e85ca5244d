"""Quantities: the reconciled table, and one quantity's page (every source's figures
over time as a chart with bounds as error bars, low/best/high and the conflicts)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Query, Request
from fastapi.responses import HTMLResponse, Response

from ...ledger.reconcile import Quantity
from ..app import state_of
from ..chart import quantity_chart
from ..highlight import PALETTE_SIZE

__all__ = ["PAGE_SIZE", "router", "source_tones"]

router = APIRouter(include_in_schema=False)

PAGE_SIZE = 100
"""Quantities per page of the table."""


def source_tones(quantity: Quantity) -> dict[str, str]:
    """A colour class per source of a quantity, in the order the sources are listed."""
    return {claim.source_key: f"t{i % PALETTE_SIZE}" for i, claim in enumerate(quantity.sources)}


@router.get("/quantities", response_class=HTMLResponse)
def quantities(
    request: Request,
    about: Annotated[str, Query(max_length=200)] = "",
    min_sources: Annotated[int, Query(ge=1, le=1000)] = 1,
    conflicts: bool = False,
    page: Annotated[int, Query(ge=1, le=100_000)] = 1,
) -> Response:
    """The reconciled table: quantities with the most sources first."""
    state = state_of(request)
    words = " ".join(about.split())
    found = [
        q
        for q in state.quantities.quantities()
        if len(q.sources) >= min_sources
        and (not conflicts or q.conflict)
        and (not words or q.matches(words))
    ]
    start = (page - 1) * PAGE_SIZE
    return state.templates.TemplateResponse(
        request,
        "quantities.html",
        {
            "quantities": found[start : start + PAGE_SIZE],
            "total": len(found),
            "page": page,
            "pages": max(1, -(-len(found) // PAGE_SIZE)),
            "about": words,
            "min_sources": min_sources,
            "conflicts": conflicts,
        },
    )


@router.get("/quantities/{quantity_id}", response_class=HTMLResponse)
def quantity(request: Request, quantity_id: Annotated[str, Path(max_length=64)]) -> Response:
    """One quantity: the chart, each source's latest figure and history, the range."""
    state = state_of(request)
    found = state.quantities.get(quantity_id)
    if found is None:
        raise HTTPException(404, f"no quantity {quantity_id!r} in the ledger (it may have "
                            "been regrouped since new articles came in)")  # fmt: skip
    tones = source_tones(found)
    observations = sorted(
        found.observations, key=lambda o: (o.published is None, o.published, o.order)
    )
    return state.templates.TemplateResponse(
        request,
        "quantity.html",
        {
            "quantity": found,
            "chart": quantity_chart(found, tones),
            "tones": tones,
            "observations": observations,
        },
    )
