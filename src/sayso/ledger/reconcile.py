"""Reconciliation: figures grouped into quantities, and low/best/high across sources.

The rules, with their reasons, are in `docs/reconciliation.md`; in short:

1. **Quantity.** A figure measures a quantity: a counted group (normalised: `civilian`,
   `civilians` and `other civilians` are one group; `people`, `persons`, `others` and a
   bare human toll are `people`), an outcome, a rate (`per`), a unit, a place and a time.
   Figures with a different group, outcome, rate, unit or period are never merged.
2. **Time.** A figure whose period is a span ("in November") belongs to that span; a
   cumulative figure ("since February 2022") to its start, whatever the report date; an
   event figure ("on Tuesday", or no period) to a day: the resolved day, else the day
   the article was published. Event figures of the same group and outcome reported
   within `window_days` of each other, at compatible places, are one incident.
3. **Place.** A figure's place is the one it names; a figure that names none, or only
   a country, takes the town or region its sentence names, else the place of its
   article's story (the headline's town or region, else the one the lead names most),
   when that lies inside. A place GeoNames does not
   know is equal only to itself. Places are compatible when one holds the other (Syria
   holds Idlib holds Khan Sheikhun). A figure with a coarser place (or none) joins an
   incident only if it fits exactly one, or exactly one of the same kind of event (its
   sentence or headline says "gas", "air strike", "shelling"... as the incident's do),
   or exactly one at its own place, or, of those of its kind, the one reported by at
   least twice as many sources as any other; otherwise it stands alone rather than
   being guessed. An incident's kind of event is what at least half its figures' words
   name.
4. **Sources over time.** Each source's latest figure is its claim; its earlier figures
   are its history (a revision, never a conflict). A source's figures in one report are
   read together (the headline's "86" and the body's "at least 86").
5. **Intervals.** An exact figure is a point; "at least/more than N" is [N, ∞); "up to/
   nearly N" is [0, N]; "between A and B" is [A, B]; "about N" is N ± 10% (± 1% for a
   number with more than two significant digits); "dozens", "hundreds"... are floors
   at the least their words allow (24, 200...).
6. **Low/best/high.** When the sources' intervals share a value, low = the highest
   floor (so "at least 3,000" raises only the low), high = the lowest ceiling (none when
   no source bounds it), best = the lowest estimate (not a bound) inside [low, high]
   (ACLED's conservative choice), else the low. When they share none, the quantity is
   flagged as a conflict and the clashing pairs are named; low and high are then the
   lowest and highest numbers stated (UCDP's range across sources), best the median of
   the numbers the sources state (the lower of the middle two), vague amounts aside.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import math
import re
import statistics
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from .geo import (
    COUNTRY,
    Place,
    compatible,
    contains,
    resolve_place,
    sentence_place,
    unknown_place,
)

__all__ = [
    "HUMAN_OUTCOMES",
    "Interval",
    "Observation",
    "Quantity",
    "SourceFigure",
    "counted_key",
    "interval_of",
    "reconcile",
]

HUMAN_OUTCOMES = frozenset(
    {"killed", "wounded", "killed_or_wounded", "captured", "missing", "displaced", "arrested",
     "suicide", "executed"}
)  # fmt: skip
"""Outcomes that only people have: a toll with no counted group counts `people`."""

_PEOPLE = {"people", "persons", "person", "others", "individuals", "lives", "victims", "human"}
_IRREGULAR = {"child": "children", "man": "men", "woman": "women", "person": "people"}
_INVARIANT = {"children", "men", "women", "people",
              "personnel", "aircraft", "spacecraft", "staff", "police", "military", "equipment",
              "artillery", "infantry", "cavalry", "clergy", "youth", "media", "livestock",
              "cattle", "sheep", "fish", "deer", "ammunition", "armour", "armor"}  # fmt: skip
_VAGUE_FLOORS = (
    (re.compile(r"\bhundreds of thousands\b", re.I), 200_000.0),
    (re.compile(r"\btens of thousands\b", re.I), 20_000.0),
    (re.compile(r"\bmillions\b", re.I), 2_000_000.0),
    (re.compile(r"\bthousands\b", re.I), 2_000.0),
    (re.compile(r"\bhundreds\b", re.I), 200.0),
    (re.compile(r"\bscores\b", re.I), 40.0),
    (re.compile(r"\bdozens\b", re.I), 24.0),
    (re.compile(r"\b(?:several|a few|some|a number of)\b", re.I), 2.0),
)
"""The least each vague amount can mean: a plural of a dozen is at least two dozen."""

TimeKind = Literal["event", "span", "since"]


def counted_key(counted: str | None, outcome: str | None) -> str | None:
    """The counted group in one form: `Civilians`, `civilian`, `other civilians` give
    `civilians`; `persons`, `others` and a bare human toll give `people`."""
    if not counted:
        return "people" if outcome in HUMAN_OUTCOMES else None
    text = counted.lower().replace(" - ", "-").replace("’", "'")
    words = [w for w in re.split(r"\s+", text) if w]
    while words and words[0] in {"other", "more", "the", "of", "further", "additional"}:
        words = words[1:]
    if not words or " ".join(words) in _PEOPLE or words == ["other", "people"]:
        return "people"
    last = words[-1]
    if last in _IRREGULAR:
        last = _IRREGULAR[last]
    elif (
        not last.endswith(("s", "ese", "ish"))
        and last not in _INVARIANT
        and last.isalpha()
        and len(last) > 2
    ):
        last += "s"
    words[-1] = last
    return " ".join(words)


@dataclass(frozen=True, slots=True)
class Interval:
    """What a figure allows: [low, high] (high may be infinite) and the number it states."""

    low: float
    high: float
    stated: float
    vague: bool = False
    point: bool = False
    """An estimate (`86`, `about 70`) rather than a bound (`at least 58`) or a vague amount."""

    def text(self) -> str:
        if self.low == self.high:
            return _num(self.low)
        if math.isinf(self.high):
            return f"≥{_num(self.low)}"
        if self.low == 0:
            return f"≤{_num(self.high)}"
        return f"{_num(self.low)}–{_num(self.high)}"


def _num(value: float | None) -> str:
    if value is None or math.isinf(value):
        return ""
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"


def _tolerance(value: float) -> float:
    digits = len(re.sub(r"0+$", "", str(int(abs(value))))) if value >= 1 else 3
    return abs(value) * (0.1 if digits <= 2 else 0.01)


def interval_of(
    value: float | None, low: float | None, high: float | None, approximate: bool, text: str
) -> Interval | None:
    """The interval a figure states (rules in the module docstring); None when it
    states no amount at all."""
    if low is not None and high is not None and low != high:
        return Interval(min(low, high), max(low, high), value if value is not None else low)
    if low is not None and (value is None or value == low) and high is None:
        return Interval(low, math.inf, low)
    if high is not None and low is None:
        return Interval(0.0, high, high)
    if value is not None:
        if approximate:
            tol = _tolerance(value)
            return Interval(max(0.0, value - tol), value + tol, value, point=True)
        return Interval(value, value, value, point=True)
    for pattern, floor in _VAGUE_FLOORS:
        if pattern.search(text):
            return Interval(floor, math.inf, floor, vague=True)
    return None


@dataclass(frozen=True, slots=True)
class Observation:
    """One stored figure with what reconciliation needs about its claim and article."""

    figure_id: int
    article_id: str
    source_key: str
    """Who asserts it: `s12` (a ledger source), `outlet:reuters` (the reporter's own
    voice: the outlet), `anon:<article>:<words>` (an unnamed source of one article)."""
    source: str
    text: str
    value: float | None
    low: float | None
    high: float | None
    approximate: bool
    counted: str | None
    outcome: str | None
    per: str | None = None
    unit: str | None = None
    location: str | None = None
    period_text: str | None = None
    period_start: str | None = None
    period_end: str | None = None
    published: dt.date | None = None
    order: tuple[Any, ...] = ()
    """Arrival order (ingest time, claim and figure position): breaks ties of date."""
    title: str | None = None
    sentence: str | None = None
    article_place: Place | None = None
    """Where the article's story happens (`geo.article_place`): the place of a figure that
    names none, or only the country."""


@dataclass(slots=True)
class SourceFigure:
    """One source's claim on a quantity: its latest figure, and its earlier ones."""

    source: str
    source_key: str
    text: str
    interval: Interval
    as_of: dt.date | None
    article_id: str
    figure_ids: list[int]
    history: list[tuple[dt.date | None, str, float]] = field(default_factory=list)
    """The source's other reports: (date, words, number), oldest first."""
    timeline: list[tuple[dt.date | None, float]] = field(default_factory=list)
    """Every report's number that is not vague, in order: what revisions are counted on."""

    @property
    def revisions(self) -> int:
        """How many times the source's number changed (repeats are not revisions)."""
        return sum(1 for (_, a), (_, b) in itertools.pairwise(self.timeline) if a != b)

    @property
    def revised(self) -> bool:
        return self.revisions > 0

    @property
    def revised_down(self) -> bool:
        """A later figure lower than an earlier one: a restated (corrected) total."""
        return bool(self.restatements())

    def restatements(self) -> list[tuple[dt.date | None, float, float]]:
        """Each time the source's number went down: (date, before, after). For a
        cumulative total, that is the source correcting itself."""
        steps = self.timeline
        return [(day, a, b) for (_, a), (day, b) in itertools.pairwise(steps) if b < a]

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "source_key": self.source_key,
            "text": self.text,
            "low": _json_num(self.interval.low),
            "high": _json_num(self.interval.high),
            "stated": _json_num(self.interval.stated),
            "as_of": self.as_of.isoformat() if self.as_of else None,
            "article_id": self.article_id,
            "revisions": self.revisions,
            "revised_down": self.revised_down,
            "history": [
                {"as_of": d.isoformat() if d else None, "text": t, "stated": _json_num(n)}
                for d, t, n in self.history
            ],
        }


