"""Date stamps and share widgets that scraped text runs into its sentences.

    "US-led strikes in Syria kill more than 20 jihadists Monitor AFP Tuesday 23 Sep 2014
    US-led strikes on ..."

The headline, its source label ("Monitor"), the wire and the stamp, then the lead, with no
full stop between them: `pipeline.paragraph_boundaries` starts a sentence after the stamp,
and `attribution` reads the words before it as a headline.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

__all__ = ["STAMP", "headline_before_stamp"]

STAMP = re.compile(
    r"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day \d{1,2} "
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d{4}"
    r"|Date of publication \d{1,2} [A-Z][a-z]+ \d{4}"
    r"|Last updated at [A-Z][a-z]{2} \d{5,6}"  # "Last updated at Jul 172015" (digits run together)
    r"|Published [A-Z][a-z]+ \d{1,2} \d{4}"
    r"|Get short URL(?: \d+)+)"
    r"[ \t]+(?=\S)"
)
"""A stamp and the space after it, where the next sentence starts."""

_WIRES = {"afp", "ap", "reuters", "xinhua", "dpa", "ians", "pti", "ani", "upi", "sputnik"}


def headline_before_stamp(sent: Span) -> Span | None:
    """The headline of a sentence that ends in a wire's date stamp ("Air raid kills 21 at
    Syria market Monitor AFP Thursday 24 Apr 2014" gives "Air raid kills 21 at Syria market
    Monitor"), or None."""
    text = sent.text.rstrip()
    stamp = STAMP.search(text + " .")
    if stamp is None or stamp.end() < len(text):
        return None
    char = sent.start_char + stamp.start()
    end = next((t.i for t in sent if t.idx >= char), sent.end)
    if end > sent.start and sent.doc[end - 1].lower_ in _WIRES:
        end -= 1
    return sent.doc[sent.start : end] if end - sent.start >= 4 else None
