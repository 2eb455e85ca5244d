"""Is this text English? A cheap check on function words, before any parsing."""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

__all__ = ["english_ratio", "looks_english"]

_WORD = re.compile(r"[^\W\d_]+")
_SAMPLE = 20_000


def english_ratio(text: str) -> float:
    """The share of words in the first 20,000 characters that are English stop words."""
    words = _WORD.findall(text[:_SAMPLE].lower())
    if not words:
        return 0.0
    return sum(1 for word in words if word in STOP_WORDS) / len(words)


def looks_english(text: str, threshold: float = 0.15) -> bool:
    """English prose runs at 35-55% stop words; other languages in Latin script at 2-10%.

    Texts too short to judge (under 40 words) pass.
    """
    if len(_WORD.findall(text[:2000])) < 40:
        return True
    return english_ratio(text) >= threshold
