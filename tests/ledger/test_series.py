"""Cumulative totals and revisions: the Ukrainian General Staff's daily loss claims.

The series (../shared/data/ukraine-war-claims-series) is loaded as structured claims by
one source, not through the NLP. Every daily total is a later figure of the same source
about the same cumulative quantity ("since 24 February 2022"): a revision, never a
conflict; the days a total went down are the General Staff restating it (the dataset's
correction file lists them). Oryx's visually confirmed tank count is a floor.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
from pathlib import Path

import pytest

from sayso.ledger.ingest import store_article
from sayso.ledger.queries import reconciled
from sayso.ledger.reconcile import Observation, Quantity, reconcile
from sayso.ledger.store import Ledger
from sayso.records import Article
from tests.ledger.ukraine import daily_reports, oryx_report


@pytest.fixture(scope="module")
def series(shared_dir: Path) -> Path:
    return shared_dir / "data" / "ukraine-war-claims-series"


@pytest.fixture(scope="module")
def shared_dir() -> Path:
    from tests.conftest import SHARED

    folder = SHARED / "data" / "ukraine-war-claims-series"
    if not (folder / "russia_losses_personnel.json").is_file():
        pytest.skip(f"the Ukrainian series is absent ({folder}); set SAYSO_SHARED")
    return SHARED


@pytest.fixture(scope="module")
def reports(series: Path) -> list[Article]:
    return daily_reports(series)


def _observations(articles: list[Article]) -> list[Observation]:
    ids = itertools.count(1)
    out = []
    for n, article in enumerate(articles):
        for c, claim in enumerate(article.claims):
            for figure in claim.figures:
                assert claim.source is not None and figure.period is not None
                out.append(
                    Observation(
                        figure_id=next(ids),
                        article_id=article.id,
                        source_key=claim.source.name,
                        source=claim.source.name,
                        text=figure.text,
                        value=figure.value,
                        low=figure.low,
                        high=figure.high,
                        approximate=figure.approximate,
                        counted=figure.counted,
                        outcome=figure.outcome,
                        period_text=figure.period.text,
                        period_start=figure.period.start,
                        period_end=figure.period.end,
                        published=dt.date.fromisoformat(article.published or ""),
                        order=(n, c),
                        sentence=claim.sentence,
                    )
                )
    return out


def _by_counted(quantities: list[Quantity]) -> dict[str, Quantity]:
    return {q.counted or "": q for q in quantities}


def test_each_class_is_one_cumulative_quantity_with_its_history(
    reports: list[Article], series: Path
) -> None:
    quantities = _by_counted(reconcile(_observations(reports)))
    assert set(quantities) == {
        "russian personnel", "russian tanks", "russian apcs", "russian aircraft",
        "russian mrls", "russian artillery systems",
    }  # fmt: skip
    personnel = quantities["russian personnel"]
    assert personnel.time_kind == "since" and personnel.start == dt.date(2022, 2, 24)
    assert personnel.label == "russian personnel killed · since 2022-02-24"
    (claim,) = personnel.sources
    last = json.loads((series / "russia_losses_personnel.json").read_text())[-1]
    assert claim.as_of == dt.date.fromisoformat(last["date"])
    assert claim.interval.stated == last["personnel"] and claim.text == "about 1,456,610"
    assert len(claim.history) == len(reports) - 1
    assert not personnel.conflict and not claim.revised_down
    # "about 1,456,610": a precise number, so a narrow approximation (1%)
    assert personnel.low == pytest.approx(1456610 * 0.99) and personnel.best == 1456610


def test_downward_revisions_are_the_general_staffs_corrections(
    reports: list[Article], series: Path
) -> None:
    quantities = _by_counted(reconcile(_observations(reports)))
    apcs = quantities["russian apcs"].sources[0]
    assert not quantities["russian apcs"].conflict
    restated = apcs.restatements()
    assert (dt.date(2022, 10, 13), 5181, 5167) in restated
    equipment = json.loads((series / "russia_losses_equipment.json").read_text())
    drops = [
        (dt.date.fromisoformat(b["date"]), a["APC"], b["APC"])
        for a, b in itertools.pairwise(equipment)
        if isinstance(a.get("APC"), int) and isinstance(b.get("APC"), int) and b["APC"] < a["APC"]
    ]
    assert restated == drops
    corrections = json.loads((series / "russia_losses_equipment_correction.json").read_text())
    corrected_days = {dt.date.fromisoformat(c["date"]) for c in corrections if c["APC"] < 0}
    assert {day for day, _, _ in restated} <= corrected_days


def test_oryx_confirmed_losses_are_a_floor_under_the_claim(
    reports: list[Article], series: Path
) -> None:
    last_day = reports[-1].published or ""
    quantities = reconcile(_observations([*reports, oryx_report(series, last_day)]))
    tanks = _by_counted(quantities)["russian tanks"]
    by_source = {s.source: s for s in tanks.sources}
    assert set(by_source) == {"General Staff of the Armed Forces of Ukraine", "Oryx"}
    oryx = by_source["Oryx"].interval
    claimed = by_source["General Staff of the Armed Forces of Ukraine"].interval.stated
    assert oryx.low < claimed and not tanks.conflict
    assert (tanks.low, tanks.best, tanks.high) == (claimed, claimed, claimed)


def test_the_series_in_the_ledger(ledger: Ledger, reports: list[Article]) -> None:
    # the first day of each month and the correction days, through the database
    keep = [r for r in reports if (r.published or "").endswith("-01") or r.published in {
        "2022-10-12", "2022-10-13", "2023-05-27", "2023-05-28"}]  # fmt: skip
    for article in keep:
        ledger.write(lambda session, a=article: store_article(session, a))
    (tanks,) = reconciled(ledger, about="russian tanks")
    (claim,) = tanks.sources
    assert claim.source == "Ukrainian General Staff"
    assert claim.as_of == dt.date.fromisoformat(keep[-1].published or "")
    assert len(claim.history) == len(keep) - 1
    assert (dt.date(2023, 5, 28), 3799, 3797) in claim.restatements()
    (apcs,) = reconciled(ledger, about="russian apcs")
    assert (dt.date(2022, 10, 13), 5181, 5167) in apcs.sources[0].restatements()
    assert not any(q.conflict for q in reconciled(ledger))
