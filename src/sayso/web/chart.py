"""Charts drawn on the server as SVG geometry: numbers only, the template writes the SVG.

`quantity_chart()` puts every source's figures for one quantity on a time axis: the
latest figure of each source as a filled dot with its bounds as an error bar (an open
upper bound, "at least 86", is an arrow to the top of the chart), its earlier figures as
hollow dots, and the reconciled low..high as a band with the best estimate dashed.
`timeline()` counts a source's claims per month. No JavaScript library is needed and
nothing is fetched: the page stays within its Content-Security-Policy.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..ledger.reconcile import Quantity

__all__ = [
    "LOG_RATIO",
    "Bar",
    "Chart",
    "Mark",
    "Tick",
    "Timeline",
    "log_ticks",
    "nice_ticks",
    "quantity_chart",
    "timeline",
]

WIDTH = 720
HEIGHT = 340
LEFT, RIGHT, TOP, BOTTOM = 64, 16, 16, 40
LOG_RATIO = 50
"""Figures spanning more than this factor (3 and 320,000) are drawn on a log scale."""


@dataclass(frozen=True, slots=True)
class Tick:
    at: float
    label: str


@dataclass(frozen=True, slots=True)
class Mark:
    """One figure on the chart."""

    x: float
    y: float
    y_low: float
    y_high: float
    open_top: bool
    """The figure has no upper bound ("at least N")."""
    tone: str
    hollow: bool
    """An earlier figure of the source (a revision), not its latest."""
    label: str


@dataclass(slots=True)
class Chart:
    width: int = WIDTH
    height: int = HEIGHT
    left: int = LEFT
    right: int = WIDTH - RIGHT
    top: int = TOP
    bottom: int = HEIGHT - BOTTOM
    x_ticks: list[Tick] = field(default_factory=list)
    y_ticks: list[Tick] = field(default_factory=list)
    marks: list[Mark] = field(default_factory=list)
    band: tuple[float, float] | None = None
    """The reconciled low..high as y positions (top, bottom)."""
    best: float | None = None
    """The best estimate as a y position."""
    undated: bool = False
    log: bool = False
    """The y axis is logarithmic (the figures span more than `LOG_RATIO`)."""


def log_ticks(low: float, high: float) -> list[float]:
    """Powers of ten from below `low` to above `high`: 1, 10, 100..."""
    first = 10 ** math.floor(math.log10(low))
    last = 10 ** math.ceil(math.log10(high))
    if last <= first:
        last = first * 10
    ticks = [float(first)]
    while ticks[-1] < last:
        ticks.append(ticks[-1] * 10)
    return ticks


def nice_ticks(high: float, count: int = 5) -> list[float]:
    """Round tick values from 0 to at least `high`: 0, 20, 40... or 0, 500, 1000..."""
    if high <= 0 or not math.isfinite(high):
        return [0.0, 1.0]
    raw = high / count
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    ticks = [0.0]
    while ticks[-1] < high:
        ticks.append(ticks[-1] + step)
    return ticks


def _number(value: float) -> str:
    if value >= 1_000_000 and value % 100_000 == 0:
        return f"{value / 1_000_000:g}M"
    if value >= 10_000 and value % 1000 == 0:
        return f"{value / 1000:g}k"
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"


def quantity_chart(quantity: Quantity, tones: dict[str, str]) -> Chart:
    """The chart of one quantity; `tones` maps a source key to its colour class."""
    chart = Chart()
    points: list[tuple[dt.date | None, float, float, float, str, bool, str, int]] = []
    for order, claim in enumerate(quantity.sources):
        tone = tones.get(claim.source_key, "t0")
        for day, words, number in claim.history:
            label = f"{claim.source}: {words} ({day.isoformat() if day else 'undated'}, earlier)"
            points.append((day, number, number, number, tone, True, label, order))
        interval = claim.interval
        day = claim.as_of
        label = f"{claim.source}: {claim.text} ({day.isoformat() if day else 'undated'})"
        points.append(
            (day, interval.stated, interval.low, interval.high, tone, False, label, order)
        )
    if not points:
        return chart
    finite = [v for p in points for v in (p[1], p[2], p[3]) if math.isfinite(v)]
    finite += [v for v in (quantity.low, quantity.best, quantity.high) if v is not None]
    positive = [v for v in finite if v > 0]
    peak = max(finite) if finite else 1.0
    chart.log = bool(positive) and peak / min(positive) > LOG_RATIO
    if chart.log:
        ticks = log_ticks(min(positive), peak)
        floor, top_value = ticks[0], ticks[-1]
        span_log = math.log10(top_value) - math.log10(floor)

        def share_of(value: float) -> float:
            if value <= floor:
                return 0.0
            return (math.log10(value) - math.log10(floor)) / span_log

    else:
        ticks = nice_ticks(peak * 1.08)
        top_value = ticks[-1]

        def share_of(value: float) -> float:
            return value / top_value

    def y_of(value: float) -> float:
        share = 1.0 if not math.isfinite(value) else min(max(share_of(value), 0.0), 1.0)
        return round(chart.bottom - share * (chart.bottom - chart.top), 1)

    chart.y_ticks = [Tick(y_of(v), _number(v)) for v in ticks]
    days = sorted({p[0] for p in points if p[0] is not None})
    chart.undated = any(p[0] is None for p in points)
    first = days[0] if days else None
    last = days[-1] if days else None
    span = (last - first).days if first and last else 0
    plot_left = chart.left + (48 if chart.undated else 24)
    plot_right = chart.right - 24

    def x_of(day: dt.date | None) -> float:
        if day is None or first is None:
            return float(chart.left + 20)
        if span == 0:
            return round((plot_left + plot_right) / 2, 1)
        return round(plot_left + (day - first).days / span * (plot_right - plot_left), 1)

    if first is not None and last is not None:
        labels = (
            [first] if span == 0 else [first + dt.timedelta(days=span * k / 4) for k in range(5)]
        )
        seen: set[str] = set()
        for day in labels:
            text = day.isoformat() if span < 400 else day.strftime("%Y-%m")
            if text not in seen:
                seen.add(text)
                chart.x_ticks.append(Tick(x_of(day), text))
    if chart.undated:
        chart.x_ticks.insert(0, Tick(x_of(None), "undated"))
    per_day = Counter(p[0] for p in points if not p[5])
    slot: Counter[dt.date | None] = Counter()
    sources = max(1, len(quantity.sources))
    for day, stated, low, high, tone, hollow, label, _order in points:
        shift = 0.0
        if per_day[day] > 1 and not hollow:
            shift = (slot[day] - (per_day[day] - 1) / 2) * min(14.0, 120.0 / sources)
            slot[day] += 1
        chart.marks.append(
            Mark(
                x=round(x_of(day) + shift, 1),
                y=y_of(stated),
                y_low=y_of(low),
                y_high=y_of(high),
                open_top=not math.isfinite(high),
                tone=tone,
                hollow=hollow,
                label=label,
            )
        )
    if quantity.low is not None or quantity.high is not None:
        low = quantity.low if quantity.low is not None else 0.0
        high = quantity.high if quantity.high is not None else math.inf
        chart.band = (y_of(high), y_of(low))
    if quantity.best is not None:
        chart.best = y_of(quantity.best)
    return chart


@dataclass(frozen=True, slots=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    label: str


@dataclass(slots=True)
class Timeline:
    width: int = WIDTH
    height: int = 140
    bars: list[Bar] = field(default_factory=list)
    x_ticks: list[Tick] = field(default_factory=list)
    peak: int = 0
    undated: int = 0


def timeline(days: Sequence[dt.date | None]) -> Timeline:
    """Claims per month, as bars from the first month to the last."""
    chart = Timeline()
    months = Counter((d.year, d.month) for d in days if d is not None)
    chart.undated = sum(1 for d in days if d is None)
    if not months:
        return chart
    first, last = min(months), max(months)
    keys: list[tuple[int, int]] = []
    year, month = first
    while (year, month) <= last:
        keys.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    chart.peak = max(months.values())
    left, right, top, bottom = 16, chart.width - 16, 12, chart.height - 28
    slot = (right - left) / len(keys)
    width = max(2.0, slot * 0.8)
    every = max(1, math.ceil(len(keys) / 8))
    for i, key in enumerate(keys):
        count = months.get(key, 0)
        height = (bottom - top) * count / chart.peak
        x = left + i * slot + (slot - width) / 2
        name = f"{key[0]}-{key[1]:02d}"
        plural = "claim" if count == 1 else "claims"
        chart.bars.append(
            Bar(round(x, 1), round(bottom - height, 1), round(width, 1), round(height, 1),
                f"{name}: {count} {plural}")
        )  # fmt: skip
        if i % every == 0:
            chart.x_ticks.append(Tick(round(x + width / 2, 1), name))
    return chart
