"""The SVG geometry of the quantity chart and the claims timeline."""

from __future__ import annotations

import datetime as dt
import math

from sayso.ledger.reconcile import Interval, Quantity, SourceFigure
from sayso.web.chart import log_ticks, nice_ticks, quantity_chart, timeline


def _figure(source: str, low: float, high: float, stated: float, day: int | None) -> SourceFigure:
    return SourceFigure(
        source=source,
        source_key=source,
        text=str(stated),
        interval=Interval(low, high, stated),
        as_of=dt.date(2017, 4, day) if day else None,
        article_id="a" * 16,
        figure_ids=[1],
    )


def _quantity(*sources: SourceFigure) -> Quantity:
    return Quantity(
        id="q", counted="people", outcome="killed", per=None, unit=None, place=None,
        time_kind="event", start=dt.date(2017, 4, 4), end=dt.date(2017, 4, 6),
        sources=list(sources), low=58, best=58, high=None, conflict=False, conflicts=[],
    )  # fmt: skip


def test_nice_ticks() -> None:
    assert nice_ticks(100) == [0, 20, 40, 60, 80, 100]
    assert nice_ticks(93)[-1] >= 93
    assert nice_ticks(0) == [0.0, 1.0]


def test_marks_bounds_and_open_tops() -> None:
    at_least = _figure("A", 58, math.inf, 58, 4)
    exact = _figure("B", 86, 86, 86, 5)
    undated = _figure("C", 0, 40, 40, None)
    exact.history.append((dt.date(2017, 4, 4), "70", 70))
    chart = quantity_chart(_quantity(at_least, exact, undated), {"A": "t0", "B": "t1", "C": "t2"})
    by_label = {m.label.split(":")[0] + (" old" if m.hollow else ""): m for m in chart.marks}
    assert set(by_label) == {"A", "B", "B old", "C"}
    a, b, c = by_label["A"], by_label["B"], by_label["C"]
    assert a.open_top and a.y_high == chart.top
    assert b.y_low == b.y_high == b.y and not b.open_top
    assert c.y_low == chart.bottom and c.y_high < c.y_low
    assert by_label["B old"].hollow and by_label["B old"].x < b.x
    assert chart.undated and chart.x_ticks[0].label == "undated"
    assert a.y > b.y, "58 is drawn below 86 (SVG y grows downwards)"
    assert chart.band is not None and chart.band[0] == chart.top
    assert all(chart.left <= m.x <= chart.right for m in chart.marks)


def test_timeline_counts_claims_per_month() -> None:
    days = [dt.date(2017, 1, 3), dt.date(2017, 1, 20), dt.date(2017, 4, 1), None]
    chart = timeline(days)
    assert [b.label for b in chart.bars] == [
        "2017-01: 2 claims", "2017-02: 0 claims", "2017-03: 0 claims", "2017-04: 1 claim",
    ]  # fmt: skip
    assert chart.undated == 1 and chart.peak == 2


def test_figures_far_apart_use_a_log_scale() -> None:
    small = _figure("A", 3, 3, 3, 4)
    huge = _figure("B", 320_000, math.inf, 320_000, 5)
    chart = quantity_chart(_quantity(small, huge), {"A": "t0", "B": "t1"})
    assert chart.log
    assert [t.label for t in chart.y_ticks] == ["1", "10", "100", "1,000", "10k", "100k", "1M"]
    a, b = chart.marks
    assert chart.bottom > a.y > b.y > chart.top
    assert b.open_top
    assert log_ticks(5, 50) == [1.0, 10.0, 100.0]
    close = quantity_chart(_quantity(_figure("A", 40, 40, 40, 4), _figure("B", 86, 86, 86, 5)), {})
    assert not close.log
