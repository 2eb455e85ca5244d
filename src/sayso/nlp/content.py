"""Content: the words a claim reports, as token spans and as tidy text.

A claim's content is a set of token indices turned into contiguous spans (`spans()`),
read back as text without the cut's debris (`tidy()`: edge punctuation, a quotation
mark left alone by the cut). `before_source()` reads the content of a cue that closes
its sentence ("Y the monitor said on Sunday", "Y said the official"), the commonest
frame of wire copy, and the one a parser loses when the commas are gone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from ..records import Style
from .quotes import QUOTE_MARKS, QuoteMap

__all__ = ["before_source", "close_quotes", "has_clause", "spans", "style_of", "subtree", "tidy"]

_EDGE_PUNCT = set(",;:—–-") | {"...", "…"}


def subtree(tok: Token) -> set[int]:
    """The token indices of `tok`'s subtree."""
    return {t.i for t in tok.subtree}


def close_quotes(piece: str) -> str:
    """A piece of content cut inside a quotation gets its closing mark back."""
    if piece.count("“") > piece.count("”"):
        return piece.rstrip(",;: ") + "”"
    return piece


_PARAGRAPH_REOPENED = re.compile(r"[”\"]?\s*\n\s*\n\s*[“\"]")
_SPACES = re.compile(r"\s+")


def tidy(text: str) -> str:
    """Content text without the debris of the cut: edge punctuation, unpaired marks,
    the marks around a content that is one whole quotation, and the paragraph breaks
    (with their re-opening marks) of a quotation that runs over paragraphs."""
    text = _SPACES.sub(" ", _PARAGRAPH_REOPENED.sub(" ", text))
    text = text.strip().strip(",;:—– ")
    marks = [ch for ch in text if ch in QUOTE_MARKS]
    if len(marks) % 2 == 1:
        if text and text[0] in QUOTE_MARKS:
            text = text[1:]
        elif text and text[-1] in QUOTE_MARKS:
            text = text[:-1]
    text = text.strip().rstrip(".,;:").strip()
    if (
        len(text) > 1
        and text[0] in '“"«'
        and text[-1] in '”"»'
        and sum(ch in QUOTE_MARKS for ch in text) == 2
    ):
        text = text[1:-1].strip().rstrip(",").strip()
    if text.count("“") == 1 and text.count("”") == 0:
        text = text.replace("“", "")
    if text.count("”") == 1 and text.count("“") == 0:
        text = text.replace("”", "")
    return text.strip()


def spans(doc: Doc, indices: Iterable[int]) -> list[Span]:
    """Contiguous spans covering the token indices, without edge punctuation or spaces."""
    ordered = sorted(set(indices))
    runs: list[list[int]] = []
    for i in ordered:
        if runs and i == runs[-1][-1] + 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    out = []
    for run in runs:
        lo, hi = run[0], run[-1]
        while lo <= hi and (
            doc[lo].is_space
            or doc[lo].text in _EDGE_PUNCT
            or (doc[lo].lower_ == "that" and doc[lo].dep_ == "mark")
        ):
            lo += 1
        while hi >= lo and (
            doc[hi].is_space or doc[hi].text in _EDGE_PUNCT or doc[hi].text in {".", "!"}
        ):
            hi -= 1
        if hi >= lo:
            out.append(doc[lo : hi + 1])
    return out


def has_clause(doc: Doc, lo: int, hi: int) -> bool:
    """Do the tokens [lo, hi) hold a clause (a verb), not just an adverbial ("On Sunday")?"""
    words = [t for t in doc[lo:hi] if not t.is_punct and not t.is_space]
    if len(words) < 3:
        return False
    return any(
        t.tag_ in {"VBD", "VBZ", "VBP", "MD", "VBN"}
        or (t.tag_ == "VBG" and any(c.dep_ in {"aux", "auxpass"} for c in t.children))
        for t in words
    )


def before_source(sent: Span, source_start: int, start: int | None = None) -> set[int]:
    """The content of a cue that closes its sentence: the words from the sentence start
    (or `start`) up to the source, when they hold a clause."""
    lo = sent.start if start is None else max(start, sent.start)
    i = source_start - 1
    doc = sent.doc
    while i >= lo and (doc[i].is_space or doc[i].text in _EDGE_PUNCT):
        i -= 1
    if not has_clause(doc, lo, i + 1):
        return set()
    return set(range(lo, i + 1))


def style_of(content: list[Span], quotes: QuoteMap) -> Style:
    """`direct` for a wholly quoted content, `mixed` for one carrying a quoted part."""
    total = quoted = 0
    for span in content:
        for tok in span:
            if tok.is_punct or tok.is_space:
                continue
            total += 1
            if quotes.inside(tok.idx):
                quoted += 1
    if total and quoted >= 0.9 * total:
        return "direct"
    if quoted:
        return "mixed"
    return "indirect"
