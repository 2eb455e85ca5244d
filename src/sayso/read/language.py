"""Is this text English? A cheap check on function words, before any parsing."""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

__all__ = ["english_ratio", "looks_english"]

_WORD = re.compile(r"[^\W\d_]+")
_SAMPLE = 20_000


def english_ratio(text: str) -> float:
    """The share of words in the first 20,000 characters that are English stop words.

    Table rows and capitalised words (names, as in a table of donors or a list of
    places) are left out: they are no evidence of a language, and a data story that is
    mostly a table was refused as not English."""
    prose = "\n".join(line for line in text[:_SAMPLE].splitlines() if not line.startswith("|"))
    every = _WORD.findall(prose)
    words = [w for w in every if w.islower()]
    if len(words) < 40 and sum(w.isupper() for w in every) > len(words):
        words = [w.lower() for w in every]  # an all-capitals wire story: every word
    if not words:
        return 0.0
    return sum(1 for word in words if word in STOP_WORDS) / len(words)


def looks_english(text: str, threshold: float = 0.21) -> bool:
    """Lower-case English prose runs at 24-55% stop words, other languages in Latin script
    at 2-20%: on the MediaCloud 2020 pages 80 English pages from 0.39 and 117 others at
    most 0.16 (but a Tagalog page quoting a long English statement, 0.37); on the
    ScrapingHub bodies English from 0.236 (a fitness page of product names), Portuguese
    and Italian up to 0.195.

    Texts too short to judge (under 40 words) pass.
    """
    if len(_WORD.findall(text[:2000])) < 40:
        return True
    return english_ratio(text) >= threshold
