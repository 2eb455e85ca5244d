#!/usr/bin/env python3
"""Number, range, percentage and period parsing against public test suites.

    .venv/bin/python bench/number_specs.py           # pass rates, one line per suite
    .venv/bin/python bench/number_specs.py --list    # and every failing case

Suites (read in place from ../shared/data, MIT licences):

    NumberModel        Microsoft Recognizers-Text English numbers: each expected span
                       parsed by `numbers.parse_quantity` gives the expected value
    NumberRangeModel   the same for ranges and bounds ("more than 20" -> low 20); the
                       interval's open/closed ends are not compared (the spec has none)
    PercentModel       percentages: the value without its sign
    DatePeriodParser   `time.resolve_period` against the "past" resolution (news looks
                       back); an exclusive end date one day after ours counts as equal
    quantulum3         sentences: every expected value is among the numbers sayso's
                       number spotter (`spotting.number_phrases`) reads in the sentence

The cases sayso does not follow, and why, are in docs/figures.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SAYSO_SHARED", ROOT.parent / "shared")).resolve()
SPECS = SHARED / "data" / "recognizers-text-specs" / "Specs"
QUANTULUM = SHARED / "data" / "quantulum3-tests" / "quantities.json"

Case = tuple[str, bool, str]
"""(input, passed, what sayso gave)"""


def _load(path: Path) -> list[dict[str, object]]:
    data: list[dict[str, object]] = json.loads(path.read_text(encoding="utf-8-sig"))
    return data


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return abs(a - b) <= 1e-6 * max(1.0, abs(b))


def number_model() -> list[Case]:
    from sayso.nlp.numbers import parse_quantity

    out: list[Case] = []
    for case in _load(SPECS / "Number" / "English" / "NumberModel.json"):
        results = case["Results"]
        assert isinstance(results, list)
        for result in results:
            text = str(result["Text"])
            expected = float(result["Resolution"]["value"])
            quantity = parse_quantity(text)
            got = quantity.value if quantity is not None else None
            out.append((text, _close(got, expected), f"{got} (expected {expected:g})"))
    return out


_INTERVAL = re.compile(r"^([\[(])\s*([-\d.e+]*)\s*,\s*([-\d.e+]*)\s*([\])])$", re.I)


def number_range_model() -> list[Case]:
    from sayso.nlp.numbers import parse_quantity

    out: list[Case] = []
    for case in _load(SPECS / "Number" / "English" / "NumberRangeModel.json"):
        results = case["Results"]
        assert isinstance(results, list)
        for result in results:
            text = str(result["Text"])
            match = _INTERVAL.match(str(result["Resolution"]["value"]))
            if match is None:
                continue
            low = float(match.group(2)) if match.group(2) else None
            high = float(match.group(3)) if match.group(3) else None
            quantity = parse_quantity(text)
            got = (quantity.low, quantity.high) if quantity is not None else None
            if quantity is not None and low == high and quantity.low is quantity.high is None:
                got = (quantity.value, quantity.value)  # "equal to 20": an exact value
            ok = got is not None and _close(got[0], low) and _close(got[1], high)
            out.append((text, ok, f"{got} (expected {(low, high)})"))
    return out


def percent_model() -> list[Case]:
    from sayso.nlp.numbers import parse_quantity

    out: list[Case] = []
    for case in _load(SPECS / "Number" / "English" / "PercentModel.json"):
        results = case["Results"]
        assert isinstance(results, list)
        for result in results:
            text = str(result["Text"])
            raw = str(result["Resolution"]["value"]).rstrip("%")
            if not re.match(r"^-?[\d.]+$", raw):
                continue
            expected = float(raw)
            bare = re.sub(r"\s*(?:%|per\s*cents?|percent(?:age)?s?)\s*$", "", text, flags=re.I)
            quantity = parse_quantity(bare)
            got = quantity.value if quantity is not None else None
            out.append((text, _close(got, expected), f"{got} (expected {expected:g})"))
    return out


def date_period_parser() -> list[Case]:
    from sayso.nlp.time import resolve_period

    out: list[Case] = []
    for case in _load(SPECS / "DateTime" / "English" / "DatePeriodParser.json"):
        results = case["Results"]
        context = case.get("Context") or {}
        assert isinstance(results, list) and isinstance(context, dict)
        anchor = str(context.get("ReferenceDateTime", ""))[:10] or None
        for result in results:
            past = (result.get("Value") or {}).get("PastResolution") or {}
            if "startDate" not in past or "endDate" not in past:
                continue
            text = str(result["Text"])
            start, end = resolve_period(text, anchor)
            want_end = dt.date.fromisoformat(past["endDate"])
            ok = start == past["startDate"] and end in {
                past["endDate"],
                (want_end - dt.timedelta(days=1)).isoformat(),
            }
            out.append((text, ok, f"{(start, end)} (expected {past['startDate']}..{want_end})"))
    return out


def quantulum() -> list[Case]:
    import sayso
    from sayso.nlp.numbers import parse_quantity
    from sayso.nlp.spotting import number_phrases

    nlp = sayso.load_pipeline()
    cases = json.loads(QUANTULUM.read_text(encoding="utf-8"))
    out: list[Case] = []
    for case in cases:
        doc = nlp(case["req"])
        values: list[float] = []
        for sent in doc.sents:
            for _q, start, end in number_phrases(sent):
                quantity = parse_quantity(doc[start:end].text)
                if quantity is not None:
                    for v in (quantity.value, quantity.low, quantity.high):
                        if v is not None:
                            values.append(v)
        expected = [float(r["value"]) for r in case["res"]]
        # a range's midpoint ("3 to 4 L" -> 3.5) is quantulum's, not a number in the text
        ranged = [r for r in case["res"] if "uncertainty" in r]
        found = [any(_close(v, e) for v in values) for e in expected]
        ok = all(f or r in ranged for f, r in zip(found, case["res"], strict=True))
        out.append((case["req"], ok, f"{values} (expected {expected})"))
    return out


SUITES: dict[str, Callable[[], list[Case]]] = {
    "NumberModel": number_model,
    "NumberRangeModel": number_range_model,
    "PercentModel": percent_model,
    "DatePeriodParser": date_period_parser,
    "quantulum3": quantulum,
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="print every failing case")
    parser.add_argument("suites", nargs="*", default=list(SUITES))
    args = parser.parse_args()
    if not SPECS.is_dir():
        print(f"number_specs: {SPECS} is missing; set SAYSO_SHARED", file=sys.stderr)
        return 2
    for name in args.suites:
        cases = SUITES[name]()
        passed = sum(ok for _, ok, _ in cases)
        print(f"{name:<18} {passed:>4}/{len(cases):<4} {passed / max(1, len(cases)):.3f}")
        if args.list:
            for text, ok, got in cases:
                if not ok:
                    print(f"    FAIL {text!r}: {got}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
