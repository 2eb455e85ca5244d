"""Finding number phrases in a sentence, and dropping the numbers that are not amounts.

`number_phrases(sent)` yields `(q_start, start, end)` token offsets: the qualifier
("at least", "an estimated", "between") starts at `q_start`, the number itself spans
`[start, end)` ("3,000", "tens of thousands", "10 to 20", "twenty-five").

`not_an_amount(doc, start, end)` says why a number is not a quantity of anything:
dates (also the comma-less date stamps of scraped copy, "Sunday 26 Jul 2015"), years,
times, durations, ages, ordinals, identifiers ("resolution 2254", "S&P 500", "al-Mazzeh
86", "D-30"), display formats ("4K", "1080p"), phone numbers, street numbers and scores.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from .kinds import OUTCOME_NOUNS, PERSON_NOUNS
from .numbers import (
    APPROX_QUALIFIERS,
    EXTRA_SCALES,
    HIGH_QUALIFIERS,
    LOW_QUALIFIERS,
    SCALES,
    VAGUE_AMOUNTS,
    is_number_word,
)
from .units import CURRENCY_SIGNS, CURRENCY_SYMBOLS

__all__ = ["not_an_amount", "number_phrases"]

_TENS = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
_UNITS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine"}
_QUALIFIERS = sorted(
    {
        *LOW_QUALIFIERS,
        *HIGH_QUALIFIERS,
        *APPROX_QUALIFIERS,
        "between",
        "from",
        "another",
        "a total of",
        "a further",
        "an additional",
        "an extra",
        "additional",
        "over a",
        "more than a",
        "up to a",
        "about a",
        "nearly a",
        "almost a",
        "some more than",
        "at least another",
    },
    key=len,
    reverse=True,
)
_MONTHS = (
    {m.lower() for m in calendar.month_name if m}
    | {m.lower() for m in calendar.month_abbr if m}
    | {"sept"}
)
_WEEKDAYS = {d.lower() for d in calendar.day_name} | {d.lower() for d in calendar.day_abbr}
_TIME_WORDS = {
    "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks",
    "month", "months", "year", "years", "decade", "decades", "century", "centuries", "night",
    "nights", "am", "pm", "a.m.", "p.m.", "gmt", "utc", "o'clock", "hrs", "th", "st", "nd",
    "rd", "times", "fold",
}  # fmt: skip
_MEASURES = {
    "kilometres", "kilometers", "kilometre", "kilometer", "km", "kms", "miles", "mile", "metres",
    "meters", "metre", "meter", "m", "feet", "foot", "ft", "inches", "inch", "cm", "mm",
    "kg", "kilograms", "kilos", "tonnes", "tons", "pounds", "lbs", "litres", "liters",
    "hectares", "acres", "degrees", "mph", "kph", "km/h", "sq", "square", "mw", "gw", "kw",
    "megawatts", "gigawatts", "ps", "hp", "nm", "teraflop", "teraflops", "gb", "tb", "mb",
    "ghz", "mhz", "fps", "bits", "bit", "kb", "millimeters", "millimetres",
    "centimetres", "centimeters", "nautical", "light-years", "calibre", "caliber",
}  # fmt: skip
_IDENTIFIER_NOUNS = {
    "resolution", "no", "no.", "nos", "number", "article", "flight", "route", "page", "chapter",
    "model", "version", "room", "highway", "section", "paragraph", "line", "bus", "channel",
    "item", "code", "phase", "level", "grade", "size", "class", "apartment", "unit", "zone",
    "sector", "gate", "block", "platform", "brigade", "battalion", "regiment", "squadron",
    "corps", "division", "kilometre", "km", "exit", "terminal", "pier", "bay", "ward", "bed",
    "lot", "tag", "figure", "table", "episode", "season", "series", "volume", "issue",
    "district", "views", "view", "comments", "shares", "likes", "rule", "law", "act",
    "amendment", "clause", "protocol", "point", "camp", "checkpoint", "hill", "height",
    "tweet", "print", "url", "id", "ref", "reference",
}  # fmt: skip
_STREET_WORDS = {
    "street", "st", "st.", "road", "rd", "avenue", "ave", "boulevard", "blvd", "lane", "way",
    "drive", "square", "place", "highway",
}  # fmt: skip
_SCORE_WORDS = {"win", "victory", "defeat", "draw", "loss", "lead", "scoreline", "won", "beat",
                "lost", "drew", "score", "goals", "sets"}  # fmt: skip
_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$", re.I)
_DATE_TOKEN = re.compile(r"^(?:\d{1,2}[-./]\d{1,2}[-./]\d{2,4}|\d{4}-\d{2}-\d{2}|0\d{5,7})$")
_YEAR = re.compile(r"^(?:1[6-9]\d\d|20\d\d)s?$")
_CLOCK = re.compile(r"^\d{1,2}:\d\d$")
_FORMAT = re.compile(r"^\d+(?:p|i|k|fps|hz|x)$", re.I)


_SCALE_SUFFIXES = {"k", "m", "mn", "bn", "b", "tn"}


def _after_currency(tok: Token) -> bool:
    return tok.i > 0 and tok.doc[tok.i - 1].lower_ in CURRENCY_SYMBOLS


def _is_number_token(tok: Token) -> bool:
    lower = tok.lower_
    if lower in _SCALE_SUFFIXES and tok.i > 0 and not tok.doc[tok.i - 1].whitespace_:
        return _after_currency(tok.doc[tok.i - 1]) and tok.doc[tok.i - 1].like_num
    if lower in VAGUE_AMOUNTS and lower not in {"tens", "scores"}:
        return tok.pos_ in {"NOUN", "NUM", "PROPN"}
    if lower in {"dozen", "dozens"}:
        return True
    if lower in EXTRA_SCALES:
        before = tok.doc[tok.i - 1] if tok.i > 0 else None
        return before is not None and (before.like_num or before.lower_ in EXTRA_SCALES)
    if lower == "scores":
        return tok.pos_ in {"NOUN", "NUM"} and not (
            tok.i > 0 and tok.doc[tok.i - 1].lower_ in {"the", "their", "its", "his", "her"}
        )
    if lower in {"tenths"}:  # a frequent typo of "tens" in scraped Syrian war copy
        return tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "of"
    if _ORDINAL.match(lower) or (tok.ent_type_ == "ORDINAL" and not lower[:1].isdigit()):
        return False
    return bool(tok.like_num or is_number_word(lower))


def _joins(doc: Doc, prev: Token, nxt: Token) -> bool:
    """Whether two adjacent number tokens are one number ("3 million", "twenty five")."""
    p, n = prev.lower_, nxt.lower_
    if n in SCALES or n in EXTRA_SCALES:
        return True  # "3 million", "1.75 lakh crore"
    if n in _SCALE_SUFFIXES and not prev.whitespace_ and _after_currency(prev):
        return True  # "$300M", "$45k": the tokenizer splits the suffix off
    if n in {"dozen", "score"} and (p in _UNITS or p.isdigit()):
        return True  # "two dozen"
    if re.fullmatch(r"\d{1,3}", p) and re.fullmatch(r"\d{3}", n):
        return prev.whitespace_ == " "  # "200 000": thousands set apart by a space
    if p in _TENS and n in _UNITS:
        return True
    if p in SCALES and (n in _UNITS or n in _TENS or n in {"ten", "eleven", "twelve"}):
        return True
    return p in VAGUE_AMOUNTS and n in VAGUE_AMOUNTS


def _run_end(doc: Doc, i: int, end: int) -> int:
    """The end of the number phrase starting at token i."""
    j = i + 1
    while j < end:
        nxt = doc[j]
        prev = doc[j - 1]
        if _is_number_token(nxt) and _joins(doc, prev, nxt):
            j += 1
        elif (
            nxt.text in {"-", "–"}
            and j + 1 < end
            and _is_number_token(doc[j + 1])
            and not (j + 2 < end and doc[j + 2].text in {"-", "–"})
        ):
            j += 2  # twenty-five, 10-20
        elif (
            nxt.lower_ == "and"
            and j + 1 < end
            and prev.lower_ in SCALES
            and (doc[j + 1].lower_ in _UNITS | _TENS)
        ):
            j += 2  # two hundred and fifty
        elif (
            nxt.lower_ == "and"
            and j + 2 < end
            and doc[j + 1].lower_ in {"a", "one"}
            and doc[j + 2].lower_ in {"half", "quarter"}
        ):
            j += 3  # two and a half (million)
        elif (
            nxt.lower_ == "of"
            and j + 1 < end
            and prev.lower_ in VAGUE_AMOUNTS
            and doc[j + 1].lower_ in VAGUE_AMOUNTS
        ):
            j += 2  # tens of thousands
        elif (
            nxt.lower_ in {"to", "or"}
            and j + 1 < end
            and _is_number_token(doc[j + 1])
            and _same_kind(prev, doc[j + 1])
            and not (_YEAR.match(prev.text) and not _YEAR.match(doc[j + 1].text))
        ):
            j += 2  # 10 to 20, two or three, 500 to 2000; not "in 2019 to 1.24 million"
        elif (
            nxt.lower_ in {"to", "-", "–"}
            and j + 2 < end
            and doc[j + 1].text in CURRENCY_SYMBOLS
            and _is_number_token(doc[j + 2])
            and i > 0
            and doc[i - 1].text == doc[j + 1].text
        ):
            j += 3  # "$4 to $7"
        elif (
            nxt.lower_ in {"%", "percent"}
            and j + 3 < end
            and doc[j + 1].lower_ in {"to", "-", "–"}
            and _is_number_token(doc[j + 2])
            and doc[j + 3].lower_ == nxt.lower_
            and not (i > 0 and (doc[i - 1].pos_ in {"VERB", "AUX"} or doc[i - 1].lower_ == "from"))
            and not (i > 1 and doc[i - 1].lower_ == "by" and doc[i - 2].pos_ == "VERB")
        ):
            # "a 0.6% to 0.7% headwind": the second sign is the unit of both; not "rose
            # 0.2 percent to 3.7 percent", a move and the level it reached
            j += 3
        elif (
            nxt.lower_ == "and"
            and j + 1 < end
            and _is_number_token(doc[j + 1])
            and i > 0
            and doc[i - 1].lower_ == "between"
        ):
            j += 2  # between 10 and 20
        else:
            break
    return j


def _same_kind(a: Token, b: Token) -> bool:
    return a.text[:1].isdigit() == b.text[:1].isdigit() and b.lower_ not in {"one", *SCALES}


def _qualifier_start(doc: Doc, start: int, floor: int) -> int:
    """Extend a number phrase left over its qualifiers ("at least", "an estimated", "up to
    an additional")."""
    first = _one_qualifier(doc, start, floor)
    if first < start:
        second = _one_qualifier(doc, first, floor)
        if second < first:
            return second
    return first


def _one_qualifier(doc: Doc, start: int, floor: int) -> int:
    best = start
    for width in range(1, 6):
        lo = start - width
        if lo < floor:
            break
        words = " ".join(t.lower_ for t in doc[lo:start])
        if words in _QUALIFIERS:
            best = lo
    if best > floor and doc[best].lower_ == "estimated" and doc[best - 1].lower_ in {"an", "a"}:
        best -= 1
    return best


def number_phrases(sent: Span) -> Iterator[tuple[int, int, int]]:
    """(qualifier start, number start, number end) of each number phrase in `sent`."""
    doc = sent.doc
    i = sent.start
    while i < sent.end:
        tok = doc[i]
        if tok.lower_ == "nobody" or (
            tok.lower_ == "no" and i + 1 < sent.end and doc[i + 1].lower_ == "one"
        ):
            # "no one was killed", "nobody was hurt": a count of zero
            j = i + 1 if tok.lower_ == "nobody" else i + 2
            yield i, i, j
            i = j
            continue
        starts_vague = (
            tok.lower_ in {"tens", "tenths"}
            and i + 2 < sent.end
            and doc[i + 1].lower_ == "of"
            and doc[i + 2].lower_ not in {"the", "a"}
        )
        if not (_is_number_token(tok) or starts_vague):
            i += 1
            continue
        if tok.lower_ in {"a", "an", "no", "none", "half"}:
            i += 1
            continue
        j = _run_end(doc, i, sent.end)
        first = i
        if i > sent.start and doc[i - 1].lower_ in CURRENCY_SYMBOLS:
            first = i - 1  # "$12.9bn": the symbol belongs to the figure's text
        elif (
            i - 2 >= sent.start
            and doc[i - 2].lower_ == "half"
            and doc[i - 1].lower_ in {"a", "an"}
            and tok.lower_ in SCALES
        ):
            first = i - 2  # "half a million"
        elif (
            i - 4 >= sent.start
            and [t.lower_ for t in doc[i - 4 : i]] == ["a", "quarter", "of", "a"]
            and tok.lower_ in SCALES
        ):
            first = i - 4  # "a quarter of a million"
        elif (
            i > sent.start
            and doc[i - 1].lower_ in {"several", "few", "many"}
            and (tok.lower_ in SCALES or tok.lower_ == "dozen")
        ):
            # "several hundred", "a few dozen": a vague amount, not 100 or 12
            first = i - 2 if i - 2 >= sent.start and doc[i - 2].lower_ == "a" else i - 1
        yield _qualifier_start(doc, first, sent.start), first, j
        i = j


def _near_month(doc: Doc, start: int, end: int) -> bool:
    """A number written next to a month name: a date ("26 Jul 2015", "Apr 092017")."""
    prev = doc[start - 1] if start > 0 else None
    nxt = doc[end] if end < len(doc) else None
    if prev is not None and prev.lower_.rstrip(".") in _MONTHS and _capitalised(prev):
        return True
    if nxt is not None and nxt.lower_.rstrip(".") in _MONTHS and _capitalised(nxt):
        return not (nxt.lower_ == "may" and nxt.pos_ in {"AUX", "VERB"})
    # "Oct 7 2014": a year after a month and its day
    return (
        prev is not None
        and prev.like_num
        and len(prev.text) <= 2
        and start >= 2
        and doc[start - 2].lower_.rstrip(".") in _MONTHS
        and _capitalised(doc[start - 2])
        and bool(_YEAR.match(doc[start].text))
    )


def _capitalised(tok: Token) -> bool:
    return tok.text[:1].isupper()


def not_an_amount(doc: Doc, start: int, end: int) -> str | None:
    """Why `doc[start:end]` is not a quantity of anything, or None when it is one."""
    first, last = doc[start], doc[end - 1]
    text = doc[start:end].text
    prev = doc[start - 1] if start > 0 else None
    nxt = doc[end] if end < len(doc) else None
    nxt2 = doc[end + 1] if end + 1 < len(doc) else None
    if _DATE_TOKEN.match(text) or _CLOCK.match(text):
        return "date or time"
    if _near_month(doc, start, end):
        return "date"
    if _ratio(doc, start, end):
        return "ratio"  # "one in five children", "eight out of ten companies"
    if _in_chain(doc, start, end):
        return "date or code"  # 30-11-2014, 192.168.1.2
    if _YEAR.match(text) and end - start == 1 and not _counts_a_noun(nxt):
        return "year"
    if (last.ent_type_ in {"TIME"} and not _after_clock(doc, start, end)) or (
        first.ent_type_ == "DATE" and _date_entity(doc, start, end)
    ):
        return "date or time"
    if nxt is not None and (
        nxt.lower_ in _TIME_WORDS
        or nxt.lower_.startswith(("year-old", "years-old", "-year"))
        or nxt.lower_ in _MEASURES
    ):
        return "duration, measure or age"
    if (
        nxt is not None
        and nxt.text in {"-", "–"}
        and nxt2 is not None
        and (nxt2.lower_ in _TIME_WORDS | _MEASURES or nxt2.lower_.startswith("year"))
    ):
        return "age, duration or measure"
    if (_FORMAT.match(text) and not _after_currency(first)) or (
        nxt is not None and nxt.lower_ in {"k", "p", "fps"} and not _after_currency(first)
    ):
        return "display format"
    if (
        nxt is not None
        and nxt.text in {"-", "–"}
        and nxt2 is not None
        and nxt2.tag_ in {"NN", "JJ"}
        and not nxt2.like_num
        and nxt2.lower_ not in {"odd", "plus", "strong"}
    ):
        return "compound modifier"  # "the 100-member Senate", "a 60-vote majority"
    if prev is not None and prev.lower_ in {"aged", "age", "ages"}:
        return "age"
    if (
        prev is not None
        and prev.lower_ == "per"
        and any(t.like_num for t in doc[max(0, start - 4) : start - 1])
    ):
        return "denominator"  # "250 crimes per 100,000 residents"
    if (
        prev is not None
        and prev.text == ","
        and nxt is not None
        and nxt.text == ","
        and start >= 2
        and doc[start - 2].ent_type_ == "PERSON"
    ):
        return "age"  # "John Smith, 45, said"
    if prev is not None and prev.lower_ in _IDENTIFIER_NOUNS and first.text[:1].isdigit():
        return "identifier"
    if prev is not None and prev.text in {"#", "№"}:
        return "identifier"
    if (
        prev is not None
        and prev.text in {"-", "/"}
        and start >= 2
        and doc[start - 2].is_alpha
        and not doc[start - 2].like_num
    ):
        return "model number"  # D-30, Su-24
    if re.match(r"^[A-Za-z]+\d", first.text) and not re.match(
        rf"^(?:[A-Z]{{1,3}})?[{re.escape(CURRENCY_SIGNS)}]", first.text
    ):
        return "model number"  # A320, MH17, G20
    if _proper_name_number(doc, start, end):
        return "name"
    if re.search(r"\d{3}[-.\s]\d{3,4}[-.\s]\d{4}", text) or (
        text == "911"
        and nxt is not None
        and nxt.lower_ in {"call", "calls", "operator", "dispatcher"}
    ):
        return "phone number"
    if nxt is not None and first.text.isdigit() and _street(doc, end):
        return "street address"
    if "-" in text and any(t.lower_ in _SCORE_WORDS for t in doc[max(0, start - 3) : end + 3]):
        return "score"
    return None


def _after_clock(doc: Doc, start: int, end: int) -> bool:
    """ "... 2016 21:51 15 Medics Killed": a count after a page's time stamp, which the
    small model runs into the time; a count because a noun follows it."""
    prev = doc[start - 1] if start > 0 else None
    nxt = doc[end] if end < len(doc) else None
    return (
        prev is not None
        and bool(_CLOCK.match(prev.text))
        and nxt is not None
        and (nxt.lower_ in PERSON_NOUNS or nxt.lower_ in OUTCOME_NOUNS or nxt.text[:1].isupper())
        and nxt.lower_ not in {"am", "pm", "gmt", "utc", "a.m.", "p.m."}
    )


def _ratio(doc: Doc, start: int, end: int) -> bool:
    words = [t.lower_ for t in doc[max(0, start - 3) : start]]
    after = [t for t in doc[end : min(len(doc), end + 3)]]
    if (words[-1:] == ["in"] and len(words) >= 2 and doc[start - 2].like_num) or (
        words[-2:] == ["out", "of"] and len(words) >= 3 and doc[start - 3].like_num
    ):
        return True
    return bool(
        after
        and (
            (
                after[0].lower_ == "in"
                and len(after) > 1
                and after[1].like_num
                and not _YEAR.match(after[1].text)  # "1.25 million in 2018"
            )
            or (
                after[0].lower_ == "out"
                and len(after) > 2
                and after[1].lower_ == "of"
                and after[2].like_num
            )
        )
    )


_SEPARATORS = {"-", "/", ".", "–"}


def _in_chain(doc: Doc, start: int, end: int) -> bool:
    """Part of three or more numbers joined by separators: a date or a code."""
    count = 1 + sum(1 for t in doc[start:end] if t.text in _SEPARATORS)
    i = start
    while i >= 2 and doc[i - 1].text in _SEPARATORS and doc[i - 2].like_num:
        count += 1
        i -= 2
    j = end
    while j + 1 < len(doc) and doc[j].text in _SEPARATORS and doc[j + 1].like_num:
        count += 1
        j += 2
    return count >= 3


def _counts_a_noun(tok: Token | None) -> bool:
    return tok is not None and tok.pos_ in {"NOUN", "PROPN"} and tok.lower_ not in _TIME_WORDS


def _date_entity(doc: Doc, start: int, end: int) -> bool:
    """A number inside a DATE entity that is a date, not a count next to one."""
    nxt = doc[end] if end < len(doc) else None
    if nxt is not None and nxt.pos_ == "NOUN" and nxt.lower_ not in _TIME_WORDS:
        return False  # "10 people" tagged DATE by a small model
    ent = next((e for e in doc.ents if e.start <= start < e.end), None)
    if ent is None:
        return False
    words = {t.lower_ for t in ent}
    return bool(
        words & (_MONTHS | _WEEKDAYS | _TIME_WORDS | {"ago", "last", "next", "this", "past"})
        or _YEAR.match(doc[start].text)
    )


def _proper_name_number(doc: Doc, start: int, end: int) -> bool:
    """A number that ends a name: "S&P 500", "STOXX 600", "al-Mazzeh 86", "Apollo 11"."""
    if start == 0 or not doc[start].text[:1].isdigit():
        return False
    prev = doc[start - 1]
    if prev.pos_ != "PROPN" or prev.is_sent_start or prev.ent_type_ in {"DATE"}:
        return False
    if prev.lower_.rstrip(".") in _MONTHS | _WEEKDAYS:
        return False
    if prev.lower_.rstrip(".") in CURRENCY_SYMBOLS:
        return False  # "Rs 500", "USD 3 million": money
    nxt = doc[end] if end < len(doc) else None
    ent = next((e for e in doc.ents if e.start <= start < e.end), None)
    if (
        ent is not None
        and ent.start < start
        and ent.label_ in {"ORG", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "FAC"}
        and not (nxt is not None and nxt.lower_ in PERSON_NOUNS | OUTCOME_NOUNS)
    ):
        return True  # "every Fortune 500 company": the entity holds the number
    if nxt is not None and nxt.pos_ in {"NOUN"} and nxt.lower_ not in _TIME_WORDS:
        return False  # "Aleppo 5 civilians": a headline run into the body
    if nxt is not None and (nxt.lower_ in PERSON_NOUNS or nxt.lower_ in OUTCOME_NOUNS):
        return False  # "Qalmoun Barrens 25 Terrorists Killed": a headline, not a name
    # the number belongs to the name when the name's entity covers it, or when it is
    # followed by a verb, a preposition or the end of the clause
    if ent is not None and ent.start < start and ent.label_ not in {"CARDINAL", "QUANTITY"}:
        return True
    return nxt is None or nxt.pos_ in {"VERB", "AUX", "ADP", "PUNCT", "CCONJ", "PART", "ADV"}


def _street(doc: Doc, end: int) -> bool:
    """ "10 Downing Street": a number before a proper name that ends in a street word."""
    for tok in doc[end : min(len(doc), end + 4)]:
        if tok.lower_ in _STREET_WORDS and tok.text[:1].isupper():
            return True
        if tok.pos_ != "PROPN":
            return False
    return False