def _json_num(value: float | None) -> float | int | None:
    if value is None or math.isinf(value):
        return None
    return int(value) if float(value).is_integer() else value


@dataclass(slots=True)
class Quantity:
    """A reconciled quantity: who says what about it, and the range across sources."""

    id: str
    counted: str | None
    outcome: str | None
    per: str | None
    unit: str | None
    place: Place | None
    time_kind: TimeKind
    start: dt.date | None
    end: dt.date | None
    sources: list[SourceFigure]
    low: float | None
    best: float | None
    high: float | None
    conflict: bool
    conflicts: list[str]
    observations: list[Observation] = field(repr=False, default_factory=list)

    @property
    def label(self) -> str:
        """`people killed · Idlib · 2017-04-04`."""
        what = " ".join(
            p for p in (self.counted, self.outcome and self.outcome.replace("_", " ")) if p
        )
        if self.per:
            what += f" per {self.per}"
        if self.unit:
            what += f" ({self.unit})"
        parts = [what or "(uncounted)"]
        if self.place is not None:
            parts.append(self.place.name)
        parts.append(self.when)
        return " · ".join(p for p in parts if p)

    @property
    def when(self) -> str:
        def day(d: dt.date | None) -> str:
            return d.isoformat() if d else "?"

        if self.time_kind == "since":
            return f"since {self.start.isoformat()}" if self.start else "to date (undated start)"
        if self.start == self.end:
            return day(self.start) if self.start else ""
        return f"{day(self.start)} – {day(self.end)}"

    def matches(self, about: str) -> bool:
        """True when `about` (case-insensitive) is in the label, a figure's words, place,
        sentence or article title."""
        needle = about.casefold()
        hay = [self.label, *(s.source for s in self.sources)]
        for obs in self.observations:
            hay += [
                obs.text,
                obs.location or "",
                obs.sentence or "",
                obs.title or "",
                obs.counted or "",
            ]
        return any(needle in h.casefold() for h in hay)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "quantity": self.label,
            "counted": self.counted,
            "outcome": self.outcome,
            "per": self.per,
            "unit": self.unit,
            "place": self.place.name if self.place else None,
            "place_key": self.place.key if self.place else None,
            "time": self.time_kind,
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
            "low": _json_num(self.low),
            "best": _json_num(self.best),
            "high": _json_num(self.high),
            "conflict": self.conflict,
            "conflicts": list(self.conflicts),
            "sources": [s.to_dict() for s in self.sources],
        }


