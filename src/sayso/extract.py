"""The main job: pages in, `Article` records out.

    import sayso
    article = sayso.extract(open("page.html").read())
    for claim in article.claims:
        print(claim.source.name if claim.source else "(reporter)", claim.cue, claim.content)

`extract()` takes text or HTML you already hold; `extract_inputs()` reads files,
directories and stdin in batches through `nlp.pipe`, yielding an `Article` or an
`InputError` per input so that one bad input never stops a batch.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import BinaryIO

from spacy.language import Language
from spacy.tokens import Doc

from .config import Settings
from .copies import CopyIndex
from .errors import InputError, SaysoError
from .nlp import Attribution, load_pipeline
from .nlp.figures import FigureMatch
from .nlp.time import resolve_period
from .read import Page, RawInput, iter_inputs, load_page, read_page
from .records import Article, Claim, Figure, Period, Source

__all__ = ["extract", "extract_inputs", "extract_pages", "extract_raw"]

_TITLE_BREAK = "\n\n"


def _doc_text(page: Page) -> tuple[str, int]:
    """The text the pipeline reads (headline, blank line, body) and where the body starts."""
    if page.title:
        head = " ".join(page.title.split()) + _TITLE_BREAK
        return head + page.text, len(head)
    return page.text, 0


def _figure(match: FigureMatch, offset: int, in_title: bool, published: str | None) -> Figure:
    quantity = match.quantity
    period = None
    if match.period_text:
        start, end = resolve_period(match.period_text, published)
        period = Period(match.period_text, start, end)
    return Figure(
        text=match.span.text,
        value=quantity.value,
        low=quantity.low,
        high=quantity.high,
        approximate=quantity.approximate,
        counted=match.counted,
        outcome=match.outcome,
        per=match.per,
        period=period,
        location=match.location,
        unit=match.unit,
        start=-1 if in_title else match.span.start_char - offset,
        end=-1 if in_title else match.span.end_char - offset,
    )


def _claim(found: Attribution, offset: int, published: str | None) -> Claim:
    in_title = found.sent.start_char < offset
    source = None
    if found.speaker is not None:
        speaker = found.speaker
        mention = found.mention.text if found.mention is not None else speaker.name
        source = Source(
            name=speaker.name,
            mention=mention,
            kind=speaker.kind,
            role=speaker.role,
            affiliation=speaker.affiliation,
            aliases=list(speaker.aliases),
        )
    return Claim(
        source=source,
        cue=found.cue.text if found.cue is not None else None,
        style=found.style,
        content=found.content_text,
        start=-1 if in_title else found.sent.start_char - offset,
        end=-1 if in_title else found.sent.end_char - offset,
        sentence=found.sent.text.strip(),
        figures=[
            _figure(f, offset, in_title, published)
            for f in found.figures
            if isinstance(f, FigureMatch)
        ],
        resolved_from=found.resolved_from,
        content_spans=[]
        if in_title
        else [(s.start_char - offset, s.end_char - offset) for s in found.content],
        where="title" if in_title else "body",
    )


def _article(name: str, page: Page, doc: Doc, offset: int) -> Article:
    claims = [_claim(found, offset, page.published) for found in doc._.claims or []]
    article = Article(
        input=name,
        text=page.text,
        title=page.title,
        url=page.url,
        published=page.published,
        publisher=page.publisher,
        site=page.site,
        authors=list(page.authors),
        captions=list(page.captions),
        claims=claims,
        warnings=list(page.warnings),
    )
    unbalanced = doc._.quotations.unbalanced if doc._.quotations is not None else []
    for quote in unbalanced:
        where = max(0, quote.start - offset)
        article.warnings.append(
            f"unbalanced quotation mark at character {where}; the quotation was closed at "
            "the end of its paragraph"
        )
    return article


def extract_pages(
    pages: Iterable[tuple[str, Page]], settings: Settings | None = None, nlp: Language | None = None
) -> Iterator[Article]:
    """Run the NLP pipeline over already-read pages, in batches."""
    settings = settings or Settings()
    nlp = nlp or load_pipeline(settings.model)
    items = ((_doc_text(page), (name, page)) for name, page in pages)
    texts = (((text, (name, page, offset))) for (text, offset), (name, page) in items)
    for doc, (name, page, offset) in nlp.pipe(
        texts, as_tuples=True, batch_size=settings.batch_size
    ):
        yield _article(name, page, doc, offset)


def extract(
    content: str,
    name: str = "<text>",
    *,
    html: bool | None = None,
    settings: Settings | None = None,
    nlp: Language | None = None,
) -> Article:
    """Extract one article from a page held in memory (plain text or HTML).

    Raises `InputError` (empty, not English...) or `ModelError` (no spaCy pipeline).
    """
    settings = settings or Settings()
    page = read_page(content, name, settings, html=html)
    return next(extract_pages([(name, page)], settings, nlp))


def extract_inputs(
    args: Iterable[str],
    settings: Settings | None = None,
    stdin: BinaryIO | None = None,
) -> Iterator[Article | InputError]:
    """Read and extract every input named by `args` (files, directories, `-`), in order.

    Yields an `Article` per readable input and an `InputError` per unreadable one; the
    pipeline is loaded once and fed in batches. Inputs may be URLs, feeds, web archives
    and CSV/JSONL tables (see `read.inputs`). Syndicated copies among the articles of a
    run are grouped (`Article.cluster`, `Article.copy_of`; see `copies`).
    """
    settings = settings or Settings()
    return extract_raw(iter_inputs(args, stdin=stdin, settings=settings), settings)


def extract_raw(
    items: Iterable[RawInput | InputError],
    settings: Settings | None = None,
    nlp: Language | None = None,
    skip: Callable[[str, Page], bool] | None = None,
) -> Iterator[Article | InputError]:
    """Extract already-named inputs: `RawInput`s from any reader (a CSV row, a WARC record).

    The same batching and one-line errors as `extract_inputs`; `InputError`s in `items`
    are passed through in order, so a reader can report its own bad records. A page for
    which `skip(name, page)` is true is read but not analysed nor yielded (the ledger
    uses it to pass over articles it already holds without running the NLP again).
    """
    settings = settings or Settings()
    copies = CopyIndex(settings.copies_threshold)
    batch: list[tuple[str, Page]] = []
    pipeline: list[Language] = [nlp] if nlp is not None else []

    def flush() -> Iterator[Article]:
        if not batch:
            return
        if not pipeline:  # loaded on the first page to analyse, not before
            pipeline.append(load_pipeline(settings.model))
        articles = list(extract_pages(batch, settings, pipeline[0]))
        copies.assign(articles)
        yield from articles
        batch.clear()

    for item in items:
        if isinstance(item, InputError):
            yield from flush()
            yield item
            continue
        try:
            page = load_page(item, settings)
        except InputError as error:
            yield from flush()
            yield error
            continue
        except (SaysoError, RecursionError, MemoryError) as error:
            yield from flush()
            yield InputError(item.name, f"could not be read ({error.__class__.__name__}: {error})")
            continue
        if skip is not None and skip(item.name, page):
            continue
        batch.append((item.name, page))
        if len(batch) >= settings.batch_size:
            yield from flush()
    yield from flush()
