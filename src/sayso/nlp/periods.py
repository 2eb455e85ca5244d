"""The time a figure covers, as words of its sentence.

    "killed in the past 24 hours"                 -> in the past 24 hours
    "died ... at dawn on Saturday"                -> on Saturday
    "since peace talks broke off in April"        -> the whole "since" clause
    "over 45,000 casualties in November"          -> in November
    "in the same period", "over the weekend"      -> as written

A date that belongs to the act of saying ("the Observatory said on Saturday"), a date
stamp of the page ("Sunday 26 Jul 2015") and ages or durations that describe a person
are not the figure's period. `time.resolve_period` turns the words into dates.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from .lexicon import CUE_VERBS
from .time import rate_of

__all__ = ["period_of"]

_PERIOD_PREPS = {
    "in", "since", "during", "over", "on", "from", "until", "through", "throughout", "for",
    "between", "by", "within", "at", "after", "before", "last", "this",
}  # fmt: skip
_PHRASE = re.compile(
    r"\b(?:in|during|over|within|for)\s+the\s+(?:same|past|last|previous|first|following)\s+"
    r"(?:period|time|day|days|week|weeks|weekend|month|months|year|years|hours|\d+\s+\w+)\b"
    r"|\bover\s+the\s+weekend\b|\bovernight\b",
    re.I,
)
_CLOCK = re.compile(r"\d{1,2}[:.]\d\d|\b(?:a\.m\.|p\.m\.|am|pm|gmt)\b", re.I)
_STAMP = re.compile(r"^\w+\s+\d{1,2}\s+\w{3,9}\s+\d{4}$|^\w{3}\s+\w{3}\s+\d{1,2}\s+\d{4}$")


def _said_date(ent: Span) -> bool:
    """A date that modifies a verb of saying: "said on Saturday", "told SANA Monday"."""
    node: Token = ent.root
    for _ in range(3):
        head = node.head
        if head.i == node.i:
            return False
        if head.pos_ in {"VERB", "AUX"}:
            return head.lemma_.lower() in CUE_VERBS or head.lemma_.lower() in {
                "say", "report", "tell", "announce", "add", "state", "confirm", "claim",
            }  # fmt: skip
        node = head
    return False


def _since_clause(doc: Doc, ent: Span) -> Span | None:
    """The whole "since ..." phrase a date sits in ("since peace talks broke off in April")."""
    node = ent.root
    for _ in range(5):
        if node.lower_ == "since":
            subtree = list(node.subtree)
            return doc[node.i : subtree[-1].i + 1]
        for child in node.children:
            if child.dep_ == "mark" and child.lower_ == "since":
                subtree = list(node.subtree)
                return doc[child.i : subtree[-1].i + 1]
        if node.head.i == node.i:
            break
        node = node.head
    return None


def period_of(doc: Doc, scope: list[Token], sent: Span) -> Span | None:
    """The period of a figure whose clause is `scope` (token list), or None."""
    ids = {t.i for t in scope}
    for ent in sent.ents:
        if ent.label_ not in {"DATE", "TIME"} or ent.start not in ids:
            continue
        text = ent.text
        if rate_of(text) or re.search(r"\b(?:years?|months?)\s+old\b|\bage\b", text, re.I):
            continue
        if ent.label_ == "TIME" and _CLOCK.search(text):
            continue
        if _STAMP.match(text) or (
            re.fullmatch(r"\d{1,2}\s+\w+\s+\d{4}", text) and ent.start <= sent.start + 2
        ):
            continue
        if _said_date(ent):
            continue
        if any(t.lower_ in {"later", "earlier", "ago", "next"} for t in ent) and not any(
            t.lower_ in {"past", "last"} for t in ent
        ):
            continue
        if ent.root.dep_ == "amod" or (ent.end < len(doc) and doc[ent.end].text == "-"):
            continue  # "three-month aluminium", "the 48-hour ceasefire"
        since = _since_clause(doc, ent)
        if since is not None and since.end - since.start <= 14:
            return since
        head = ent.root.head
        if ent.root.dep_ == "pobj" and head.lower_ in _PERIOD_PREPS and head.i == ent.start - 1:
            return doc[head.i : ent.end]
        if ent.start > 0 and doc[ent.start - 1].lower_ in _PERIOD_PREPS:
            return doc[ent.start - 1 : ent.end]
        return ent
    # no entity: "in the same period", "over the weekend"
    text = sent.text
    for match in _PHRASE.finditer(text):
        span = sent.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is not None and span.start in ids:
            return span
    return None