_EVENTS = {
    "chemical": "chemical", "gas": "chemical", "sarin": "chemical", "nerve": "chemical",
    "chlorine": "chemical", "toxic": "chemical", "poison": "chemical",
    "airstrike": "air strike", "airstrikes": "air strike", "strike": "air strike",
    "strikes": "air strike", "raid": "air strike", "raids": "air strike",
    "warplanes": "air strike", "jets": "air strike", "bombardment": "air strike",
    "shelling": "shelling", "shells": "shelling", "mortar": "shelling", "mortars": "shelling",
    "rocket": "shelling", "rockets": "shelling", "artillery": "shelling",
    "bomb": "bombing", "bombing": "bombing", "bomber": "bombing", "bombers": "bombing",
    "blast": "bombing", "explosion": "bombing", "suicide": "bombing",
    "barrel": "barrel bomb", "missile": "missile", "missiles": "missile",
    "clashes": "fighting", "fighting": "fighting", "battle": "fighting", "ambush": "fighting",
    "executed": "execution", "execution": "execution", "executions": "execution",
    "drowned": "drowning", "earthquake": "earthquake", "fire": "fire",
}  # fmt: skip
"""Words that say what kind of event a figure counts the toll of."""


def _events(*texts: str | None) -> frozenset[str]:
    words = re.findall(r"[a-z]+", " ".join(t for t in texts if t).lower())
    return frozenset(_EVENTS[w] for w in words if w in _EVENTS)


