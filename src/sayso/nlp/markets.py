"""Market reports: what moved, by how much, and to what level.

    "The Dow fell 102.2 points, or 0.36%, to 27,934.02"   -> all three count the Dow
    "..., the S&P 500 .SPX lost 1.85 points"             -> the name before the verb

A number under a change verb ("fell", "rose", "closed") counts the verb's subject; an
index level goes with a move in percent or points in the same clause.
"""

from __future__ import annotations

from spacy.tokens import Token

from .clauses import verb_above
from .measured import subject_phrase

__all__ = ["market_subject", "moves", "name_before"]

_MARKET_VERBS = {
    "fall", "rise", "lose", "gain", "add", "drop", "climb", "jump", "slip", "slide", "tumble",
    "surge", "rally", "ease", "edge", "dip", "decline", "increase", "soar", "plunge", "sink",
    "advance", "shed", "close", "end", "finish", "trade", "stand", "hit", "reach", "grow",
    "shrink", "decrease", "fell", "rose", "firm", "weaken", "strengthen", "settle", "come",
}  # fmt: skip


def market_subject(number: Token) -> str | None:
    """The subject of a change verb above a number: "The Dow fell 102.2 points, or
    0.36%, to 27,934.02" gives "Dow" for all three; None elsewhere."""
    head = verb_above(number, steps=5)
    if head is None or head.lemma_.lower() not in _MARKET_VERBS:
        return None
    verb = head
    while not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        if verb.dep_ != "conj" or verb.head.i == verb.i:
            return name_before(head)
        verb = verb.head
    subject = next(c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"})
    return subject_phrase(verb) or (None if subject.pos_ == "PRON" else subject.text)


def name_before(verb: Token) -> str | None:
    """The name written right before a change verb the parser left without a subject
    ("..., the S&P 500 .SPX lost 1.85 points"): capitalised words, numbers and tickers."""
    doc = verb.doc
    i = verb.i
    while i > verb.sent.start and (
        doc[i - 1].text[:1].isupper()
        or doc[i - 1].text[:1] == "."
        or doc[i - 1].text == "&"
        or (doc[i - 1].like_num and i - 1 > verb.sent.start and doc[i - 2].text[:1].isupper())
    ):
        i -= 1
    words = doc[i : verb.i]
    if not any(t.text[:1].isupper() for t in words) or len(words) > 6:
        return None
    return words.text


def moves(number: Token) -> bool:
    """A clause that reports a move in percent or points: an index level goes with it."""
    node = number
    while node.head.i != node.i and node.pos_ not in {"VERB", "AUX"}:
        node = node.head
    return any(t.lower_ in {"%", "percent", "points", "pct"} for t in node.subtree)
