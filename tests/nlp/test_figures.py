"""Figures in claims: qualifiers, counted groups, outcomes, rates, periods, places.

Sentences come from FA-KES (CC BY 4.0) and the ScrapingHub benchmark (MIT) where they
show the rule; see tests/README.md.
"""

from __future__ import annotations

from collections.abc import Callable

from sayso.records import Article, Figure

Analyse = Callable[[str], Article]


def _figures(article: Article) -> list[Figure]:
    return article.figures


def test_figure_in_a_claim_carries_its_source(analyse: Analyse) -> None:
    article = analyse(
        "At least 17 people were killed in a triple bombing in central Damascus, the Syrian Observatory for Human Rights said Monday."
    )
    claim = next(c for c in article.claims if c.figures)
    assert claim.source is not None and claim.source.name == "Syrian Observatory for Human Rights"
    figure = claim.figures[0]
    assert (figure.text, figure.value, figure.low) == ("At least 17", 17, 17)
    assert figure.counted == "people" and figure.outcome == "killed"
    assert figure.location is not None and figure.location.endswith("Damascus")


def test_two_outcomes_give_two_figures(analyse: Analyse) -> None:
    article = analyse(
        "The blast killed at least 16 people and wounded 30 others in the city of Azaz."
    )
    outcomes = [(f.value, f.outcome) for f in _figures(article)]
    assert outcomes == [(16, "killed"), (30, "wounded")]


def test_killed_or_wounded_from_two_verbs(analyse: Analyse) -> None:
    article = analyse(
        "Officials said at least 40 civilians have died or been wounded in the province since August."
    )
    figure = _figures(article)[0]
    assert figure.outcome == "killed_or_wounded"
    assert figure.period is not None and figure.period.text == "since August"


def test_casualties_noun_and_period(analyse: Analyse) -> None:
    article = analyse("The ministry estimated that there were over 45,000 casualties in November.")
    figure = _figures(article)[0]
    assert (figure.low, figure.outcome) == (45000, "killed_or_wounded")
    assert figure.period is not None and figure.period.text == "in November"


def test_rate(analyse: Analyse) -> None:
    article = analyse("About 100 refugees cross the border each day, the agency said.")
    figure = _figures(article)[0]
    assert figure.per == "day" and figure.approximate and figure.outcome == "displaced"


def test_vague_amount(analyse: Analyse) -> None:
    article = analyse(
        "Thousands of people have fled their homes in Idlib, the United Nations said."
    )
    figure = _figures(article)[0]
    assert figure.value is None and figure.text == "Thousands" and figure.counted == "people"
    assert figure.outcome == "displaced" and figure.location == "Idlib"


def test_gazetteer_place_that_ner_misses(analyse: Analyse) -> None:
    article = analyse("Zelenskyy said 3,000 soldiers were wounded in Russia’s Kursk region.")
    assert _figures(article)[0].location == "Kursk region"


def test_bare_group_takes_the_nationality_named_in_the_sentence(analyse: Analyse) -> None:
    article = analyse(
        "Officials reported heavy losses among North Koreans, saying more than 1,000 soldiers have died."
    )
    assert _figures(article)[0].counted == "North Korean soldiers"


def test_dates_years_ages_and_identifiers_are_not_figures(analyse: Analyse) -> None:
    text = (
        "On March 3, 2017, the council passed resolution 2254 at 10:30, and a 12-year-old boy "
        "waited for two hours near a D-30 howitzer."
    )
    assert _figures(analyse(text)) == []


def test_money_and_percentages_carry_a_unit(analyse: Analyse) -> None:
    article = analyse(
        "The campaign cost the state roughly $449,000, and turnout fell 12 percent, officials said."
    )
    units = {f.unit for f in _figures(article)}
    assert units == {"USD", "percent"}
    assert all(f.outcome is None for f in _figures(article))
    # a change names what changed ("turnout fell 12 percent"); a cost names nothing
    assert [f.counted for f in _figures(article)] == [None, "turnout"]


def test_market_moves_count_what_moved(analyse: Analyse) -> None:
    # ScrapingHub benchmark, Reuters markets report (57d46c9d...)
    article = analyse(
        "The Dow Jones Industrial Average fell 102.2 points, or 0.36%, to 27,934.02, the S&P 500 lost 1.85 points, or 0.06%, to 3,120.18."
    )
    found = [(f.text, f.unit, f.counted) for f in _figures(article)]
    assert found == [
        ("102.2", None, "Dow Jones Industrial Average points"),
        ("0.36%", "percent", "Dow Jones Industrial Average"),
        ("27,934.02", None, "Dow Jones Industrial Average"),
        ("1.85", None, "S&P 500 points"),
        ("0.06%", "percent", "S&P 500"),
        ("3,120.18", None, "S&P 500"),
    ]


def test_reporter_figures_have_no_source(analyse: Analyse) -> None:
    article = analyse("But Russia has since amassed thousands of troops in a counter attack.")
    claim = article.claims[0]
    assert claim.source is None and claim.figures[0].counted == "Russian troops"
    assert claim.figures[0].outcome == "deployed"


def test_period_dates_resolve_against_publication(analyse: Analyse) -> None:
    from sayso.nlp.time import resolve_period

    assert resolve_period("in November", "2024-12-14") == ("2024-11-01", "2024-11-30")
    assert resolve_period("in November", "2024-03-02") == ("2023-11-01", "2023-11-30")
    assert resolve_period("the past week", "2024-12-14") == ("2024-12-07", "2024-12-14")
    assert resolve_period("since August", "2024-12-14") == ("2024-08-01", "2024-12-14")
    assert resolve_period("last year", "2024-12-14") == ("2023-01-01", "2023-12-31")
    assert resolve_period("on Tuesday", "2017-04-07") == ("2017-04-04", "2017-04-04")
    assert resolve_period("in November", None) == (None, None)