@dataclass(slots=True)
class _Prepared:
    obs: Observation
    counted: str | None
    place: Place | None
    kind: TimeKind
    start: dt.date | None
    end: dt.date | None
    interval: Interval | None
    events: frozenset[str] = frozenset()


def _plain(text: str) -> str:
    """Case and accents folded: "Khān Shaykhūn" matches "khan shaykhun"."""
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()


def _date(text: str | None) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return None


_WAR_TOTAL = re.compile(
    r"\bsince (?:the )?(?:start|beginning|outbreak|onset)\b"
    r"|\bsince (?:the |its |their )?(?:war|conflict|uprising|revolt|revolution|crisis|invasion)"
    r"|\b(?:war|conflict|uprising|revolt|rebellion|crisis|fighting|invasion)\s+"
    r"(?:began|erupted|broke out|started)"
    r"|\b(?:\w+|\d+)-year(?:-old)?\s+(?:civil\s+)?(?:war|conflict|uprising|revolt|rebellion|crisis)"
    r"|\bin (?:its|their) \w+ year\b|\btotal death toll\b"
    r"|\bsince (?:erupting|breaking out|it (?:began|erupted|started|broke out))\b"
    r"|\bsince (?:march |early |late )?(?:19|20)\d\d\b"
    r"|\b(?:war|conflict|uprising|crisis)\s+(?:has|had)\s+(?:left|killed|claimed|cost)\b",
    re.I,
)
"""A sentence that counts a war to date: its undated figures are cumulative totals."""


def _time_of(obs: Observation) -> tuple[TimeKind, dt.date | None, dt.date | None]:
    start, end = _date(obs.period_start), _date(obs.period_end)
    words = (obs.period_text or "").strip().lower()
    if start is not None and (end is None or words.startswith(("since", "from"))):
        return "since", start, None
    if start is not None and end is not None and end > start:
        return "span", start, end
    if start is not None:
        return "event", start, start
    if not words and not obs.per and obs.sentence and _WAR_TOTAL.search(obs.sentence):
        return "since", None, None
    return "event", obs.published, obs.published


def _place_of(obs: Observation) -> Place | None:
    own = resolve_place(obs.location)
    if obs.location and own is None:
        return unknown_place(obs.location)  # somewhere GeoNames does not know: not merged
    if own is None or own.level == COUNTRY:
        said = sentence_place(obs.sentence)
        if said is not None and said.level > COUNTRY and contains(own, said):
            return said
    story = obs.article_place
    if story is not None and (own is None or (own.level < story.level and contains(own, story))):
        return story
    return own


def _prepare(obs: Observation) -> _Prepared:
    place = _place_of(obs)
    kind, start, end = _time_of(obs)
    return _Prepared(
        obs,
        counted_key(obs.counted, obs.outcome),
        place,
        kind,
        start,
        end,
        interval_of(obs.value, obs.low, obs.high, obs.approximate, obs.text),
        _events(obs.title, obs.sentence),
    )


