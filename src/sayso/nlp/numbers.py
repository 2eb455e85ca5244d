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
from dataclasses import dataclass, replace

from .units import CURRENCY_SIGNS, CURRENCY_SYMBOLS

__all__ = [
    "APPROX_QUALIFIERS",
    "EXTRA_SCALES",
    "HIGH_QUALIFIERS",
    "LOW_QUALIFIERS",
    "NEUTRAL_QUALIFIERS",
    "NUMBER_WORDS",
    "SCALES",
    "VAGUE_AMOUNTS",
    "Quantity",
    "in_cents",
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
    "bigger than",
    "at a minimum",
)  # fmt: skip
HIGH_QUALIFIERS = (
    "up to", "fewer than", "less than", "nearly", "almost", "under", "below", "no more than",
    "not more than", "at most", "as many as", "just under", "a maximum of", "close to",
    "just shy of", "shy of", "just short of", "short of", "lower than", "a little under",
    "as much as", "not exceeding",
    "smaller than",
    "a maximum value of", "a combined maximum value of", "a combined maximum of",
)  # fmt: skip
APPROX_QUALIFIERS = (
    "about", "around", "approximately", "roughly", "some", "an estimated", "estimated",
    "approx.", "approx", "circa", "c.", "or so", "give or take", "in the region of",
    "on the order of", "an approximate", "a reported", "reportedly", "closer to",
)  # fmt: skip

NEUTRAL_QUALIFIERS = (
    "another", "a total of", "a further", "an additional", "additional", "an extra",
    "a combined total of", "a total", "the",
)  # fmt: skip
"""Words before a number that add nothing to its bounds: "another 11", "a total of 14"."""

_CURRENCY_PREFIX = re.compile(rf"^(?:[A-Za-z]{{1,3}})?[{re.escape(CURRENCY_SIGNS)}]")
_CODES = "|".join(sorted((k for k in CURRENCY_SYMBOLS if k.isalpha()), key=len, reverse=True))
_CURRENCY_CODE = re.compile(rf"\b(?:{_CODES})\.?\s*(?=\d)", re.I)
"""A currency written as letters before the number: "around Rs 500", "USD 3 million"."""
_DIGITS = re.compile(r"^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")
_DIGITS_SUFFIX = re.compile(r"^(?P<num>\d+(?:\.\d+)?)(?P<suffix>k|m|mn|bn|b)$", re.I)
_RANGE = re.compile(
    r"^(?:between|from)?\s*(?P<a>.+?)\s*(?:-|–|—|\bto\b|\band\b|\bor\b|\bthrough\b|\bthru\b|\buntil\b|\btill\b)\s*(?P<b>.+)$",
    re.I,
)


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


_FRACTIONS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
    "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
    "tenth": 10, "tenths": 10, "hundredth": 100, "hundredths": 100,
    "thousandth": 1000, "thousandths": 1000,
}  # fmt: skip
_VULGAR = {"½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2, "⅛": 0.125,
           "⅙": 1 / 6, "⅜": 0.375, "⅝": 0.625, "⅞": 0.875}  # fmt: skip
