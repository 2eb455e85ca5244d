"""sayso: read news and keep a sourced ledger of who says what.

import sayso
article = sayso.extract(page_text_or_html)
for claim in article.claims:
    print(claim.source and claim.source.name, claim.cue, claim.content)
    for figure in claim.figures:
        print("   ", figure.text, figure.counted, figure.outcome)
"""

from __future__ import annotations

from .config import DEFAULT_MODEL, Settings
from .errors import InputError, ModelError, SaysoError
from .extract import extract, extract_inputs, extract_pages
from .nlp import load_pipeline
from .records import Article, Claim, Figure, Period, Source

__all__ = [
    "DEFAULT_MODEL",
    "Article",
    "Claim",
    "Figure",
    "InputError",
    "ModelError",
    "Period",
    "SaysoError",
    "Settings",
    "Source",
    "extract",
    "extract_inputs",
    "extract_pages",
    "load_pipeline",
]

__version__ = "0.1.0"
