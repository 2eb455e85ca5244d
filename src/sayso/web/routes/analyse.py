"""The Analyse form: paste text, upload a page or (when the server allows it) give a URL,
and see it as an article page. Nothing is stored unless "save" is ticked.

Request bodies are capped by `security.BodyLimit` before the form is parsed; an upload
then goes through the same readers as `sayso extract` (size, gzip, binary data,
encoding, language checks), so a hostile file fails with a one-line reason.
"""

from __future__ import annotations

from functools import partial
from pathlib import PurePath
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.formparsers import MultiPartException

from ...errors import InputError, SaysoError
from ...extract import extract_raw
from ...ledger.ingest import store_article
from ...read import RawInput
from ...records import Article
from ..app import WebState, state_of
from ..fetch import FetchRefused, fetch_page
from ..pages import article_page

__all__ = ["analyse_raw", "router"]

router = APIRouter(include_in_schema=False)

_MAX_NAME = 120


def _form(request: Request, status: int = 200, **values: Any) -> Response:
    state = state_of(request)
    context: dict[str, Any] = {
        "error": None,
        "text": "",
        "url": "",
        "save": False,
        "allow_fetch": state.allow_fetch,
        "max_upload_bytes": state.max_upload_bytes,
    }
    context.update(values)
    return state.templates.TemplateResponse(request, "analyse.html", context, status_code=status)


def analyse_raw(state: WebState, raw: RawInput) -> Article:
    """Read and extract one input (raises `InputError` with the reason)."""
    for result in extract_raw([raw], state.settings, state.nlp()):
        if isinstance(result, InputError):
            raise result
        return result
    raise InputError(raw.name, "nothing could be read from it")


def _upload_name(upload: UploadFile) -> str:
    name = PurePath((upload.filename or "upload").replace("\\", "/")).name or "upload"
    return name[:_MAX_NAME]


@router.get("/analyse", response_class=HTMLResponse)
def analyse_form(request: Request) -> Response:
    """The empty form."""
    return _form(request)


@router.post("/analyse", response_class=HTMLResponse)
async def analyse(request: Request) -> Response:
    """Analyse pasted text, an uploaded file or a URL; store it when `save` is ticked."""
    state = state_of(request)
    try:
        form = await request.form(max_files=1, max_fields=8, max_part_size=state.max_upload_bytes)
    except MultiPartException as error:
        return _form(request, 400, error=f"the form could not be read: {error.message}")
    text = form.get("text")
    upload = form.get("file")
    url = form.get("url")
    text = text if isinstance(text, str) else ""
    url = url.strip() if isinstance(url, str) else ""
    save = form.get("save") in ("on", "1", "true")
    keep = {"text": text, "url": url, "save": save}
    raw: RawInput | None = None
    if isinstance(upload, UploadFile) and upload.filename:
        data = await upload.read()
        if data:
            raw = RawInput(_upload_name(upload), data=data)
    if raw is None and text.strip():
        raw = RawInput("pasted text", data=text, html=None)
    if raw is None and url:
        if not state.allow_fetch:
            return _form(
                request,
                403,
                error="this server does not fetch URLs (start it with --allow-fetch); "
                "paste the text or upload the page instead",
                **keep,
            )
        try:
            fetched = await run_in_threadpool(
                partial(fetch_page, url, max_bytes=state.max_upload_bytes)
            )
        except FetchRefused as error:
            return _form(request, 403, error=str(error), **keep)
        except InputError as error:
            return _form(request, 422, error=str(error), **keep)
        raw = RawInput(url[:_MAX_NAME], data=fetched.data, url=fetched.url)
    if raw is None:
        return _form(request, 422, error="paste some text or choose a file first", **keep)
    try:
        article = await run_in_threadpool(analyse_raw, state, raw)
    except SaysoError as error:
        return _form(request, 422, error=str(error), **keep)
    if save:
        await run_in_threadpool(state.ledger.write, partial(store_article, article=article))
        return RedirectResponse(f"/articles/{article.id}", status_code=303)
    page = article_page(article, stored=False)
    return state.templates.TemplateResponse(request, "article.html", {"page": page})
