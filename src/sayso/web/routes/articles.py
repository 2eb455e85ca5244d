"""An article's page: its text with every claim in its source's colour, figures marked
and linked to their quantities, the claims listed beside it, and where it came from."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from ...errors import NotInLedger
from ...ledger.queries import ArticleView, find_article
from ..app import WebState, state_of
from ..data import article_links
from ..pages import ArticlePage, article_page

__all__ = ["router", "stored_page"]

router = APIRouter(include_in_schema=False)


def stored_page(state: WebState, view: ArticleView) -> ArticlePage:
    """The page of a stored article, with links to its sources and quantities."""
    links = article_links(state.ledger, view.id)
    table = state.quantities.current()

    def quantity_of(claim: int, figure: int) -> str | None:
        figure_id = links.figures.get((claim, figure))
        return table.of_figure(figure_id) if figure_id is not None else None

    return article_page(
        view.article,
        article_id=view.id,
        entities=view.sources,
        source_ids=links.sources,
        quantity_of=quantity_of,
        inputs=view.inputs,
        copy_of=view.copy_of,
        copies=view.copies,
        superseded_by=view.superseded_by,
    )


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article(request: Request, article_id: Annotated[str, Path(max_length=64)]) -> Response:
    """One stored article, by its id (or the first characters of it)."""
    state = state_of(request)
    try:
        view = find_article(state.ledger, article_id)
    except NotInLedger as error:
        raise HTTPException(404, str(error)) from None
    if view.id != article_id:
        return RedirectResponse(f"/articles/{view.id}", status_code=308)
    page = stored_page(state, view)
    return state.templates.TemplateResponse(request, "article.html", {"page": page})