EXTRA_SCALES = {"lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000, "crores": 10_000_000}
_SPACED_SUFFIX = re.compile(
    r"^(?P<num>\d+(?:\.\d+)?)\s*(?P<suffix>k|mn|bn|bln|tn|tln)$|"
    r"^(?P<num2>\d+(?:\.\d+)?)(?P<suffix2>mm|mil|t)$",
    re.I,
)
_SUFFIX_WORDS = {
    "k": 1e3, "m": 1e6, "mn": 1e6, "mm": 1e6, "mil": 1e6, "b": 1e9, "bn": 1e9, "bln": 1e9,
    "t": 1e12, "tn": 1e12, "tln": 1e12,
}  # fmt: skip
_SCIENTIFIC = re.compile(r"^\d+(?:\.\d+)?e[-+]?\d+$", re.I)
_MIXED = re.compile(r"^(?:(?P<whole>\d+)\s+)?(?P<num>\d+)\s*/\s*(?P<den>\d+)$")
_NEGATIVE = re.compile(r"^(?:-\s*|minus\s+|negative\s+)(?P<rest>.+)$")


def parse_number(text: str) -> float | None:
    """The value of a number written in digits, words or both; None if it is not one.

    "3,000", "3000", "1.5 million", "45k", "2.33 k", "eleven", "a dozen", "3 dozens",
    "two hundred and fifty", "twenty-five", "half a million", "two thirds", "2 1/4", "¾",
    "one and a half", "two hundred point zero three", "minus 5", "1.3e6", "200 000".
    """
    raw = _CURRENCY_PREFIX.sub("", text.strip().lower().replace("\u00a0", " "))
    raw = " ".join(raw.split())
    if not raw:
        return None
    negative = _NEGATIVE.match(raw)
    if negative and not re.match(r"^-\s*\d+\s*[-–]", raw):
        value = parse_number(negative.group("rest"))
        return -value if value is not None else None
    if _DIGITS.match(raw):
        return float(raw.replace(",", ""))
    if re.fullmatch(r"\.\d+", raw):
        return float("0" + raw)
    if re.fullmatch(r"\d{1,3}(?:[ \u202f\u2009]\d{3})+(?:\.\d+)?", raw):
        return float(re.sub(r"[ \u202f\u2009]", "", raw))  # "200 000": spaced thousands
    if _SCIENTIFIC.match(raw):
        return float(raw)
    match = _DIGITS_SUFFIX.match(raw)
    if match:
        return float(match.group("num")) * _SUFFIX_WORDS[match.group("suffix").lower()]
    match = _SPACED_SUFFIX.match(raw)
    if match:
        number = match.group("num") or match.group("num2")
        suffix = match.group("suffix") or match.group("suffix2")
        return float(number) * _SUFFIX_WORDS[suffix.lower()]
    mixed = _MIXED.match(raw)
    if mixed and float(mixed.group("den")) != 0:
        whole = float(mixed.group("whole") or 0)
        return whole + float(mixed.group("num")) / float(mixed.group("den"))
    if raw in _VULGAR:
        return _VULGAR[raw]
    if re.search(r"\d\s*[-–]\s*\d", raw):
        return None  # "10-20" is a range, not a number
    return _parse_words(raw)


def _parse_words(raw: str) -> float | None:
    """Numbers in words (with digits mixed in): "three hundred and two dozens"."""
    if " point " in f" {raw} ":
        whole, _, frac = raw.partition(" point ")
        head = _parse_words(whole) if whole.strip() else 0.0
        digits = [_digit(w) for w in _words(frac)]
        if head is None or not digits or any(d is None for d in digits):
            return None
        if len(digits) == 1 or any(d is not None and d >= 10 for d in digits):
            tail = _parse_words(frac)  # "point seventy-one"
            if tail is None:
                return None
            return head + tail / float(10 ** len(str(int(tail))))
        return head + float("0." + "".join(str(int(d or 0)) for d in digits))
    words = [w for w in _words(raw) if w != "of"]
    if not words:
        return None
    fraction = None if " and " in raw else _fraction(words)
    if fraction is not None:
        return fraction  # "two thirds", "a half", "fifty-four hundredths"
    # "one hundred and three and two thirds", "five and a quarter", "3 million and a half"
    parts = raw.split(" and ")
    for cut in range(len(parts) - 1, 0, -1):
        right = _fraction([w for w in _words(" and ".join(parts[cut:])) if w != "of"])
        if right is None:
            continue
        left_text = " and ".join(parts[:cut])
        left = _parse_words(left_text)
        if left is None:
            return None
        scale = max((v for w, v in SCALES.items() if left_text.split()[-1:] == [w]), default=1)
        return left + right * (scale if scale >= 1000 else 1)
    if all(w in {"a", "an", "half"} for w in words):
        return None
    total = 0.0
    current: float | None = None
    for word in words:
        if _DIGITS.match(word):
            current = (current or 0) + float(word.replace(",", ""))
        elif word in {"a", "an"}:
            continue  # "a dozen", "half a million", "a hundred"
        elif word in {"half", "quarter"}:
            current = (current or 0) + (0.5 if word == "half" else 0.25)  # "a quarter of a million"
        elif word in {"dozen", "dozens"}:
            current = (current if current is not None else 1.0) * 12
        elif word in {"nought", "naught"}:
            current = (current or 0) + 0
        elif word in UNITS:
            current = (current or 0) + UNITS[word]
        elif word in SCALES or word in EXTRA_SCALES:
            scale = SCALES.get(word) or EXTRA_SCALES[word]
            if current is None and total and scale >= 1000:
                total *= scale  # "1.75 lakh crore", "two thousand crore": scales multiply
                continue
            base = current if current is not None else 1.0
            if scale >= 1000:
                total += base * scale
                current = None
            else:
                current = base * scale
        else:
            return None
    return total + (current or 0)


def _fraction(words: list[str]) -> float | None:
    """ "two thirds", "a quarter", "fifty-four hundredths"; None for anything else."""
    if len(words) < 2 or words[-1] not in _FRACTIONS:
        return None
    if words[-1] in {"tenths"} and len(words) == 1:
        return None
    head = words[:-1]
    numerator = 1.0 if head in (["a"], ["an"], ["one"]) else _parse_words(" ".join(head))
    if numerator is None or numerator >= 100:
        return None
    return numerator / _FRACTIONS[words[-1]]


def _digit(word: str) -> float | None:
    if word.isdigit():
        return float(word)
    if word in {"nought", "naught", "oh"}:
        return 0.0
    value = UNITS.get(word)
    return float(value) if value is not None and word not in {"a", "an", "dozen"} else None


def _strip_qualifier(text: str, qualifiers: tuple[str, ...]) -> tuple[str | None, str]:
    lowered = text.lower()
    for qualifier in sorted(qualifiers, key=len, reverse=True):
        if lowered.startswith(qualifier + " "):
            return qualifier, text[len(qualifier) + 1 :].strip()
    return None, text


_POSTFIX_LOW = re.compile(
    r"^(?P<n>.+?)\s+(?:or|and)\s+(?:more|greater|above|over|higher|up|upwards)(?:\s+than)?$"
)
_POSTFIX_HIGH = re.compile(
    r"^(?P<n>.+?)\s+(?:or|and)\s+(?:less|fewer|below|under|lower)(?:\s+than)?$"
)
_OR_EQUAL = re.compile(
    r"^(?:(?P<low>greater|more|larger|bigger|higher|at least)|(?P<high>less|fewer|smaller|lower))"
    r"(?:\s+than)?\s+or\s+equal(?:\s+to|\s+than)?\s+(?P<n>.+)$"
    r"|^(?:(?P<low2>greater|more|larger|bigger|higher)|(?P<high2>less|fewer|smaller|lower))"
    r"\s+or\s+equal(?:\s+to|\s+than)?\s+(?P<n2>.+)$"
    r"|^equal\s+to\s+or\s+(?:(?P<low3>more|greater|higher)|(?P<high3>less|fewer|lower))"
    r"\s+than\s+(?P<n3>.+)$"
    r"|^(?P<n4>.+?)\s+or\s+equal(?:\s+to)?$",
    re.I,
)
_SYMBOL = re.compile(r"^(?P<op>[<>]\s*=?|≥|≤)\s*(?P<n>.+)$")
_EQUAL = re.compile(r"^(?:equal\s+to|equals?(?:\s+to)?|equaling(?:\s+to)?)\s+(?P<n>.+)$", re.I)
_EXCEED = re.compile(r"^(?:exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?)\s+(?P<n>.+)$", re.I)
_JOINED = re.compile(r"^(?P<a>.+?)(?:,\s*|\s+(?:and|but)\s+)(?P<b>.+)$", re.I)


def parse_quantity(text: str) -> Quantity | None:
    """Read a whole number phrase with its qualifier; None if it holds no number.

    Beyond the bounds of `spec/output.md` it reads postfix bounds ("500 or more"),
    comparatives with "or equal to", symbols (">= 30", "<20", "20~100"), and two bounds
    joined ("more than 10 and less than 40", "at most 100 and at least 20")."""
    phrase = _CURRENCY_PREFIX.sub("", " ".join(text.split()).replace(" $", " ")).strip()
    phrase = _CURRENCY_CODE.sub("", phrase)
    if not phrase:
        return None
    if phrase.lower() in {"no one", "no-one", "nobody", "none"}:
        return Quantity(0.0)  # "no one was killed": zero killed
    found = _single(phrase)
    if found is not None:
        return _tidy(found)
    joined = _JOINED.match(phrase)
    if joined:
        a, b = _single(joined.group("a")), _single(joined.group("b").removesuffix(" or equal"))
        if a is not None and b is not None:
            low = a.low if a.low is not None else b.low
            high = a.high if a.high is not None else b.high
            if low is not None and high is not None and (a.high is None) != (b.high is None):
                return _tidy(Quantity(None, low, high))
    return None


def in_cents(quantity: Quantity) -> Quantity:
    """A quantity of cents in the currency unit: 5.5 cents is 0.055."""

    def unit(x: float | None) -> float | None:
        return None if x is None else x / 100

    return _tidy(
        replace(
            quantity, value=unit(quantity.value), low=unit(quantity.low), high=unit(quantity.high)
        )
    )


def _tidy(quantity: Quantity) -> Quantity:
    """Without the binary fractions of scaling: 16.6 million is 16600000, not
    16600000.000000002 (twelve significant digits are more than any report gives)."""

    def tidy(x: float | None) -> float | None:
        return None if x is None else float(f"{x:.12g}")

    return replace(
        quantity, value=tidy(quantity.value), low=tidy(quantity.low), high=tidy(quantity.high)
    )


def _single(phrase: str) -> Quantity | None:
    """One number with at most one qualifier."""
    lowered = phrase.lower()
    symbol = _SYMBOL.match(phrase)
    if symbol:
        value = parse_number(symbol.group("n"))
        if value is None:
            return None
        op = symbol.group("op").replace(" ", "")
        return Quantity(value, low=value) if op in {">", ">=", "≥"} else Quantity(value, high=value)
    if "~" in phrase:
        a, _, b = phrase.partition("~")
        low, high = parse_number(a), parse_number(b)
        if low is not None and high is not None and low <= high:
            return Quantity(None, low, high)
    for pattern, bound in ((_POSTFIX_LOW, "low"), (_POSTFIX_HIGH, "high"), (_EXCEED, "low")):
        match = pattern.match(lowered)
        if match:
            value = parse_number(match.group("n"))
            if value is not None:
                return Quantity(value, low=value) if bound == "low" else Quantity(value, high=value)
    match = _OR_EQUAL.match(lowered)
    if match:
        n = match.group("n") or match.group("n2") or match.group("n3") or match.group("n4")
        quantity = _single(n) if match.group("n4") else None
        if quantity is not None:
            return quantity  # "less than 5000 or equal"
        value = parse_number(n)
        if value is not None:
            if match.group("low") or match.group("low2") or match.group("low3"):
                return Quantity(value, low=value)
            return Quantity(value, high=value)
    if lowered.startswith("equal to ") and (
        _POSTFIX_LOW.match(lowered[9:]) or _POSTFIX_HIGH.match(lowered[9:])
    ):
        return _single(phrase[9:].removesuffix(" than"))  # "equal to 5000 or less"
    match = _EQUAL.match(lowered)
    if match:
        value = parse_number(match.group("n"))
        return Quantity(value) if value is not None else None
    for _ in range(2):
        _neutral, phrase = _strip_qualifier(phrase, NEUTRAL_QUALIFIERS)
    low_q, rest = _strip_qualifier(phrase, LOW_QUALIFIERS)
    high_q, rest = _strip_qualifier(rest, HIGH_QUALIFIERS) if low_q is None else (None, rest)
    approx_q, rest = _strip_qualifier(rest, APPROX_QUALIFIERS)
    _neutral, rest = _strip_qualifier(rest, NEUTRAL_QUALIFIERS)
    rest = _CURRENCY_PREFIX.sub("", re.sub(r"^an? (?=[$€£¥])", "", rest))  # "up to a $250,000"
    rest = re.sub(r"(\d)\s*(?:%|percent)\s*(?=(?:to|-|–)\s*\d)", r"\1 ", rest)  # "0.6% to 0.7"
    if low_q is None and high_q is None and approx_q is not None:
        # "some more than", "about up to" are rare; "an estimated at least" too
        low_q, rest = _strip_qualifier(rest, LOW_QUALIFIERS)
    approximate = approx_q is not None
    lowered = rest.lower()
    if lowered.endswith(" or so"):
        approximate, rest, lowered = True, rest[:-6], lowered[:-6]
    if _vague(lowered):
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
    if words[0] == "a":
        words = words[1:]  # "a few dozen"
    return (
        len(words) > 1
        and words[0] in {"several", "many", "few"}
        and all(w in SCALES or w == "dozen" for w in words[1:])
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
