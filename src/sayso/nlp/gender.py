"""Which people of an article are men and which are women, from the article's own words.

"she said" must not resolve to Boris Johnson. sayso keeps no list of first names; the
article says enough:

    "Mr Johnson", "Ms Clwyd", "Sir Keir", "Queen Rania"      -> a title before the name
    "spokeswoman Maria Zakharova", "his wife Asma"           -> a gendered noun in the mention
    "Johnson ... his comments" (he is the sentence's one person) -> the pronouns about them

Each person is keyed by surname (`surname_key`); a person with evidence both ways, or none,
has no gender, and any speaker may then take the pronoun.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

from spacy.tokens import Doc, Span

__all__ = ["Gender", "genders", "pronoun_gender"]

Gender = Literal["m", "f"]

_TITLES: dict[str, Gender] = {
    "mr": "m", "mr.": "m", "sir": "m", "lord": "m", "king": "m", "prince": "m",
    "ms": "f", "ms.": "f", "mrs": "f", "mrs.": "f", "miss": "f", "lady": "f", "dame": "f",
    "queen": "f", "princess": "f", "madam": "f",
}  # fmt: skip
_NOUNS: dict[str, Gender] = {
    "spokesman": "m", "chairman": "m", "businessman": "m", "congressman": "m",
    "father": "m", "husband": "m", "son": "m", "brother": "m", "uncle": "m", "man": "m",
    "boy": "m", "actor": "m", "nephew": "m", "grandfather": "m", "policeman": "m",
    "spokeswoman": "f", "chairwoman": "f", "businesswoman": "f", "congresswoman": "f",
    "mother": "f", "wife": "f", "daughter": "f", "sister": "f", "aunt": "f", "woman": "f",
    "girl": "f", "actress": "f", "niece": "f", "grandmother": "f", "widow": "f",
    "policewoman": "f",
}  # fmt: skip
_PRONOUNS: dict[str, Gender] = {
    "he": "m", "him": "m", "his": "m", "himself": "m",
    "she": "f", "her": "f", "hers": "f", "herself": "f",
}  # fmt: skip


def pronoun_gender(pronoun: str) -> Gender | None:
    """ "she" -> f, "he" -> m, "they" -> None."""
    return _PRONOUNS.get(pronoun.lower())


def genders(doc: Doc, surname_key: Callable[[str], str]) -> dict[str, Gender]:
    """The gender the article gives each person it names, by `surname_key(name)`."""
    votes: dict[str, set[Gender]] = {}
    persons = [e for e in doc.ents if e.label_ == "PERSON"]
    for ent in persons:
        key = surname_key(ent.text)
        for gender in _evidence(doc, ent, persons):
            votes.setdefault(key, set()).add(gender)
    return {key: next(iter(found)) for key, found in votes.items() if len(found) == 1}


def _evidence(doc: Doc, ent: Span, persons: list[Span]) -> list[Gender]:
    found: list[Gender] = []
    before = [t for t in doc[max(0, ent.start - 3) : ent.start] if not t.is_punct]
    for tok in [*before[-2:], *ent[:-1]]:  # the entity may hold its title
        if tok.lower_ in _TITLES:
            found.append(_TITLES[tok.lower_])
        elif tok.lower_ in _NOUNS:
            found.append(_NOUNS[tok.lower_])
    sent = ent.sent
    alone = [p for p in persons if p.sent == sent] == [ent]
    if alone and any(t.dep_ == "nsubj" for t in ent):
        # the sentence's one person is its subject: the pronouns after the name are theirs
        said = {_PRONOUNS[t.lower_] for t in doc[ent.end : sent.end] if t.lower_ in _PRONOUNS}
        if len(said) == 1:
            found.append(next(iter(said)))
    return found
