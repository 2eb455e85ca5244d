"""An article's text cut into pieces for the page: which claim, source and figure each
piece belongs to, so the template can colour it.

Nothing here makes HTML. `paragraphs()` returns plain `Piece`s (text and labels) and the
Jinja2 template, with autoescape on, writes each piece's text as text: an article whose
words are `<script>` shows those characters and never runs them, however the claim
offsets cut it.

Offsets come from the records: a claim's `start`/`end` is its evidence sentence,
`content_spans` the words of what is claimed, a figure's `start`/`end` its words. Bad
offsets (outside the text, reversed) are ignored rather than trusted.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..records import Claim

__all__ = ["PALETTE_SIZE", "Piece", "Span", "paragraphs", "spans_of_claims", "title_spans"]

PALETTE_SIZE = 10
"""Distinct source colours (`t0`..`t9` in the stylesheet); the reporter's voice is `tr`."""

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the text that belongs to something: `kind` is `sentence`, `content`
    or `figure`; `index` the claim's (or the figure's) number on the page."""

    start: int
    end: int
    kind: str
    index: int


@dataclass(frozen=True, slots=True)
class Piece:
    """A run of text with one set of labels."""

    text: str
    claim: int | None = None
    """The claim whose content this is (None: not claimed)."""
    sentence: int | None = None
    """The claim whose evidence sentence this is part of."""
    figure: int | None = None
    """The figure (page numbering) these words state."""


def spans_of_claims(claims: Sequence[Claim], figure_numbers: Sequence[Sequence[int]]) -> list[Span]:
    """The body spans of every claim: sentence, content pieces and figures.

    `figure_numbers[i][j]` is the page number of claim i's figure j.
    """
    spans: list[Span] = []
    for index, claim in enumerate(claims):
        if claim.where == "title":
            continue
        spans.append(Span(claim.start, claim.end, "sentence", index))
        for start, end in claim.content_spans:
            spans.append(Span(start, end, "content", index))
        for j, figure in enumerate(claim.figures):
            spans.append(Span(figure.start, figure.end, "figure", figure_numbers[index][j]))
    return spans


def title_spans(
    title: str, claims: Sequence[Claim], figure_numbers: Sequence[Sequence[int]]
) -> list[Span]:
    """Spans in the headline for headline claims, found by their words (headline claims
    carry no offsets)."""
    spans: list[Span] = []
    folded = title.casefold()
    for index, claim in enumerate(claims):
        if claim.where != "title":
            continue
        spans.append(Span(0, len(title), "sentence", index))
        at = folded.find(claim.content.casefold()) if claim.content else -1
        if at >= 0:
            spans.append(Span(at, at + len(claim.content), "content", index))
        for j, figure in enumerate(claim.figures):
            where = folded.find(figure.text.casefold()) if figure.text else -1
            if where >= 0:
                spans.append(
                    Span(where, where + len(figure.text), "figure", figure_numbers[index][j])
                )
    return spans


def _valid(spans: Sequence[Span], length: int) -> list[Span]:
    return [s for s in spans if 0 <= s.start < s.end <= length]


def _first_cover(spans: Sequence[Span], kind: str, at: int) -> int | None:
    for span in spans:
        if span.kind == kind and span.start <= at < span.end:
            return span.index
    return None


def paragraphs(text: str, spans: Sequence[Span]) -> list[list[Piece]]:
    """`text` in paragraphs (split at blank lines), each a list of labelled pieces.

    Where claims overlap the earlier claim wins; the pieces of one paragraph always join
    back into its text exactly.
    """
    good = _valid(spans, len(text))
    breaks = [(m.start(), m.end()) for m in _PARAGRAPH_BREAK.finditer(text)]
    cuts = {0, len(text)}
    for span in good:
        cuts.update((span.start, span.end))
    for start, end in breaks:
        cuts.update((start, end))
    edges = sorted(cuts)
    in_break: set[int] = set()
    for start, end in breaks:
        in_break.update(i for i, edge in enumerate(edges) if start <= edge < end)
    out: list[list[Piece]] = [[]]
    for i, (start, end) in enumerate(itertools.pairwise(edges)):
        if i in in_break:
            if out[-1]:
                out.append([])
            continue
        piece = Piece(
            text[start:end],
            claim=_first_cover(good, "content", start),
            sentence=_first_cover(good, "sentence", start),
            figure=_first_cover(good, "figure", start),
        )
        current = out[-1]
        if current and _same_labels(current[-1], piece):
            current[-1] = Piece(
                current[-1].text + piece.text, piece.claim, piece.sentence, piece.figure
            )
        else:
            current.append(piece)
    return [p for p in out if p]


def _same_labels(a: Piece, b: Piece) -> bool:
    return (a.claim, a.sentence, a.figure) == (b.claim, b.sentence, b.figure)