@dataclass(slots=True)
class _Incident:
    place: Place | None
    first: dt.date | None
    last: dt.date | None
    members: list[_Prepared]

    @property
    def events(self) -> set[str]:
        """The kinds of event at least half of its figures' sentences or headlines name."""
        counts: dict[str, int] = defaultdict(int)
        for member in self.members:
            for kind in member.events:
                counts[kind] += 1
        return {kind for kind, n in counts.items() if 2 * n >= len(self.members)}

    def fits(self, item: _Prepared, window: int) -> bool:
        if not compatible(self.place, item.place):
            return False
        if self.first is None or item.start is None:
            return self.first is None and item.start is None
        assert self.last is not None
        return (max(self.last, item.start) - min(self.first, item.start)).days <= window

    def add(self, item: _Prepared) -> None:
        self.members.append(item)
        if item.place is not None and (self.place is None or item.place.level > self.place.level):
            self.place = item.place
        if item.start is not None and self.first is not None and self.last is not None:
            self.first = min(self.first, item.start)
            self.last = max(self.last, item.start)


def _level(place: Place | None) -> int:
    return place.level if place is not None else 0


def _dominant(incidents: list[_Incident]) -> _Incident | None:
    """The incident reported by at least twice as many sources as any other, if one is."""
    if not incidents:
        return None
    ranked = sorted(incidents, key=lambda inc: -len({m.obs.source_key for m in inc.members}))
    sources = [len({m.obs.source_key for m in inc.members}) for inc in ranked]
    return ranked[0] if len(sources) == 1 or sources[0] >= 2 * sources[1] else None


def _incidents(items: list[_Prepared], window: int) -> list[_Incident]:
    """Event figures of one group and outcome, in incidents (finest places placed first)."""
    incidents: list[_Incident] = []
    ordered = sorted(items, key=lambda p: (-_level(p.place), p.start or dt.date.min, p.obs.order))
    for item in ordered:
        fits = [inc for inc in incidents if inc.fits(item, window)]
        same = [inc for inc in fits if inc.place == item.place]
        kin = [inc for inc in fits if inc.events & item.events]
        chosen = (
            fits[0] if len(fits) == 1
            else kin[0] if len(kin) == 1
            else same[0] if len(same) == 1
            else _dominant(kin)
        )  # fmt: skip
        if chosen is None:
            incidents.append(_Incident(item.place, item.start, item.start, [item]))
        else:
            chosen.add(item)
    return incidents


def _claims_of(members: Sequence[_Prepared]) -> list[SourceFigure]:
    by_source: dict[str, list[_Prepared]] = defaultdict(list)
    for item in members:
        if item.interval is not None:
            by_source[item.obs.source_key].append(item)
    claims: list[SourceFigure] = []
    for items in by_source.values():
        reports: dict[tuple[Any, ...], list[_Prepared]] = defaultdict(list)
        for item in items:
            reports[
                (item.obs.published or dt.date.min, item.obs.order[:1], item.obs.article_id)
            ].append(item)
        ordered = sorted(reports)
        combined = {key: _combine(reports[key]) for key in ordered}
        # the latest report that states a number; a later "dozens" does not revise "58"
        numeric = [key for key in ordered if not combined[key][0].vague]
        last = numeric[-1] if numeric else ordered[-1]
        history = [
            (reports[key][0].obs.published, combined[key][1], combined[key][0].stated)
            for key in ordered
            if key != last
        ]
        history.sort(key=lambda h: h[0] or dt.date.min)
        latest = reports[last]
        interval, text = combined[last]
        head = latest[0].obs
        claims.append(
            SourceFigure(
                source=head.source,
                source_key=head.source_key,
                text=text,
                interval=interval,
                as_of=head.published,
                article_id=head.article_id,
                figure_ids=[item.obs.figure_id for item in latest],
                history=history,
                timeline=[
                    (reports[key][0].obs.published, combined[key][0].stated)
                    for key in ordered
                    if not combined[key][0].vague
                ],
            )
        )
    claims.sort(key=lambda c: (c.as_of or dt.date.min, c.source))
    return claims


