"""The gender an article gives the people it names (`sayso.nlp.gender`)."""

from __future__ import annotations

import spacy
from spacy.language import Language

from sayso.nlp.gender import genders, pronoun_gender


def _surname(name: str) -> str:
    return name.split()[-1].lower()


def test_titles_nouns_and_pronouns_give_a_gender(nlp: Language) -> None:
    doc = nlp(
        "Mr Johnson spoke first. Spokeswoman Maria Zakharova replied. Ann Clwyd said her "
        "party would vote. Ali Hassan and Omar Said met on Monday."
    )
    found = genders(doc, _surname)
    assert found.get("johnson") == "m"
    assert found.get("zakharova") == "f"
    assert found.get("clwyd") == "f"
    assert "hassan" not in found  # two people in the sentence: no pronoun evidence


def test_pronoun_gender() -> None:
    assert pronoun_gender("She") == "f"
    assert pronoun_gender("him") == "m"
    assert pronoun_gender("they") is None


def test_no_evidence_means_no_gender() -> None:
    doc = spacy.blank("en")("Nobody is named here.")
    assert genders(doc, _surname) == {}
