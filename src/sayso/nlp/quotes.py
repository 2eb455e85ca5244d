"""Quotations: where they start and end in a text, whatever marks the writer used.

Straight and curly double quotes and guillemets are paired within a paragraph. A
paragraph that ends inside a quotation continues it only when the next paragraph opens
with a quotation mark (the newsroom convention for multi-paragraph quotes); otherwise
the quotation is closed at the paragraph end and reported as unbalanced, never raised.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = ["CLOSE_MARKS", "OPEN_MARKS", "QUOTE_MARKS", "Quotation", "QuoteMap", "find_quotations"]

OPEN_MARKS = "“«„"
CLOSE_MARKS = "”»"
STRAIGHT = '"'
QUOTE_MARKS = OPEN_MARKS + CLOSE_MARKS + STRAIGHT
_PARAGRAPH = re.compile(r"\n\s*\n")


@dataclass(frozen=True, slots=True)
class Quotation:
    start: int
    """Offset of the opening mark."""
    end: int
    """Offset just after the closing mark (or the paragraph end when unbalanced)."""
    balanced: bool = True


@dataclass(slots=True)
class QuoteMap:
    """The quotations of a text, with a fast test for whether an offset lies inside one."""

    quotations: list[Quotation] = field(default_factory=list)

    def covering(self, start: int, end: int) -> Quotation | None:
        """The quotation that holds the whole of [start, end), if one does."""
        for quote in self.quotations:
            if quote.start <= start and end <= quote.end:
                return quote
            if quote.start > start:
                break
        return None

    def inside(self, offset: int) -> bool:
        """True when the character at `offset` lies strictly between a pair of marks."""
        for quote in self.quotations:
            if quote.start < offset < quote.end - (1 if quote.balanced else 0):
                return True
            if quote.start > offset:
                break
        return False

    def quoted_chars(self, start: int, end: int) -> int:
        """How many characters of [start, end) lie inside quotations."""
        total = 0
        for quote in self.quotations:
            lo, hi = max(start, quote.start), min(end, quote.end)
            if hi > lo:
                total += hi - lo
        return total

    @property
    def unbalanced(self) -> list[Quotation]:
        return [quote for quote in self.quotations if not quote.balanced]


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for match in _PARAGRAPH.finditer(text):
        spans.append((pos, match.start()))
        pos = match.end()
    spans.append((pos, len(text)))
    return spans


def _lead(text: str, start: int, end: int) -> int:
    """Offset of the first non-space character of text[start:end] (or `end`)."""
    chunk = text[start:end]
    return start + len(chunk) - len(chunk.lstrip())


def find_quotations(text: str) -> QuoteMap:
    """Pair the quotation marks of `text` into `Quotation`s, in order."""
    quotes: list[Quotation] = []
    paragraphs = _paragraph_spans(text)
    open_at: int | None = None
    for n, (p_start, p_end) in enumerate(paragraphs):
        # a quote carried over from the previous paragraph re-opens with this paragraph's
        # first mark, which must not be read as a close
        reopening = open_at if open_at is not None else -1
        for i in range(p_start, p_end):
            ch = text[i]
            if ch not in QUOTE_MARKS or i == reopening:
                continue
            if open_at is None:
                if ch in OPEN_MARKS or ch == STRAIGHT:
                    open_at = i
            elif ch in CLOSE_MARKS or ch == STRAIGHT:
                quotes.append(Quotation(open_at, i + 1))
                open_at = None
            else:  # a second opening mark: the first one was never closed
                quotes.append(Quotation(open_at, i, balanced=False))
                open_at = i
        if open_at is None:
            continue
        following = paragraphs[n + 1] if n + 1 < len(paragraphs) else None
        lead = _lead(text, *following) if following else -1
        if following and lead < following[1] and text[lead] in OPEN_MARKS + STRAIGHT:
            quotes.append(Quotation(open_at, p_end))  # continued in the next paragraph
            open_at = lead
        else:
            quotes.append(Quotation(open_at, p_end, balanced=False))
            open_at = None
    return QuoteMap(sorted(quotes, key=lambda q: q.start))