def _combine(items: Sequence[_Prepared]) -> tuple[Interval, str]:
    """One source's figures in one report: read together when they agree (the tightest
    interval), else the first in reading order."""
    ordered = sorted(items, key=lambda p: p.obs.order)
    intervals = [p.interval for p in ordered if p.interval is not None]
    low = max(i.low for i in intervals)
    high = min(i.high for i in intervals)
    if low <= high:
        exact = [i for i in intervals if i.low == low and i.high == high]
        stated = exact[0].stated if exact else max(i.stated for i in intervals)
        best = min(
            ordered,
            key=lambda p: (
                p.interval is None or p.interval.vague,
                p.interval is None or p.interval.low != low,
                p.interval is None or p.interval.high - p.interval.low,
            ),
        )
        combined = Interval(
            low,
            high,
            stated,
            vague=all(i.vague for i in intervals),
            point=exact[0].point if exact else any(i.point for i in intervals),
        )
        return combined, best.obs.text
    return intervals[0], ordered[0].obs.text


def _range(
    claims: Sequence[SourceFigure],
) -> tuple[float | None, float | None, float | None, bool, list[str]]:
    if not claims:
        return None, None, None, False, []
    intervals = [c.interval for c in claims]
    floor = max(i.low for i in intervals)
    ceiling = min(i.high for i in intervals)
    points = sorted(i.stated for i in intervals if i.point)
    numbers = sorted(i.stated for i in intervals if not i.vague) or sorted(
        i.stated for i in intervals
    )
    if floor <= ceiling:
        inside = [n for n in points if floor <= n <= ceiling]
        best = min(inside) if inside else (floor if floor > 0 else ceiling)
        high = None if math.isinf(ceiling) else ceiling
        low = floor if floor > 0 or any(i.low > 0 for i in intervals) else None
        return low, best, high, False, []
    clashes = [
        f"{a.source} {a.interval.text()} vs {b.source} {b.interval.text()}"
        for a in claims
        for b in claims
        if a is not b and a.interval.low > b.interval.high
    ]
    stated = sorted(i.stated for i in intervals)
    return stated[0], statistics.median_low(numbers), stated[-1], True, clashes


def _quantity(key: tuple[Any, ...], items: list[_Prepared], place: Place | None) -> Quantity:
    counted, outcome, per, unit, kind = key[:5]
    starts = [i.start for i in items if i.start is not None]
    ends = [i.end for i in items if i.end is not None]
    start = min(starts) if starts else None
    end = None if kind == "since" else (max(ends) if ends else None)
    claims = _claims_of(items)
    low, best, high, conflict, clashes = _range(claims)
    digest = hashlib.sha1(
        repr((counted, outcome, per, unit, kind, place.key if place else None, start)).encode()
    ).hexdigest()[:12]
    return Quantity(
        id=digest,
        counted=counted,
        outcome=outcome,
        per=per,
        unit=unit,
        place=place,
        time_kind=kind,
        start=start,
        end=end,
        sources=claims,
        low=low,
        best=best,
        high=high,
        conflict=conflict,
        conflicts=clashes,
        observations=[i.obs for i in items],
    )


def reconcile(observations: Iterable[Observation], window_days: int = 3) -> list[Quantity]:
    """Group figures into quantities and reconcile each (rules in the module docstring).

    Returns quantities with the most sources first, then the latest."""
    groups: dict[tuple[Any, ...], list[_Prepared]] = defaultdict(list)
    for obs in observations:
        if not (obs.counted or obs.outcome or obs.unit):
            continue  # a number that does not say what it counts is not a quantity
        item = _prepare(obs)
        base = (item.counted, obs.outcome, obs.per, obs.unit, item.kind)
        if item.kind == "event":
            groups[base].append(item)
        else:
            groups[(*base, item.start, item.end, item.place.key if item.place else None)].append(
                item
            )
    quantities: list[Quantity] = []
    for key, items in groups.items():
        if key[4] == "event":
            for incident in _incidents(items, window_days):
                quantities.append(_quantity(key, incident.members, incident.place))
        else:
            quantities.append(_quantity(key, items, items[0].place))
    quantities.sort(
        key=lambda q: (-len(q.sources), -(q.end or q.start or dt.date.min).toordinal(), q.label)
    )
    return quantities
