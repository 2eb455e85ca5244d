"""Quotations: where they start and end in a text, whatever marks the writer used.

Straight and curly double quotes and guillemets are paired within a paragraph. A straight
mark's role is read from its neighbours: after a space and before a word it opens, after
a word and before a space or punctuation it closes. A paragraph that ends inside a
quotation continues it only when the next paragraph opens with a quotation mark (the
newsroom convention for multi-paragraph quotes).

Marks that do not pair are recovered, never raised, and reported as unbalanced: an
opening mark that is never closed ends at the end of its sentence (not of its paragraph:
scraped wire copy often puts a whole article in one paragraph), and a closing mark that
was never opened starts a quotation at the beginning of its sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

__all__ = ["CLOSE_MARKS", "OPEN_MARKS", "QUOTE_MARKS", "Quotation", "QuoteMap", "find_quotations"]

OPEN_MARKS = "“«„"
CLOSE_MARKS = "”»"
STRAIGHT = '"'
QUOTE_MARKS = OPEN_MARKS + CLOSE_MARKS + STRAIGHT
_PARAGRAPH = re.compile(r"\n\s*\n")
_SENTENCE_END = re.compile(r"[.!?…][\"”’']?(?=\s+[\"“«'‘(\[A-Z0-9])")
_OPENS_AFTER = set("([{—–-/")
_LONG_QUOTE = 600
"""Characters past which an unclosed quotation is not believed to run to its paragraph's end."""
_CLOSES_BEFORE = set(".,;:!?)]}—–-…'’")

Role = Literal["open", "close", "either"]


@dataclass(frozen=True, slots=True)
class Quotation:
    start: int
    """Offset of the opening mark (or of the sentence start, when the opening is missing)."""
    end: int
    """Offset just after the closing mark (or the recovered end when unbalanced)."""
    balanced: bool = True
    continues: bool = False
    """The quotation goes on in the next paragraph (which re-opens it with a mark)."""


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

    def at(self, offset: int) -> Quotation | None:
        """The quotation whose words hold the character at `offset`, if one does."""
        for quote in self.quotations:
            if quote.start < offset < quote.end - (1 if quote.balanced else 0):
                return quote
            if quote.start == offset and not quote.balanced:
                return quote  # recovered from its closing mark: starts on a word
            if quote.start > offset:
                break
        return None

    def inside(self, offset: int) -> bool:
        """True when the character at `offset` lies between a pair of marks."""
        return self.at(offset) is not None

    def inside_balanced(self, offset: int) -> bool:
        """True when the character at `offset` lies inside a quotation whose both marks
        are in the text: only there can a word be trusted to belong to the quoted voice."""
        quote = self.at(offset)
        return quote is not None and quote.balanced

    def quoted_chars(self, start: int, end: int) -> int:
        """How many characters of [start, end) lie inside quotations."""
        total = 0
        for quote in self.quotations:
            lo, hi = max(start, quote.start), min(end, quote.end)
            if hi > lo:
                total += hi - lo
        return total

    def chain(self, quote: Quotation) -> tuple[int, int]:
        """The extent of the whole quotation that `quote` is a paragraph of: a paragraph
        that ends inside a quotation and a next one that re-opens it make one quotation."""
        at = self.quotations.index(quote)
        lo = hi = at
        while lo > 0 and self.quotations[lo - 1].continues:
            lo -= 1
        while hi + 1 < len(self.quotations) and self.quotations[hi].continues:
            hi += 1
        return self.quotations[lo].start, self.quotations[hi].end

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


def _role(text: str, i: int) -> Role:
    """Whether the mark at `i` opens or closes a quotation, judged by its neighbours."""
    ch = text[i]
    if ch in OPEN_MARKS:
        return "open"
    if ch in CLOSE_MARKS:
        return "close"
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    spaced_before = prev.isspace() or prev in _OPENS_AFTER
    spaced_after = nxt.isspace() or nxt in _CLOSES_BEFORE
    if spaced_before and not spaced_after:
        return "open"
    if spaced_after and not spaced_before:
        return "close"
    return "either"


def _sentence_end_after(text: str, start: int, end: int) -> int:
    """The end of the first sentence that finishes after `start` (at most `end`)."""
    match = _SENTENCE_END.search(text, start + 1, end)
    return match.end() if match else end


def _sentence_start_before(text: str, start: int, offset: int) -> int:
    """The start of the sentence holding `offset` (at least `start`)."""
    begin = start
    for match in _SENTENCE_END.finditer(text, start, offset):
        begin = match.end()
    return _lead(text, begin, offset)


def find_quotations(text: str) -> QuoteMap:
    """Pair the quotation marks of `text` into `Quotation`s, in order."""
    quotes: list[Quotation] = []
    paragraphs = _paragraph_spans(text)
    open_at: int | None = None
    for n, (p_start, p_end) in enumerate(paragraphs):
        # a quote carried over from the previous paragraph re-opens with this paragraph's
        # first mark, which must not be read as a close
        reopening = open_at if open_at is not None else -1
        last_end = p_start  # where the last quotation of this paragraph ended
        for i in range(p_start, p_end):
            ch = text[i]
            if ch not in QUOTE_MARKS or i == reopening:
                continue
            role = _role(text, i)
            if open_at is None:
                if role == "close":  # closed but never opened: open at its sentence start
                    begin = max(_sentence_start_before(text, p_start, i), last_end)
                    if begin < i:
                        quotes.append(Quotation(begin, i + 1, balanced=False))
                        last_end = i + 1
                else:
                    open_at = i
            elif role != "open":
                quotes.append(Quotation(open_at, i + 1))
                open_at, last_end = None, i + 1
            else:  # a second opening mark: the first one was never closed
                quotes.append(
                    Quotation(open_at, _sentence_end_after(text, open_at, i), balanced=False)
                )
                open_at = i
        if open_at is None:
            continue
        following = paragraphs[n + 1] if n + 1 < len(paragraphs) else None
        lead = _lead(text, *following) if following else -1
        if following and lead < following[1] and text[lead] in OPEN_MARKS + STRAIGHT:
            quotes.append(Quotation(open_at, p_end, continues=True))  # goes on below
            open_at = lead
        else:
            # a quotation left open runs to its paragraph's end, unless the paragraph
            # is a whole article (scraped wire copy): then to the end of its sentence
            end = p_end
            if p_end - open_at > _LONG_QUOTE:
                end = _sentence_end_after(text, open_at, p_end)
            quotes.append(Quotation(open_at, end, balanced=False))
            open_at = None
    return QuoteMap(sorted(quotes, key=lambda q: q.start))
