"""Reconciliation rules (docs/reconciliation.md), each on figures as real articles give them.

The incident figures are those of the Khan Sheikhun attack of 4 April 2017 as FA-KES
outlets reported it (Syrian Observatory "at least 58", WHO "at least 70", a monitor "at
least 72", Ahram "86", the opposition coalition "more than 100"); the cumulative ones
are the reference page's ("at least 3,000 North Korean soldiers killed or wounded").
"""

from __future__ import annotations

import datetime as dt
import itertools
import math

import pytest

from sayso.ledger.ingest import store_article
from sayso.ledger.queries import reconciled
from sayso.ledger.reconcile import Observation, counted_key, interval_of, reconcile
from sayso.ledger.store import Ledger
from sayso.records import Period
from tests.ledger.conftest import ArticleFactory, said, toll

_ids = itertools.count(1)


def obs(
    source: str,
    text: str,
    value: float | None,
    *,
    low: float | None = None,
    high: float | None = None,
    approximate: bool = False,
    counted: str | None = "people",
    outcome: str | None = "killed",
    per: str | None = None,
    location: str | None = "Khan Sheikhun",
    published: str = "2017-04-05",
    period: tuple[str, str | None, str | None] | None = None,
    sentence: str = "",
    article: str | None = None,
) -> Observation:
    number = next(_ids)
    day = dt.date.fromisoformat(published)
    return Observation(
        figure_id=number,
        article_id=article or f"a{number}",
        source_key=f"src:{source}",
        source=source,
        text=text,
        value=value,
        low=low,
        high=high,
        approximate=approximate,
        counted=counted,
        outcome=outcome,
        per=per,
        location=location,
        period_text=period[0] if period else None,
        period_start=period[1] if period else None,
        period_end=period[2] if period else None,
        published=day,
        order=(day, number),
        sentence=sentence,
    )


@pytest.mark.parametrize(
    ("counted", "outcome", "key"),
    [
        ("Civilians", "killed", "civilians"),
        ("civilian", "killed", "civilians"),
        ("other civilians", "killed", "civilians"),
        ("persons", "killed", "people"),
        ("others", "wounded", "people"),
        (None, "killed", "people"),
        ("child", "killed", "children"),
        ("North Korean soldiers", "killed_or_wounded", "north korean soldiers"),
        (None, None, None),
    ],
)
def test_counted_groups_normalise(
    counted: str | None, outcome: str | None, key: str | None
) -> None:
    assert counted_key(counted, outcome) == key


def test_intervals_respect_bounds() -> None:
    at_least = interval_of(3000, 3000, None, False, "at least 3,000")
    assert at_least is not None and (at_least.low, at_least.high) == (3000, math.inf)
    nearly = interval_of(90, None, 90, False, "nearly 90")
    assert nearly is not None and (nearly.low, nearly.high) == (0, 90)
    between = interval_of(None, 10000, 30000, False, "from 10000 to more than 30000")
    assert between is not None and (between.low, between.high) == (10000, 30000)
    about = interval_of(70, None, None, True, "about 70")
    assert about is not None and (about.low, about.high) == (63, 77)
    precise = interval_of(1456610, None, None, True, "about 1,456,610")
    assert precise is not None and precise.high - precise.low == pytest.approx(29132.2)
    dozens = interval_of(None, None, None, False, "dozens")
    assert dozens is not None and dozens.vague and (dozens.low, dozens.high) == (24, math.inf)
    assert interval_of(None, None, None, False, "some") is not None
    assert interval_of(None, None, None, False, "the toll") is None


def _one(quantities: list, **match: object) -> object:  # type: ignore[type-arg]
    found = [q for q in quantities if all(getattr(q, k) == v for k, v in match.items())]
    assert len(found) == 1, [q.label for q in quantities]
    return found[0]


