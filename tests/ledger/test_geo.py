"""Places of figures: GeoNames towns and regions, countries, and the place of a story.

Phrases are the NLP's `location` values and sentences of FA-KES articles (Ahram Online,
The New Arab, Al Arabiya, April 2017) and of the reference page ("Russia's Kursk region").
"""

from __future__ import annotations

import pytest

from sayso.ledger.geo import (
    article_place,
    compatible,
    contains,
    resolve_place,
    sentence_place,
    unknown_place,
)


@pytest.mark.parametrize(
    ("phrase", "name", "level"),
    [
        ("town of Khan Sheikhun", "Khān Shaykhūn", 3),
        ("Syrias northwestern province of Idlib", "Idlib", 2),
        ("rebel - held Idlib province", "Idlib", 2),
        ("Idlib", "Idlib", 2),  # a region's main town stands for the region
        ("Aleppo city", "Aleppo", 3),
        ("northwestern Syria", "Syria", 1),
        ("Russia’s Kursk region", "Kursk", 2),
        ("Deir Ezzor", "Deir ez-Zor", 2),
        ("Damascus", "Damascus", 2),  # a capital is a place, not its country speaking
        ("near Syrian capital", "Damascus", 2),
        ("the U.S.", "United States", 1),
    ],
)
def test_places_resolve(phrase: str, name: str, level: int) -> None:
    place = resolve_place(phrase)
    assert place is not None and (place.name, place.level) == (name, level)


@pytest.mark.parametrize("phrase", ["March", "Tuesday", "the age of eight", "Russian"])
def test_words_that_are_not_places(phrase: str) -> None:
    assert resolve_place(phrase) is None


def test_containment() -> None:
    syria, idlib, town = (resolve_place(p) for p in ("Syria", "Idlib", "Khan Sheikhun"))
    damascus = resolve_place("Damascus")
    assert contains(syria, idlib) and contains(idlib, town) and contains(syria, town)
    assert not contains(town, idlib) and not compatible(damascus, town)
    assert contains(None, town) and not contains(town, None)
    ghouta = unknown_place("Eastern Ghouta")
    assert contains(ghouta, unknown_place("Eastern  Ghouta")) and not compatible(ghouta, syria)


def test_prose_names_places_after_a_locative_word() -> None:
    assert sentence_place("At least 72 people died in the town of Khan Sheikhoun.") is not None
    # a person's name (Khalil is a town) and a dateline are not places
    assert sentence_place("Mounzer Khalil, head of the health authority, said 50 died") is None
    assert sentence_place("DAMASCUS (AFP) - A suspected chemical attack") is None


def test_the_place_of_a_story() -> None:
    lead = (
        "DAMASCUS: The death toll from a suspected chemical attack on a rebel-held town in "
        "northwest Syria has risen to 86, a monitor said. The Observatory said the attack on "
        "Khan Sheikhun in Idlib province killed 30 children."
    )
    place = article_place("86 dead in suspected Syria chemical attack New toll", lead)
    assert place is not None and place.name == "Khān Shaykhūn"
    headline = article_place("Strike on Syrias Idlib kills 18 including five children", lead)
    assert headline is not None and headline.name == "Idlib"
