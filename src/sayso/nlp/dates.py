"""Resolving a period's words to a first and a last day, against a publication date.

    resolve("in November", 2024-12-14)        -> 2024-11-01 .. 2024-11-30
    resolve("the past week", 2024-12-14)      -> 2024-12-07 .. 2024-12-14
    resolve("since August", 2024-12-14)       -> 2024-08-01 .. 2024-12-14
    resolve("late last year", 2017-11-08)     -> 2016-07-01 .. 2016-12-31
    resolve("Q3 2016"), ("the 1970s"), ("over the weekend"), ("from 4 to 22 this month")

News looks back, so a bare month or weekday is the latest one not after publication.
Ends are inclusive (the last day covered). Words it cannot place give (None, None):
the ledger keeps the words, never a guess. Rules first, `dateparser` (with the
publication date as its base) for single calendar dates inside ranges.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable

__all__ = ["resolve"]

Span = tuple[dt.date, dt.date]

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_WEEKDAYS.update({name.lower(): i for i, name in enumerate(calendar.day_abbr)})
_WEEKDAYS.update({"tues": 1, "thur": 3, "thurs": 3})
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_COUNT = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "few": 3,
    "several": 3, "couple of": 2, "24": 1, "48": 2, "72": 3,
}  # fmt: skip
_ORDINAL = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1, "final": -1}
_DECADE_WORDS = {
    "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
    "seventies": 70, "eighties": 80, "nineties": 90,
}  # fmt: skip


def _month_span(year: int, month: int) -> Span:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def _year_span(year: int) -> Span:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def _week_span(day: dt.date) -> Span:
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=6)


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _shift(words: str) -> int:
    """-1 for last/previous/past, +1 for next/coming, 0 for this/current."""
    if re.search(r"\bafter (?:the )?next\b", words):
        return 2
    if re.search(r"\bbefore (?:the )?last\b", words):
        return -2
    if re.search(r"\b(?:last|previous|past)\b", words):
        return -1
    if re.search(r"\b(?:next|coming|upcoming|following)\b", words):
        return 1
    return 0


def _part(span: Span, words: str, unit: str, anchor: dt.date | None = None) -> Span:
    """ "early", "mid", "late" and "rest of" a week, month or year."""
    start, end = span
    if anchor is not None and re.match(r"(?:the\s+)?rest\b", words):
        return max(start, anchor), end
    if anchor is not None and re.search(r"\bearlier\b", words) and start <= anchor <= end:
        return start, anchor
    if anchor is not None and re.search(r"\blater\b", words) and start <= anchor <= end:
        return anchor, end
    if re.search(r"\b(?:early|beginning of|start of)\b", words):
        if unit == "year":
            return start, dt.date(start.year, 6, 30)
        if unit == "month":
            return start, start.replace(day=15)
        return start, start + dt.timedelta(days=2)
    if re.search(r"\b(?:late|end of)\b", words):
        if unit == "year":
            return dt.date(start.year, 7, 1), end
        if unit == "month":
            return start.replace(day=16), end
        return start + dt.timedelta(days=3), end
    if re.search(r"\bmid(?:-|\s|dle of\s)", words):
        if unit == "year":
            return dt.date(start.year, 4, 1), dt.date(start.year, 9, 30)
        if unit == "month":
            return start.replace(day=10), start.replace(day=20)
    return span


def _relative_unit(words: str, anchor: dt.date) -> Span | None:
    """this/last/next week, month, year; the weekend; "rest of the month"."""
    match = re.search(r"\b(week|weekend|month|year)\b", words)
    if match is None:
        return None
    unit = match.group(1)
    if re.search(r"\b\d+\s*(?:years?|months?|weeks?|days?)\b|\b(?:few|several)\b", words):
        return None
    shift = _shift(words)
    if re.search(r"\bpast\b", words) and unit in {"week", "month", "year"}:
        return None  # "the past week": a trailing window (`_window`)
    if unit == "weekend":
        monday, _ = _week_span(anchor)
        saturday = monday + dt.timedelta(days=5)
        if shift == -1 or re.search(r"\bover the weekend\b|^the weekend$", words):
            if saturday > anchor:
                saturday -= dt.timedelta(days=7)
        elif shift == 1:
            saturday += dt.timedelta(days=7)
        return saturday, saturday + dt.timedelta(days=1)
    if unit == "week":
        span = _week_span(anchor + dt.timedelta(days=7 * shift))
    elif unit == "month":
        first = _add_months(anchor.replace(day=1), shift)
        span = _month_span(first.year, first.month)
    else:
        span = _year_span(anchor.year + shift)
    return _part(span, words, unit, anchor)


def _window(words: str, anchor: dt.date) -> Span | None:
    """ "the past 24 hours", "last 3 years", "next 2 days", "past few days"."""
    match = re.search(
        r"\b(past|last|previous|next|coming|recent)\s+(?:(\d+|[a-z]+(?: of)?)\s*)?"
        r"(hours?|days?|weeks?|months?|years?|decades?)\b",
        words,
    )
    if match is None:
        return None
    raw = match.group(2)
    if raw is None:
        if not match.group(3).endswith("s") and match.group(1) != "past":
            return None  # "last month", "next year": a calendar unit (`_relative_unit`)
        count = 3 if match.group(3).endswith("s") else 1
    elif raw.isdigit():
        count = int(raw)
    elif raw in _COUNT:
        count = _COUNT[raw]
    else:
        return None
    unit = match.group(3).rstrip("s")
    if unit == "hour":
        days = max(1, round(count / 24))
        span = dt.timedelta(days=days)
        return anchor - span, anchor
    forward = match.group(1) in {"next", "coming"}
    if unit in {"month", "year", "decade"}:
        months = count * {"month": 1, "year": 12, "decade": 120}[unit]
        if forward:
            return anchor + dt.timedelta(days=1), _add_months(anchor, months)
        return _add_months(anchor, -months), anchor
    days = count * (7 if unit == "week" else 1)
    if forward:
        return anchor + dt.timedelta(days=1), anchor + dt.timedelta(days=days)
    return anchor - dt.timedelta(days=days), anchor


def _within(words: str, anchor: dt.date) -> Span | None:
    """ "within 5 days", "within the next 3 years": from publication forward."""
    match = re.search(
        r"\bwithin (?:the )?(?:next |coming )?(\d+|[a-z]+) (day|week|month|year)s?\b", words
    )
    if match is None:
        return None
    raw = match.group(1)
    count = int(raw) if raw.isdigit() else _COUNT.get(raw)
    if count is None:
        return None
    unit = match.group(2)
    if unit in {"month", "year"}:
        return anchor, _add_months(anchor, count * (12 if unit == "year" else 1))
    return anchor, anchor + dt.timedelta(days=count * (7 if unit == "week" else 1))


def _decade(words: str) -> Span | None:
    match = re.search(r"\b(?:the\s+)?(1[6-9]|20)?(\d)0\s*'?s\b|'(\d)0s\b", words)
    if match:
        if match.group(3):
            century, tens = 19, int(match.group(3))
        else:
            century, tens = int(match.group(1) or 19), int(match.group(2))
        year = century * 100 + tens * 10
        return dt.date(year, 1, 1), dt.date(year + 9, 12, 31)
    for word, tens in _DECADE_WORDS.items():
        if re.search(rf"\b{word}\b", words):
            century = 20 if re.search(r"\btwo thousand\b", words) else 19
            year = century * 100 + tens
            return dt.date(year, 1, 1), dt.date(year + 9, 12, 31)
    return None


def _quarter(words: str, anchor: dt.date | None) -> Span | None:
    match = re.search(r"\b(?:q([1-4])|(first|second|third|fourth|last) quarter)\b", words)
    half = re.search(r"\b(?:h([12])|(first|second) half)\b", words)
    months = re.search(r"\b(?:first|last) (six|three) months\b", words)
    year_match = re.search(r"\b(1[89]\d\d|20\d\d)", words)
    year = int(year_match.group(1)) if year_match else (anchor.year if anchor else None)
    if year is None:
        return None
    if year_match is None and anchor is not None:
        year += _shift(words)
    if match:
        index = int(match.group(1)) if match.group(1) else 0
        if not index:
            index = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": 4}[match.group(2)]
        first = 3 * (index - 1) + 1
        return dt.date(year, first, 1), _month_span(year, first + 2)[1]
    if half:
        index = int(half.group(1)) if half.group(1) else (1 if half.group(2) == "first" else 2)
        return (
            (dt.date(year, 1, 1), dt.date(year, 6, 30))
            if index == 1
            else (
                dt.date(year, 7, 1),
                dt.date(year, 12, 31),
            )
        )
    if months:
        count = 6 if months.group(1) == "six" else 3
        if words.find("first") < words.find("months"):
            return dt.date(year, 1, 1), _month_span(year, count)[1]
        return dt.date(year, 13 - count, 1), dt.date(year, 12, 31)
    return None


def _week_of(words: str, anchor: dt.date | None) -> Span | None:
    """ "the third week of this month", "the last week of July", "first week of 2015"."""
    match = re.search(r"\b(first|second|third|fourth|last|final) week of (.+)$", words)
    if match is None:
        return None
    rest = match.group(2)
    index = _ORDINAL[match.group(1)]
    year_match = re.fullmatch(r"(?:the year )?(\d{4})", rest.strip())
    if year_match:
        year = int(year_match.group(1))
        start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
    else:
        inner = resolve_span(rest, anchor)
        if inner is None:
            return None
        start, end = inner
    # ISO-style: a week belongs to the month (or year) that holds its Thursday
    thursday = start + dt.timedelta(days=(3 - start.weekday()) % 7)
    weeks = []
    while thursday <= end:
        weeks.append(thursday - dt.timedelta(days=3))
        thursday += dt.timedelta(days=7)
    if not weeks:
        return None
    monday = weeks[index - 1] if index > 0 and index <= len(weeks) else weeks[-1]
    return monday, monday + dt.timedelta(days=6)


def _month_named(words: str, anchor: dt.date | None) -> Span | None:
    match = re.search(rf"\b({_MONTH_RE})\.?(?:\s+(?:of\s+)?(\d{{4}}))?\b", words)
    if match is None or re.search(rf"\b({_MONTH_RE})\.?\s+\d{{1,2}}\b(?!\d)", words):
        return None
    month = _MONTHS[match.group(1)]
    if match.group(2):
        year = int(match.group(2))
    else:
        other_year = re.search(r"\b(1[89]\d\d|20\d\d)\b", words)
        if other_year:
            year = int(other_year.group(1))
        elif anchor is None:
            return None
        else:
            shift = _shift(words)
            if re.search(r"\bnext year\b", words):
                year = anchor.year + 1
            elif re.search(r"\blast year\b", words):
                year = anchor.year - 1
            elif shift == 1:
                year = anchor.year if month > anchor.month else anchor.year + 1
            elif shift == -1 or month > anchor.month:
                year = anchor.year - 1 if month >= anchor.month or shift == -1 else anchor.year
                if shift == 0:
                    year = anchor.year - 1
            else:
                year = anchor.year
            if re.search(r"\bthis\b", words) and shift == 0:
                year = anchor.year
    span = _month_span(year, month)
    return _part(span, words, "month")


def _single_day(words: str, anchor: dt.date | None) -> Span | None:
    """ "10 August 2014", "August 21", "Aug. 21, 2013": one day."""
    match = re.fullmatch(
        rf"(?:[a-z]+,?\s+)?(?:(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_RE})\.?"
        rf"|({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?)(?:,?\s+(\d{{4}}))?",
        words.strip(),
    )
    if match is None:
        return None
    day = int(match.group(1) or match.group(4))
    month = _MONTHS[match.group(2) or match.group(3)]
    if match.group(5):
        year = int(match.group(5))
    elif anchor is not None:
        year = anchor.year
        if dt.date(year, month, min(day, 28)) > anchor:
            year -= 1
    else:
        return None
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return None
    return date, date


def _numeric_month(words: str) -> Span | None:
    match = re.fullmatch(r"(\d{4})\s*[./-]\s*(\d{1,2})|(\d{1,2})\s*[/-]\s*(\d{4})", words.strip())
    if match is None:
        return None
    year = int(match.group(1) or match.group(4))
    month = int(match.group(2) or match.group(3))
    return _month_span(year, month) if 1 <= month <= 12 else None


def _year(words: str, anchor: dt.date | None) -> Span | None:
    match = re.fullmatch(
        r"(?:(?:in|during|since|throughout|for|of)\s+)?(?:(early|late|mid)\s+)?"
        r"(?:the year\s+)?(1[6-9]\d\d|20\d\d)",
        words.strip(),
    )
    if match is None:
        return None
    return _part(_year_span(int(match.group(2))), words, "year")


def _day(text: str, anchor: dt.date | None, context: str) -> dt.date | None:
    """One calendar day ("Oct. 2", "22 of Jan", "01/22/2016", "the 11th")."""
    import dateparser

    text = re.sub(r"\b(?:the|of|on)\b", " ", text)
    text = " ".join(text.replace(",", " ").split())
    if not text:
        return None
    if re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)?", text) or re.fullmatch(
        r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\s+\d{1,2}(?:st|nd|rd|th)", text
    ):
        day = int(re.search(r"\d+", text).group(0))  # type: ignore[union-attr]
        base = resolve_span(context, anchor) if context else None
        if base is None and anchor is not None:
            base = _month_span(anchor.year, anchor.month)
        if base is None:
            return None
        try:
            return base[0].replace(day=day)
        except ValueError:
            return None
    settings: dict[str, object] = {"PREFER_DATES_FROM": "past", "PREFER_DAY_OF_MONTH": "first"}
    if anchor is not None:
        settings["RELATIVE_BASE"] = dt.datetime.combine(anchor, dt.time())
    parsed = dateparser.parse(text, languages=["en"], settings=settings)
    return parsed.date() if parsed is not None else None


def _day_range(words: str, anchor: dt.date | None) -> Span | None:
    """ "from 4 to 22 this month", "Oct. 2 to October 22", "November 19-20"."""
    body = re.sub(r"^(?:from|between)\s+", "", words.strip())
    match = re.match(
        r"^(.+?)\s*(?:\bto\b|\buntil\b|\btill\b|\bthrough\b|\band\b|-|–)\s*(.+)$", body
    )
    if match is None:
        return None
    left, right = match.group(1), match.group(2)
    context = ""
    tail = re.search(
        rf"\s+((?:of\s+|in\s+)?(?:this|next|last|the)?\s*(?:month|{_MONTH_RE})\.?(?:\s*,?\s*\d{{4}})?"
        rf"(?:\s+(?:next|last|this) year)?)$",
        right,
    )
    if tail and not re.search(rf"\b(?:{_MONTH_RE})\b", left):
        context = tail.group(1)
        right = right[: tail.start()]
    if re.fullmatch(rf"(?:{_MONTH_RE})\.?", left.strip()):
        return None
    month_first = re.match(rf"^({_MONTH_RE})\.?\s+(?:between\s+)?(\d{{1,2}})$", left.strip())
    if month_first and re.fullmatch(r"\d{1,2}", right.strip()):
        context = month_first.group(1)  # "November 19-20", "November between 19 and 20"
        left = month_first.group(2)
    years = [re.fullmatch(r"\s*(1[6-9]\d\d|20\d\d)\s*", side) for side in (left, right)]
    if years[0] and years[1]:
        return dt.date(int(years[0].group(1)), 1, 1), dt.date(int(years[1].group(1)), 12, 31)
    start = _day(left, anchor, context or right)
    end = _day(right, anchor, context or left)
    if start is None or end is None:
        return None
    if start > end and start.year == end.year:
        start = start.replace(year=start.year - 1)
    if (
        anchor is not None
        and start > anchor
        and not re.search(r"\b\d{4}\b|\b(?:this|next|coming)\b", words)
        and re.search(rf"\b(?:{_MONTH_RE})\b", words)
    ):
        start, end = start.replace(year=start.year - 1), end.replace(year=end.year - 1)
    return (start, end) if start <= end else None


def _weekday(words: str, anchor: dt.date) -> Span | None:
    # "Saturdays blast": a day's possessive that lost its apostrophe
    match = re.search(
        r"\b(" + "|".join(sorted(_WEEKDAYS, key=len, reverse=True)) + r")(?:'?s)?\b", words
    )
    if match is None:
        return None
    back = (anchor.weekday() - _WEEKDAYS[match.group(1)]) % 7
    if re.search(r"\blast\b", words) and back == 0:
        back = 7
    day = anchor - dt.timedelta(days=back)
    return day, day


def resolve_span(text: str, anchor: dt.date | None) -> Span | None:
    """The first and last day that a period's words cover, or None."""
    words = text.lower().replace("’", "'").strip().rstrip(".")
    words = re.sub(r"^(?:in|during|over|on|for|throughout|at|by)\s+", "", words)
    words = re.sub(r"\b(?:my|current)\b", "this", re.sub(r"\b(?:alone|just|only)\b", "", words))
    words = " ".join(words.split())
    since = re.match(r"^since\s+(.+)$", words)
    if since:
        inner = resolve_span(since.group(1), anchor)
        if inner is None:
            return None
        return inner[0], anchor if anchor is not None else inner[1]
    simple: list[Callable[[str], Span | None]] = [
        _decade,
        _numeric_month,
        lambda w: _year(w, anchor),
        lambda w: _quarter(w, anchor),
        lambda w: _week_of(w, anchor),
    ]
    for rule in simple:
        found = rule(words)
        if found is not None:
            return found
    if re.search(r"\b(?:to|until|till|through|and|-|–)\b|\d\s*-\s*\d", words) and re.search(
        r"\d", words
    ):
        found = _day_range(words, anchor)
        if found is not None:
            return found
    found = _single_day(words, anchor) or _month_named(words, anchor)
    if found is not None:
        return found
    if anchor is None:
        return None
    if re.search(r"\byesterday\b", words):
        day = anchor - dt.timedelta(days=1)
        return day, day
    if re.search(r"\b(?:today|tonight|this morning|this evening)\b", words):
        return anchor, anchor
    if re.search(r"\btomorrow\b", words):
        day = anchor + dt.timedelta(days=1)
        return day, day
    for rule2 in (_within, _window, _relative_unit, _weekday):
        found = rule2(words, anchor)
        if found is not None:
            return found
    return None


def resolve(text: str, published: str | None) -> tuple[str | None, str | None]:
    """ISO first and last day of a period's words, against `published` (ISO date)."""
    try:
        anchor = dt.date.fromisoformat(published[:10]) if published else None
    except ValueError:
        anchor = None
    try:
        span = resolve_span(text, anchor)
    except (ValueError, OverflowError):
        return None, None
    if span is None:
        return None, None
    return span[0].isoformat(), span[1].isoformat()
