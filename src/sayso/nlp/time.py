"""Time in figures: rates ("each day") and periods ("in November", "the past week").

`rate_of()` reads a rate from the words around a figure. `resolve_period()` turns a
period's words into dates against the article's publication date; without one (or for
words it cannot place) the dates stay unknown rather than guessed from today.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

__all__ = ["RATE_WORDS", "rate_of", "resolve_period"]

RATE_WORDS = {
    "day": "day", "daily": "day", "night": "day", "nightly": "day",
    "week": "week", "weekly": "week", "month": "month", "monthly": "month",
    "year": "year", "yearly": "year", "annually": "year", "annual": "year",
}  # fmt: skip
_RATE = re.compile(
    r"\b(?:(?:each|every|a|per|an|on\s+average\s+per)\s+(?P<unit>day|night|week|month|year)|"
    r"(?P<adverb>daily|nightly|weekly|monthly|yearly|annually))\b",
    re.I,
)
_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_UNITS = {"day": 1, "week": 7, "month": 30, "year": 365}


def rate_of(text: str) -> str | None:
    """`day`, `week`, `month` or `year` when the words state a rate."""
    match = _RATE.search(text)
    if not match:
        return None
    word = (match.group("unit") or match.group("adverb")).lower()
    return RATE_WORDS[word]


def _month_range(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def resolve_period(text: str, published: str | None) -> tuple[str | None, str | None]:
    """ISO start and end dates for a period's words, relative to `published` (ISO).

    Handles month names ("in November": the latest November not after publication),
    weekdays ("on Tuesday"), "since August", "the past/last N days/weeks", "last
    week/month/year", "this year", "yesterday", "today", and years ("in 2017").
    """
    words = text.lower().replace("’", "'")
    year_match = re.search(r"\b(1[89]\d\d|20\d\d)\b", words)
    try:
        anchor = dt.date.fromisoformat(published[:10]) if published else None
    except ValueError:
        anchor = None
    month = next((n for name, n in _MONTHS.items() if re.search(rf"\b{name}\b", words)), None)
    if month is not None and len(words) < 40:
        if year_match:
            year = int(year_match.group(1))
        elif anchor is not None:
            year = anchor.year if month <= anchor.month else anchor.year - 1
        else:
            return None, None
        start, end = _month_range(year, month)
        if words.startswith("since") or words.startswith("from"):
            return start.isoformat(), anchor.isoformat() if anchor else None
        return start.isoformat(), end.isoformat()
    if (
        year_match
        and not month
        and re.fullmatch(r"(?:in |during |since |throughout )?(?:the year )?\d{4}", words.strip())
    ):
        year = int(year_match.group(1))
        if words.startswith("since"):
            return dt.date(year, 1, 1).isoformat(), anchor.isoformat() if anchor else None
        return dt.date(year, 1, 1).isoformat(), dt.date(year, 12, 31).isoformat()
    if anchor is None:
        return None, None
    past = re.search(
        r"\b(?:past|last|previous)\s+(?:(?P<n>\d+|two|three|four|five|six|seven|ten|few)\s+)?(?P<unit>day|week|month|year)s?\b",
        words,
    )
    if past:
        count = {
            "two": 2,
            "three": 3,
            "four": 4,
            "five": 5,
            "six": 6,
            "seven": 7,
            "ten": 10,
            "few": 3,
        }.get(
            past.group("n") or "", int(past.group("n")) if (past.group("n") or "").isdigit() else 1
        )
        unit = past.group("unit")
        if words.startswith("last") and not past.group("n") and unit in {"year", "month"}:
            if unit == "year":
                return dt.date(anchor.year - 1, 1, 1).isoformat(), dt.date(
                    anchor.year - 1, 12, 31
                ).isoformat()
            prev = anchor.replace(day=1) - dt.timedelta(days=1)
            start, end = _month_range(prev.year, prev.month)
            return start.isoformat(), end.isoformat()
        span = dt.timedelta(days=_UNITS[unit] * count)
        return (anchor - span).isoformat(), anchor.isoformat()
    if re.search(r"\bthis year\b", words):
        return dt.date(anchor.year, 1, 1).isoformat(), anchor.isoformat()
    if re.search(r"\byesterday\b", words):
        day = anchor - dt.timedelta(days=1)
        return day.isoformat(), day.isoformat()
    if re.search(r"\btoday\b", words):
        return anchor.isoformat(), anchor.isoformat()
    weekday = next((n for name, n in _WEEKDAYS.items() if re.search(rf"\b{name}\b", words)), None)
    if weekday is not None:
        back = (anchor.weekday() - weekday) % 7
        day = anchor - dt.timedelta(days=back)
        return day.isoformat(), day.isoformat()
    return None, None
