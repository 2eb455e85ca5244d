"""A document's text, built once: spaCy's `Doc.text` joins every token on each access."""

from __future__ import annotations

from spacy.tokens import Doc

__all__ = ["text_of"]

_KEY = "sayso.text"


def text_of(doc: Doc) -> str:
    """`doc.text`, cached in `doc.user_data` (a doc's words never change)."""
    text = doc.user_data.get(_KEY)
    if not isinstance(text, str):
        text = doc.text
        doc.user_data[_KEY] = text
    return text
