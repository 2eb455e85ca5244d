"""Where the article is in a page of plain text: the densest run of prose.

A page scraped to text keeps its menus, teasers, widgets and footer as lines of their
own, around the article. Each paragraph gets a weight: prose (long, ending like a
sentence) weighs its length, furniture (short lines, headlines of other stories,
truncated teasers, link lists) weighs against. The article is the run of consecutive
paragraphs with the largest total weight (the maximum-sum subarray), so short lines
inside the article (a subheading, a one-line quote) stay when prose surrounds them.
"""

from __future__ import annotations

import re

__all__ = ["PENALTY", "main_span", "weight", "words"]

_SENTENCE_END = re.compile(r"""[.!?。！？:;"”’')\]]$""")
_TRUNCATED = re.compile(r"(?:\.\.\.|…|\[…\]|\[\.\.\.\])\s*$")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_SHORT = 8
"""Words under which a paragraph is short whatever its ending."""
_MIN_SENTENCE = 4
"""Words of the shortest line that counts as a sentence."""
PENALTY = 6.0
"""What a line of furniture costs: a short line outweighs a few words of prose."""


def words(paragraph: str) -> float:
    """Words in the paragraph; CJK scripts count one word per two characters."""
    cjk = len(_CJK.findall(paragraph))
    return len(paragraph.split()) + cjk / 2


def weight(paragraph: str) -> float:
    """Positive for prose (its length in words), negative for furniture."""
    text = paragraph.strip()
    n = words(text)
    if _TRUNCATED.search(text):
        return -PENALTY - n / 4  # "The head of the FBI's New York office who..."
    if _SENTENCE_END.search(text) and n >= _SHORT:
        return n
    if _SENTENCE_END.search(text) and n >= _MIN_SENTENCE:
        return n / 2  # "But Russia has since amassed thousands of troops."
    if n >= 3 * _SHORT:
        return n / 2  # long text without a final stop: prose, or a list run together
    return -PENALTY


def main_span(weights: list[float]) -> tuple[int, int]:
    """`(start, end)` of the run of paragraphs with the largest total weight.

    Empty (`(0, 0)`) when no paragraph weighs anything.
    """
    best, best_span = 0.0, (0, 0)
    total, start = 0.0, 0
    for i, value in enumerate(weights):
        if total <= 0:
            total, start = 0.0, i
        total += value
        if total > best:
            best, best_span = total, (start, i + 1)
    return best_span