def test_an_incident_shows_every_source_and_the_range() -> None:
    found = reconcile(
        [
            obs("Syrian Observatory", "at least 58", 58, low=58, published="2017-04-04"),
            obs("WHO", "at least 70", 70, low=70, location=None, published="2017-04-05"),
            obs("monitor", "at least 72", 72, low=72, location="northwestern Syria"),
            obs("Ahram", "86", 86, location="Syria"),
            obs("Syrian Coalition", "more than 100", 100, low=100, location="Idlib province"),
        ]
    )
    assert len(found) == 1
    incident = found[0]
    assert incident.place is not None and incident.place.name == "Khān Shaykhūn"
    assert {s.source: s.text for s in incident.sources} == {
        "Syrian Observatory": "at least 58",
        "WHO": "at least 70",
        "monitor": "at least 72",
        "Ahram": "86",
        "Syrian Coalition": "more than 100",
    }
    # "86" cannot be true if "more than 100" is: a conflict, the range across sources
    assert incident.conflict
    assert incident.conflicts == ["Syrian Coalition ≥100 vs Ahram 86"]
    assert (incident.low, incident.best, incident.high) == (58, 72, 100)


def test_floors_raise_only_the_low() -> None:
    (quantity,) = reconcile(
        [
            obs("Zelenskyy", "at least 3,000", 3000, low=3000),
            obs("NIS", "about 3,100", 3100, approximate=True),
        ]
    )
    assert not quantity.conflict
    assert (quantity.low, quantity.best, quantity.high) == (3000, 3100, 3410)
    (alone,) = reconcile([obs("Zelenskyy", "at least 3,000", 3000, low=3000)])
    assert (alone.low, alone.best, alone.high) == (3000, 3000, None)


def test_a_later_figure_from_the_same_source_is_a_revision_not_a_conflict() -> None:
    (quantity,) = reconcile(
        [
            obs("Observatory", "58", 58, published="2017-04-04"),
            obs("Observatory", "86", 86, published="2017-04-05"),
        ]
    )
    assert not quantity.conflict
    (claim,) = quantity.sources
    assert claim.text == "86" and claim.history == [(dt.date(2017, 4, 4), "58", 58)]
    assert claim.revised and not claim.revised_down
    assert (quantity.low, quantity.best, quantity.high) == (86, 86, 86)


@pytest.mark.parametrize(
    ("change", "why"),
    [
        ({"outcome": "wounded"}, "outcome"),
        ({"counted": "children"}, "counted group"),
        ({"per": "day"}, "rate"),
        ({"period": ("in March", "2017-03-01", "2017-03-31")}, "period"),
        ({"location": "Damascus"}, "place"),
        ({"published": "2017-04-20"}, "another week"),
    ],
)
def test_different_quantities_are_never_merged(change: dict[str, object], why: str) -> None:
    found = reconcile([obs("A", "58", 58), obs("B", "72", 72, **change)])  # type: ignore[arg-type]
    assert len(found) == 2, why
    assert not any(q.conflict for q in found)


def test_a_coarse_place_joins_only_an_incident_it_fits_alone() -> None:
    fine = [obs("A", "58", 58), obs("B", "19", 19, location="Damascus")]
    # "Syria" fits both incidents: it stands alone rather than being guessed
    found = reconcile([*fine, obs("C", "72", 72, location="Syria")])
    assert len(found) == 3
    found = reconcile([fine[0], obs("C", "72", 72, location="Syria")])
    assert len(found) == 1 and found[0].place is not None and found[0].place.name == "Khān Shaykhūn"


def test_cumulative_totals_follow_their_start_not_the_report_day() -> None:
    since = ("since February 2022", "2022-02-24", None)
    found = reconcile(
        [
            obs("General Staff", "about 2,800", 2800, approximate=True, period=since,
                published="2022-02-25", counted="Russian personnel", location=None),
            obs("General Staff", "about 1,456,610", 1456610, approximate=True, period=since,
                published="2026-08-08", counted="Russian personnel", location=None),
        ]
    )  # fmt: skip
    assert len(found) == 1 and found[0].time_kind == "since"
    assert found[0].sources[0].text == "about 1,456,610"


def test_war_totals_without_a_date_are_cumulative_not_events() -> None:
    sentence = "More than 320000 people have been killed since the conflict began in 2011."
    found = reconcile(
        [
            obs("Observatory", "more than 320000", 320000, low=320000, location=None,
                sentence=sentence),
            obs("Ahram", "86", 86, location="Syria"),
        ]
    )  # fmt: skip
    assert len(found) == 2 and not any(q.conflict for q in found)


def test_one_reports_figures_are_read_together() -> None:
    (quantity,) = reconcile(
        [
            obs("Ahram", "86", 86, article="x"),
            obs("Ahram", "at least 86", 86, low=86, article="x"),
        ]
    )
    (claim,) = quantity.sources
    assert (claim.interval.low, claim.interval.high) == (86, 86) and not claim.revised


