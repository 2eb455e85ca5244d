"""Numbers and their qualifiers, as news writes them.

    parse_quantity("at least 3,000")      -> value 3000, low 3000
    parse_quantity("between 10 and 20")   -> low 10, high 20
    parse_quantity("an estimated 11,000") -> value 11000, approximate
    parse_quantity("tens of thousands")   -> value None (vague), approximate
    parse_number("1.5 million")           -> 1500000.0

Pure functions on strings: the figures component finds the phrase, these read it. The
bound rules follow `spec/output.md`: "at least / more than / over N" raise only the low
bound, "up to / fewer than / nearly N" set only the high bound, "about / around /
an estimated / some N" are approximate.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = [
    "APPROX_QUALIFIERS",
    "HIGH_QUALIFIERS",
    "LOW_QUALIFIERS",
    "NEUTRAL_QUALIFIERS",
    "NUMBER_WORDS",
    "SCALES",
    "VAGUE_AMOUNTS",
    "Quantity",
    "is_number_word",
    "parse_number",
    "parse_quantity",
]

UNITS = {
    "zero": 0, "no": 0, "none": 0, "one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4,
    "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "dozen": 12, "half": 0.5,
}  # fmt: skip
NUMBER_WORDS = frozenset(k for k in UNITS if k not in {"a", "an", "no", "none", "half"})
SCALES = {
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
}
_SUFFIX_SCALES = {
    "k": 1_000,
    "m": 1_000_000,
    "mn": 1_000_000,
    "bn": 1_000_000_000,
    "b": 1_000_000_000,
}
VAGUE_AMOUNTS = {
    "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1_000, "millions": 1_000_000,
    "billions": 1_000_000_000, "tens": 10, "tenths": 10,
}  # fmt: skip
"""Plural amounts with no number: `value` null, but a floor that a reconciler may use."""

LOW_QUALIFIERS = (
    "at least", "more than", "over", "in excess of", "upwards of", "upward of", "no fewer than",
    "no less than", "not less than", "not fewer than", "a minimum of", "above", "exceeding",
    "greater than", "larger than", "higher than", "well over", "just over", "some more than",
    "at a minimum",
)  # fmt: skip
HIGH_QUALIFIERS = (
    "up to", "fewer than", "less than", "nearly", "almost", "under", "below", "no more than",
    "not more than", "at most", "as many as", "just under", "a maximum of", "close to",
    "just shy of", "shy of", "lower than", "a little under", "as much as", "not exceeding",
    "a maximum value of", "a combined maximum value of", "a combined maximum of",
)  # fmt: skip
APPROX_QUALIFIERS = (
    "about", "around", "approximately", "roughly", "some", "an estimated", "estimated",
    "approx.", "approx", "circa", "c.", "or so", "give or take", "in the region of",
    "on the order of", "an approximate", "a reported", "reportedly",
)  # fmt: skip

NEUTRAL_QUALIFIERS = (
    "another", "a total of", "a further", "an additional", "additional", "an extra",
    "a combined", "a combined total of", "a total", "the",
)  # fmt: skip
"""Words before a number that add nothing to its bounds: "another 11", "a total of 14"."""

_CURRENCY_PREFIX = re.compile(r"^(?:[A-Za-z]{1,3})?[$€£¥₹₽₺₴]")
_DIGITS = re.compile(r"^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")
_DIGITS_SUFFIX = re.compile(r"^(?P<num>\d+(?:\.\d+)?)(?P<suffix>k|m|mn|bn|b)$", re.I)
_RANGE = re.compile(r"^(?:between|from)?\s*(?P<a>.+?)\s*(?:-|–|—|to|and|or)\s*(?P<b>.+)$", re.I)


@dataclass(frozen=True, slots=True)
class Quantity:
    """A read number phrase."""

    value: float | None
    low: float | None = None
    high: float | None = None
    approximate: bool = False
    vague: bool = False


def _words(text: str) -> list[str]:
    text = text.lower().replace("-", " ").replace("–", " ")
    return [w for w in re.split(r"\s+", text) if w and w != "and"]


def is_number_word(word: str) -> bool:
    w = _CURRENCY_PREFIX.sub("", word.lower())
    return (
        w in NUMBER_WORDS or w in SCALES or bool(_DIGITS.match(w)) or bool(_DIGITS_SUFFIX.match(w))
    )


def parse_number(text: str) -> float | None:
    """The value of a number written in digits, words or both; None if it is not one.

    "3,000", "3000", "1.5 million", "45k", "eleven", "a dozen", "two hundred and fifty",
    "twenty-five", "half a million".
    """
    raw = _CURRENCY_PREFIX.sub("", text.strip().lower().replace("\u00a0", " "))
    if not raw:
        return None
    if _DIGITS.match(raw):
        return float(raw.replace(",", ""))
    if re.fullmatch(r"\d{1,3}(?:[ \u202f\u2009]\d{3})+(?:\.\d+)?", raw):
        return float(re.sub(r"[ \u202f\u2009]", "", raw))  # "200 000": spaced thousands
    match = _DIGITS_SUFFIX.match(raw)
    if match:
        return float(match.group("num")) * _SUFFIX_SCALES[match.group("suffix").lower()]
    if re.search(r"\d\s*[-–]\s*\d", raw):
        return None  # "10-20" is a range, not a number
    words = _words(raw)
    if not words or all(w in {"a", "an", "of", "half"} for w in words):
        return None
    total = 0.0
    current: float | None = None
    for word in words:
        if _DIGITS.match(word):
            current = (current or 0) + float(word.replace(",", ""))
        elif word in {"a", "an", "of"}:
            continue  # "a dozen", "half a million", "a hundred"
        elif word == "half":
            current = (current or 0) + 0.5
        elif word == "dozen":
            current = (current if current is not None else 1.0) * 12
        elif word in UNITS:
            current = (current or 0) + UNITS[word]
        elif word in SCALES:
            scale = SCALES[word]
            base = current if current is not None else 1.0
            if scale >= 1000:
                total += base * scale
                current = None
            else:
                current = base * scale
        else:
            return None
    return total + (current or 0)


def _strip_qualifier(text: str, qualifiers: tuple[str, ...]) -> tuple[str | None, str]:
    lowered = text.lower()
    for qualifier in sorted(qualifiers, key=len, reverse=True):
        if lowered.startswith(qualifier + " "):
            return qualifier, text[len(qualifier) + 1 :].strip()
    return None, text


def parse_quantity(text: str) -> Quantity | None:
    """Read a whole number phrase with its qualifier; None if it holds no number."""
    phrase = _CURRENCY_PREFIX.sub("", " ".join(text.split()).replace(" $", " "))
    for _ in range(2):
        _neutral, phrase = _strip_qualifier(phrase, NEUTRAL_QUALIFIERS)
    low_q, rest = _strip_qualifier(phrase, LOW_QUALIFIERS)
    high_q, rest = _strip_qualifier(rest, HIGH_QUALIFIERS) if low_q is None else (None, rest)
    approx_q, rest = _strip_qualifier(rest, APPROX_QUALIFIERS)
    _neutral, rest = _strip_qualifier(rest, NEUTRAL_QUALIFIERS)
    rest = _CURRENCY_PREFIX.sub("", rest)
    if low_q is None and high_q is None and approx_q is not None:
        # "some more than", "about up to" are rare; "an estimated at least" too
        low_q, rest = _strip_qualifier(rest, LOW_QUALIFIERS)
    approximate = approx_q is not None
    lowered = rest.lower()
    if lowered.endswith(" or so"):
        approximate, rest, lowered = True, rest[:-6], lowered[:-6]
    vague = _vague(lowered)
    if vague:
        return Quantity(None, None, None, approximate=True, vague=True)
    value = parse_number(rest)
    if value is None:
        bounds = _range(rest)
        if bounds is None:
            return None
        low, high = bounds
        return Quantity(None, low, high, approximate=approximate)
    if low_q:
        return Quantity(value, low=value, approximate=approximate)
    if high_q:
        return Quantity(value, high=value, approximate=approximate)
    return Quantity(value, approximate=approximate)


def _vague(lowered: str) -> bool:
    words = _words(lowered)
    if not words:
        return False
    # "tens of thousands", "hundreds of thousands", "dozens", "several hundred"
    if all(w in VAGUE_AMOUNTS or w == "of" for w in words):
        return True
    return (
        words[0] in {"several", "many", "a few", "few"}
        and all(w in SCALES for w in words[1:])
        and len(words) > 1
    )


def _range(text: str) -> tuple[float, float] | None:
    match = _RANGE.match(text.strip())
    if not match:
        return None
    a, b = match.group("a"), match.group("b")
    high = parse_number(b)
    low = parse_number(a)
    if low is None or high is None:
        return None
    # "1.5 to 2 million": the scale of the second applies to the first
    if low < high / 1000 and not re.search(r"thousand|million|billion|[kmb]$", a, re.I):
        for scale in (1_000_000_000, 1_000_000, 1_000):
            if high >= scale and re.search(r"billion|million|thousand|bn|m$|k$", b, re.I):
                low *= scale
                break
    if low > high:
        return None
    return low, high
