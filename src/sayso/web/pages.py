"""What an article page shows, assembled from a stored article or a fresh analysis.

`article_page()` takes an `Article` record (read back by `find_article`, or just made by
`sayso.extract` from the Analyse form) and what the ledger knows about it (source and
quantity ids, copies) and returns an `ArticlePage`: the headline and paragraphs cut into
labelled pieces, one `ClaimCard` per claim, one `FigureCard` per figure, the source
colours and the provenance. Templates render it; nothing here is HTML.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from ..records import Article, Claim, Figure
from .highlight import PALETTE_SIZE, Piece, paragraphs, spans_of_claims, title_spans

__all__ = ["ArticlePage", "ClaimCard", "FigureCard", "article_page", "source_label"]

REPORTER = "(reporter)"


@dataclass(frozen=True, slots=True)
class FigureCard:
    number: int
    text: str
    claim: int
    counted: str | None
    outcome: str | None
    detail: str
    """`at least 86 people killed · per day · in Idlib · April 4`, for a tooltip and the list."""
    quantity: str | None
    """Id of the quantity the ledger counted it in (a link), where known."""


@dataclass(frozen=True, slots=True)
class ClaimCard:
    index: int
    source: str
    """The ledger entity's name, else the article's name, else `(reporter)`."""
    source_id: int | None
    as_named: str | None
    role: str | None
    cue: str | None
    style: str
    content: str
    sentence: str
    where: str
    tone: str
    figures: list[FigureCard]


@dataclass(slots=True)
class ArticlePage:
    id: str
    article: Article
    title: list[Piece]
    body: list[list[Piece]]
    claims: list[ClaimCard]
    figures: list[FigureCard]
    tones: list[tuple[str, str, int | None]]
    """(source, colour class, source id) in order of first appearance: the legend."""
    inputs: list[str] = field(default_factory=list)
    copy_of: str | None = None
    copies: list[str] = field(default_factory=list)
    superseded_by: str | None = None
    stored: bool = True


def source_label(claim: Claim, entity: str | None = None) -> str:
    """Who the page says made a claim: the ledger entity, the article's name, or reporter."""
    if entity:
        return entity
    if claim.source is not None:
        return claim.source.name
    return REPORTER


def _detail(figure: Figure) -> str:
    outcome = figure.outcome.replace("_", " ") if figure.outcome else None
    what = " ".join(p for p in (figure.text, figure.counted, outcome) if p)
    parts = [what]
    if figure.per:
        parts.append(f"per {figure.per}")
    if figure.unit:
        parts.append(figure.unit)
    if figure.location:
        parts.append(f"in {figure.location}")
    if figure.period is not None and figure.period.text:
        parts.append(figure.period.text)
    return " · ".join(parts)


def article_page(
    article: Article,
    *,
    article_id: str | None = None,
    entities: dict[int, str] | None = None,
    source_ids: dict[int, int] | None = None,
    quantity_of: Callable[[int, int], str | None] | None = None,
    inputs: list[str] | None = None,
    copy_of: str | None = None,
    copies: list[str] | None = None,
    superseded_by: str | None = None,
    stored: bool = True,
) -> ArticlePage:
    """The page of one article.

    `entities` and `source_ids` map a claim's position to its ledger source (name, id);
    `quantity_of(claim, figure)` gives the quantity id of a figure. All are optional: a
    fresh analysis has none of them.
    """
    entities = entities or {}
    source_ids = source_ids or {}
    tone_of: dict[str, str] = {}
    legend: list[tuple[str, str, int | None]] = []
    cards: list[ClaimCard] = []
    figures: list[FigureCard] = []
    numbers: list[list[int]] = []
    named = 0
    for index, claim in enumerate(article.claims):
        name = source_label(claim, entities.get(index))
        if name not in tone_of:
            tone_of[name] = "tr" if name == REPORTER else f"t{named % PALETTE_SIZE}"
            named += name != REPORTER
            legend.append((name, tone_of[name], source_ids.get(index)))
        mine: list[FigureCard] = []
        for j, figure in enumerate(claim.figures):
            card = FigureCard(
                number=len(figures),
                text=figure.text,
                claim=index,
                counted=figure.counted,
                outcome=figure.outcome,
                detail=_detail(figure),
                quantity=quantity_of(index, j) if quantity_of else None,
            )
            figures.append(card)
            mine.append(card)
        numbers.append([card.number for card in mine])
        cards.append(
            ClaimCard(
                index=index,
                source=name,
                source_id=source_ids.get(index),
                as_named=claim.source.name if claim.source else None,
                role=claim.source.role if claim.source else None,
                cue=claim.cue,
                style=claim.style,
                content=claim.content,
                sentence=claim.sentence,
                where=claim.where,
                tone=tone_of[name],
                figures=mine,
            )
        )
    title_text = article.title or ""
    title = paragraphs(title_text, title_spans(title_text, article.claims, numbers))
    return ArticlePage(
        id=article_id or article.id,
        article=article,
        title=title[0] if title else [],
        body=paragraphs(article.text, spans_of_claims(article.claims, numbers)),
        claims=cards,
        figures=figures,
        tones=legend,
        inputs=list(inputs or []),
        copy_of=copy_of,
        copies=list(copies or []),
        superseded_by=superseded_by,
        stored=stored,
    )