def test_figures_that_count_nothing_are_not_quantities() -> None:
    assert reconcile([obs("A", "4", 4, counted=None, outcome=None)]) == []


def test_the_reconciled_table_from_the_ledger(ledger: Ledger, make_article: ArticleFactory) -> None:
    outlets = [("Reuters", "at least 58", 58.0, 58.0), ("Ahram Online", "86", 86.0, None),
               ("Daily Sabah", "more than 100", 100.0, 100.0)]  # fmt: skip
    for outlet, text, value, low in outlets:
        article = make_article(
            f"Gas attack kills {text} in Syria's Idlib",
            [said(None, f"{text} people were killed in Khan Sheikhun",
                  toll(text, value, low=low, location="Khan Sheikhun"))],
            publisher=outlet,
            published="2017-04-05",
        )  # fmt: skip
        ledger.write(lambda session, a=article: store_article(session, a))
    (incident,) = reconciled(ledger, about="Idlib", min_sources=2)
    assert [s.source for s in incident.sources] == ["Ahram Online", "Daily Sabah", "Reuters"]
    assert incident.conflict and (incident.low, incident.high) == (58, 100)
    assert reconciled(ledger, about="Aleppo") == []
    assert reconciled(ledger, conflicts_only=True) == [incident]
    assert incident.to_dict()["sources"][0]["stated"] == 86


def test_periods_from_the_nlp_are_kept(ledger: Ledger, make_article: ArticleFactory) -> None:
    november = Period("in November", "2024-11-01", "2024-11-30")
    article = make_article(
        "Russian losses",
        [said("Britain's defense ministry", "over 45,000 casualties in November",
              toll("over 45,000", 45000, low=45000, counted="Russian soldiers",
                   outcome="killed_or_wounded", period=november))],
        published="2024-12-17",
    )  # fmt: skip
    ledger.write(lambda session: store_article(session, article))
    (quantity,) = reconciled(ledger)
    assert quantity.time_kind == "span" and quantity.when == "2024-11-01 – 2024-11-30"
    assert quantity.sources[0].source == "British Ministry of Defence"


def test_a_figure_takes_the_place_its_sentence_names() -> None:
    # Al Arabiya, 5 April 2017: the figure has no location, its sentence names the town
    (quantity,) = reconcile(
        [obs("Al Arabiya", "At least 72", 72, low=72, location=None,
             sentence="At least 72 people died in the town of Khan Sheikhoun.")]
    )  # fmt: skip
    assert quantity.place is not None and quantity.place.name == "Khān Shaykhūn"


def test_a_coarse_figure_joins_the_incident_of_its_kind() -> None:
    gas = "a suspected chemical attack on Khan Sheikhun"
    shelling = "Shelling of rebel bastion near Syrian capital kills 19"
    found = reconcile(
        [
            obs("A", "at least 58", 58, low=58, sentence=gas, published="2017-04-04"),
            obs("B", "19", 19, location="Damascus", sentence=shelling, published="2017-04-04"),
            # names only Syria, but speaks of a chemical attack: the Khan Sheikhun incident
            obs("WHO", "at least 70", 70, low=70, location="Syria",
                sentence="exposure to a nerve agent, the WHO said, putting the toll at 70"),
        ]
    )  # fmt: skip
    assert len(found) == 2
    gas_incident = next(q for q in found if q.place and q.place.name == "Khān Shaykhūn")
    assert {s.source for s in gas_incident.sources} == {"A", "WHO"}


def test_a_later_vague_figure_does_not_revise_a_number() -> None:
    (quantity,) = reconcile(
        [
            obs("Asharq Al-Awsat", "58", 58, published="2017-04-04"),
            obs("Asharq Al-Awsat", "dozens", None, published="2017-04-05"),
        ]
    )
    (claim,) = quantity.sources
    assert claim.text == "58" and not claim.revised and not claim.revised_down
    assert [h[1] for h in claim.history] == ["dozens"]


def test_repeating_a_figure_is_not_a_revision() -> None:
    (quantity,) = reconcile(
        [
            obs("Mounzer Khalil", "more than 50", 50, low=50, published="2017-04-04"),
            obs("Mounzer Khalil", "more than 50", 50, low=50, published="2017-04-05"),
        ]
    )
    assert quantity.sources[0].revisions == 0 and len(quantity.sources[0].history) == 1
