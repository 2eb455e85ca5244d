"""Attribution rules, each shown on sentences from real articles.

Sentences come from the ScrapingHub article-extraction benchmark (MIT) and FA-KES
(CC BY 4.0) in ../shared/data; see tests/README.md for the licences.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.records import Article, Claim

Analyse = Callable[[str], Article]


def _claims(article: Article) -> list[Claim]:
    return [c for c in article.claims if c.source is not None]


def _one(article: Article) -> Claim:
    claims = _claims(article)
    assert len(claims) == 1, [(c.source and c.source.name, c.content) for c in claims]
    return claims[0]


def test_x_said_that_y(analyse: Analyse) -> None:
    claim = _one(
        analyse(
            "Russia has said it believes poison gas had leaked from a rebel chemical weapons depot struck by Syrian bombs."
        )
    )
    assert claim.source is not None and claim.source.name == "Russia"
    assert claim.source.kind == "country"
    assert claim.cue == "said"
    assert (
        claim.content
        == "it believes poison gas had leaked from a rebel chemical weapons depot struck by Syrian bombs"
    )


def test_y_comma_x_said(analyse: Analyse) -> None:
    claim = _one(
        analyse("But Delhi and cities like it are not doomed to follow this curve, Prakash said.")
    )
    assert claim.source is not None and claim.source.name == "Prakash"
    assert claim.content == "But Delhi and cities like it are not doomed to follow this curve"
    assert claim.style == "indirect"


def test_y_comma_said_x(analyse: Analyse) -> None:
    text = "Computers and electronic devices have seen impacts, too, said Mary Lovely, an economist at Syracuse University."
    claim = _one(analyse(text))
    assert claim.source is not None and claim.source.name == "Mary Lovely"
    assert claim.content.startswith("Computers and electronic devices have seen impacts")


def test_quotation_then_pronoun(analyse: Analyse) -> None:
    text = (
        "Browns defensive lineman Sheldon Richardson weighed in on the fight on Monday.\n\n"
        "“He’s used to scoring goals, getting points,” he said."
    )
    claims = _claims(analyse(text))
    quoted = claims[-1]
    assert quoted.source is not None and quoted.source.name == "Sheldon Richardson"
    assert quoted.resolved_from == "he"
    assert quoted.style == "direct"
    assert quoted.content == "He’s used to scoring goals, getting points"


def test_according_to_x_y(analyse: Analyse) -> None:
    claim = _one(
        analyse(
            "According to the Pentagon, the base serves as an outpost in the fight against the Islamic State group."
        )
    )
    assert (
        claim.source is not None and claim.source.name == "United States"
    )  # the Pentagon speaks for it
    assert claim.cue == "According to"
    assert (
        claim.content
        == "the base serves as an outpost in the fight against the Islamic State group"
    )


def test_y_according_to_x(analyse: Analyse) -> None:
    text = "It will get the equivalent of 90 miles per gallon of gasoline, according to Toyota."
    claim = _one(analyse(text))
    assert claim.source is not None and claim.source.name == "Toyota"
    assert claim.content == "It will get the equivalent of 90 miles per gallon of gasoline"


def test_x_estimated_that_y(analyse: Analyse) -> None:
    text = "The National Institute on Drug Abuse has also estimated that 964,000 people age 12 and older used the drug."
    claim = _one(analyse(text))
    assert claim.source is not None and claim.source.name == "National Institute on Drug Abuse"
    assert claim.cue == "estimated"
    assert claim.content.startswith("964,000 people")


def test_participle_takes_the_subject_of_its_verb(analyse: Analyse) -> None:
    text = "Big Machine has denied Swift’s claims, saying they were “shocking and false.”"
    claims = _claims(analyse(text))
    saying = next(c for c in claims if c.cue == "saying")
    assert saying.source is not None and saying.source.name == "Big Machine"
    assert saying.content.startswith("they were")
    assert saying.style == "mixed"


def test_headline_claim_with_says(analyse: Analyse) -> None:
    article = analyse(
        "Homs governor says U.S. attack caused deaths\n\nThe governor spoke on Friday."
    )
    claim = next(c for c in article.claims if c.where == "title")
    assert claim.start == -1 and claim.cue == "says"
    assert claim.content == "U.S. attack caused deaths"


def test_role_and_affiliation_from_title_words(analyse: Analyse) -> None:
    text = "Homs Governor Talal Barazi said the attack served the interests of armed groups."
    claim = _one(analyse(text))
    assert claim.source is not None
    assert claim.source.name == "Talal Barazi"
    assert claim.source.role == "Homs Governor"
    assert claim.source.kind == "person"


def test_demonym_gives_affiliation(analyse: Analyse) -> None:
    claim = _one(
        analyse(
            "Syrian President Bashar al-Assad said the army would retake every inch of the country."
        )
    )
    assert claim.source is not None and claim.source.affiliation == "Syria"


def test_possessive_country_gives_affiliation(analyse: Analyse) -> None:
    claim = _one(
        analyse("Russia’s defence ministry said the raids destroyed a weapons storage facility.")
    )
    assert claim.source is not None
    assert claim.source.kind == "organization"
    assert claim.source.affiliation == "Russia"


def test_short_name_joins_the_full_name(analyse: Analyse) -> None:
    text = (
        "Homs Governor Talal Barazi said the attack served the interests of armed groups.\n\n"
        "Barazi said rescue operations had been going on for two hours."
    )
    names = {c.source.name for c in _claims(analyse(text)) if c.source}
    assert names == {"Talal Barazi"}


def test_quotation_paragraph_without_cue_continues_the_speaker(analyse: Analyse) -> None:
    text = (
        "Barazi said the war against terrorism would continue, he added.\n\n"
        "“This targeting was not the first and I don’t believe it will be the last.”"
    )
    claims = _claims(analyse(text))
    last = claims[-1]
    assert last.cue is None and last.resolved_from == "continuation"
    assert last.source is not None and last.source.name == "Barazi"


@pytest.mark.parametrize(
    "text",
    [
        "A spokesperson for the NYAG declined to comment.",
        "A Russian Defence Ministry spokesman did not say what agent was used in the attack.",
        "Neither the army nor the rebels have publicly acknowledged the deaths.",
        "Did the minister say that the talks had failed?",
    ],
)
def test_refusals_negations_and_questions_are_not_claims(analyse: Analyse, text: str) -> None:
    assert _claims(analyse(text)) == []


def test_comma_less_wire_copy(analyse: Analyse) -> None:
    # FA-KES text has its commas stripped: "... 112 people the Syrian Observatory ... said on Sunday"
    text = (
        "The death toll from a bomb blast on a crowded Syrian bus convoy outside Aleppo reached at least "
        "112 people the Syrian Observatory for Human Rights monitoring group said on Sunday."
    )
    claim = _one(analyse(text))
    assert claim.source is not None and "Syrian Observatory for Human Rights" in claim.source.name
    assert claim.content.startswith("The death toll from a bomb blast")
    assert [f.value for f in claim.figures] == [112]


def test_unbalanced_quotes_do_not_crash(analyse: Analyse) -> None:
    article = analyse(
        "The minister said “the talks will go on.\n\nOfficials said the meeting was postponed."
    )
    assert article.warnings and "unbalanced" in article.warnings[0]
    assert len(_claims(article)) == 2


def test_claims_point_into_the_text(analyse: Analyse) -> None:
    article = analyse(
        "Headline here\n\nThe toll rose to 12, the ministry said. “It is a tragedy,” he said."
    )
    for claim in article.claims:
        if claim.where == "body":
            assert article.text[claim.start : claim.end].strip() == claim.sentence
            for start, end in claim.content_spans:
                assert article.text[start:end] in claim.sentence


def test_lower_case_body_keeps_its_owner_in_its_name(analyse: Analyse) -> None:
    # a tagger may call "ministry" a proper noun; names are capitalised, so it is not one
    claim = _one(analyse("The strikes killed 12 people, according to Turkey’s defense ministry."))
    assert claim.source is not None
    assert claim.source.name.endswith("defense ministry") and claim.source.name != "ministry"
    assert claim.source.affiliation == "Turkey"


def test_according_to_a_group(analyse: Analyse) -> None:
    text = (
        "Aid convoys reached the town on Monday, according to the United Nations and its partners."
    )
    claim = _one(analyse(text))
    assert claim.source is not None and claim.source.kind == "group"
    assert claim.source.mention == "the United Nations and its partners"
