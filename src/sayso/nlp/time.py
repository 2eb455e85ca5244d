"""Time in figures: rates ("each day") and periods ("in November", "the past week").

`rate_of()` reads a rate from the words around a figure. `resolve_period()` turns a
period's words into dates against the article's publication date; without one (or for
words it cannot place) the dates stay unknown rather than guessed from today.
"""

from __future__ import annotations

import re

from .dates import resolve

__all__ = ["RATE_WORDS", "rate_of", "resolve_period"]

RATE_WORDS = {
    "day": "day", "daily": "day", "night": "day", "nightly": "day",
    "week": "week", "weekly": "week", "month": "month", "monthly": "month",
    "year": "year", "yearly": "year", "annually": "year", "annual": "year",
}  # fmt: skip
_RATE = re.compile(
    r"\b(?:(?:each|every|a|per|an|on\s+average\s+per)\s+(?P<unit>day|night|week|month|year)"
    r"(?!\s+(?:after|before|later|earlier|ago|or\s+two|and\s+a\s+half)\b)|"
    r"(?P<adverb>daily|nightly|weekly|monthly|yearly|annually))\b",
    re.I,
)


def rate_of(text: str) -> str | None:
    """`day`, `week`, `month` or `year` when the words state a rate."""
    match = _RATE.search(text)
    if not match:
        return None
    word = (match.group("unit") or match.group("adverb")).lower()
    return RATE_WORDS[word]


def resolve_period(text: str, published: str | None) -> tuple[str | None, str | None]:
    """ISO start and end dates for a period's words, relative to `published` (ISO).

    Months ("in November": the latest November not after publication), weekdays ("on
    Tuesday"), "since August", "the past/last N days/weeks", "last week/month/year", "this
    year", "over the weekend", "late 2014", quarters, decades and day ranges: see
    `dates.py`. Words it cannot place, or no publication date for relative words, give
    (None, None).
    """
    return resolve(text, published)
