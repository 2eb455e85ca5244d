"""Units of figures that are not counts: money (a currency code) and percentages.

    $12.9bn, US$3 million, S$83.7 million, 176 Hong Kong dollars, £17.43     -> currency code
    12 percent, 2.8 per cent, 0.21%                                          -> "percent"

Money and percentages are figures in their own right but never counts of people, so a
figure with a unit gets no outcome (see `kinds.py`).
"""

from __future__ import annotations

from spacy.tokens import Doc

__all__ = ["CURRENCY_SIGNS", "CURRENCY_SYMBOLS", "CURRENCY_WORDS", "cents_of", "unit_of"]

CURRENCY_SIGNS = "$€£¥₹₽₺₴₩₦₱"  # a sign, maybe after a country prefix: "S$", "HK$"

CURRENCY_SYMBOLS = {
    "$": "USD", "us$": "USD", "usd": "USD", "€": "EUR", "eur": "EUR", "£": "GBP",
    "gbp": "GBP", "¥": "JPY", "jpy": "JPY", "hk$": "HKD", "hkd": "HKD", "a$": "AUD",
    "c$": "CAD", "ca$": "CAD", "s$": "SGD", "sgd": "SGD", "nz$": "NZD", "nt$": "TWD",
    "r$": "BRL", "mx$": "MXN", "₹": "INR", "rs": "INR", "₽": "RUB", "chf": "CHF",
    "cny": "CNY", "rmb": "CNY", "₺": "TRY", "₴": "UAH", "₩": "KRW", "₦": "NGN", "₱": "PHP",
}  # fmt: skip
CURRENCY_WORDS = {
    "dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR", "pounds": "GBP",
    "sterling": "GBP", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "rubles": "RUB",
    "roubles": "RUB", "rupees": "INR", "lira": "TRY", "liras": "TRY", "hryvnias": "UAH",
    "francs": "CHF", "riyals": "SAR", "dirhams": "AED", "pounds sterling": "GBP",
}  # fmt: skip
_QUALIFIED_DOLLARS = {
    "hong kong": "HKD", "australian": "AUD", "canadian": "CAD", "new zealand": "NZD",
    "singapore": "SGD", "taiwan": "TWD", "u.s.": "USD", "us": "USD", "american": "USD",
}  # fmt: skip
_NATIONAL_CURRENCIES = {
    "syrian pounds": "SYP", "egyptian pounds": "EGP", "lebanese pounds": "LBP",
    "sudanese pounds": "SDG", "turkish lira": "TRY", "turkish liras": "TRY",
    "iraqi dinars": "IQD", "jordanian dinars": "JOD", "kuwaiti dinars": "KWD",
    "libyan dinars": "LYD", "saudi riyals": "SAR", "qatari riyals": "QAR",
    "iranian rials": "IRR", "yemeni rials": "YER", "indian rupees": "INR",
    "pakistani rupees": "PKR", "russian rubles": "RUB", "russian roubles": "RUB",
    "chinese yuan": "CNY", "japanese yen": "JPY", "south african rand": "ZAR",
    "nigerian naira": "NGN", "ukrainian hryvnias": "UAH", "israeli shekels": "ILS",
    "new shekels": "ILS", "swiss francs": "CHF", "afghan afghanis": "AFN",
}  # fmt: skip
"""A currency named by its country: "500 Syrian pounds" are not sterling."""
_PERCENT = {"%", "percent", "per cent", "pct", "percentage"}


def unit_of(doc: Doc, start: int, end: int, q_start: int) -> str | None:
    """The unit of the number phrase `doc[start:end]` (its qualifier starts at q_start).

    Looks at the symbol or code just before the number ("$", "US$", "HK$") and the word
    just after it ("percent", "dollars", "Hong Kong dollars").
    """
    nxt = [t.lower_ for t in doc[end : min(len(doc), end + 4)]]
    if nxt and (nxt[0] in _PERCENT or " ".join(nxt[:2]) == "per cent"):
        return "percent"
    before = doc[start - 1].lower_ if start > 0 else ""
    if doc[start].lower_ in CURRENCY_SYMBOLS:
        return CURRENCY_SYMBOLS[doc[start].lower_]
    if before in CURRENCY_SYMBOLS:
        return CURRENCY_SYMBOLS[before]
    if start > 1 and doc[start - 1].text == "$" and doc[start - 2].lower_ in {"us", "hk"}:
        return "USD" if doc[start - 2].lower_ == "us" else "HKD"
    glued = _symbol_of(doc[start].text)  # "S$83.7", "$12.9bn"
    if glued is not None:
        return glued
    if q_start < start and doc[q_start].lower_ in CURRENCY_SYMBOLS:
        return CURRENCY_SYMBOLS[doc[q_start].lower_]
    for width in (3, 2):
        words = " ".join(nxt[:width])
        for prefix, code in _QUALIFIED_DOLLARS.items():
            if words in {f"{prefix} dollars", f"{prefix} dollar"}:
                return code
        if words in _NATIONAL_CURRENCIES:
            return _NATIONAL_CURRENCIES[words]  # "500 Syrian pounds"
    if nxt and nxt[0] in CURRENCY_WORDS:
        return CURRENCY_WORDS[nxt[0]]
    if nxt[:1] == ["of"] and len(nxt) > 1 and nxt[1] in CURRENCY_WORDS and nxt[2:3] != ["of"]:
        return CURRENCY_WORDS[nxt[1]]  # "millions of dollars", not "hundreds of pounds of"
    return None


def cents_of(doc: Doc, end: int) -> tuple[str, int] | None:
    """(currency, end of the phrase) for an amount in cents: "5.5 cents", "one Singapore
    cent". The currency is the country's ("Singapore cent") or else that of the last
    amount of money written before it in the text (US dollars if there is none)."""
    words = [t.lower_ for t in doc[end : min(len(doc), end + 3)]]
    if words[:1] in (["cent"], ["cents"]):
        stop = end + 1
        code = None
    else:
        for width in (2, 1):
            prefix = " ".join(words[:width])
            if prefix in _QUALIFIED_DOLLARS and words[width : width + 1] in (["cent"], ["cents"]):
                stop, code = end + width + 1, _QUALIFIED_DOLLARS[prefix]
                break
        else:
            return None
    if code is None:
        code = next(
            (u for t in reversed(doc[:end]) if (u := _symbol_of(t.text)) is not None), "USD"
        )
    return code, stop


def _symbol_of(text: str) -> str | None:
    lowered = text.lower()
    if lowered in CURRENCY_SYMBOLS and not lowered.isalpha():
        return CURRENCY_SYMBOLS[lowered]
    for symbol, code in CURRENCY_SYMBOLS.items():
        if (
            not symbol.isalpha()
            and lowered.startswith(symbol)
            and lowered[len(symbol) :][:1].isdigit()
        ):
            return code
    return None
