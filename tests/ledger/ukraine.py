"""The Ukrainian General Staff's daily loss claims as structured claims (no NLP).

`../shared/data/ukraine-war-claims-series` (MIT; PetroIvaniuk/2022-Ukraine-Russia-War-
Dataset) holds the General Staff's cumulative claims of Russian losses, one row a day
since 25 February 2022, and Oryx's visually confirmed losses (a lower bound by
construction). Each daily report becomes an `Article` whose claims, all by the General
Staff, carry one cumulative figure per class ("since 24 February 2022"); Oryx's tank
count becomes one "at least" claim by Oryx.
"""

from __future__ import annotations

import json
from pathlib import Path

from sayso.records import Article, Claim, Figure, Period, Source

__all__ = ["GENERAL_STAFF", "SINCE", "daily_reports", "oryx_report"]

GENERAL_STAFF = "General Staff of the Armed Forces of Ukraine"
SINCE = Period("since 24 February 2022", "2022-02-24", None)
CLASSES = {"personnel": "Russian personnel", "tank": "Russian tanks", "APC": "Russian APCs",
           "aircraft": "Russian aircraft", "MRL": "Russian MRLs",
           "field artillery": "Russian artillery systems"}  # fmt: skip


def _claim(source: str, counted: str, text: str, figure: Figure) -> Claim:
    content = (
        f"Russian forces have lost {text} {counted.removeprefix('Russian ')} since 24 February 2022"
    )
    return Claim(
        source=Source(source, source, "organization"),
        cue="reported",
        style="indirect",
        content=content,
        start=0,
        end=len(content),
        sentence=content + ".",
        figures=[figure],
    )


def daily_reports(folder: Path) -> list[Article]:
    """One article per day: the General Staff's cumulative totals as of that day."""
    personnel = {
        r["date"]: r for r in json.loads((folder / "russia_losses_personnel.json").read_text())
    }
    equipment = {
        r["date"]: r for r in json.loads((folder / "russia_losses_equipment.json").read_text())
    }
    articles = []
    for day in sorted(personnel):
        claims = []
        for key, counted in CLASSES.items():
            row = personnel[day] if key == "personnel" else equipment.get(day, {})
            value = row.get(key)
            if not isinstance(value, int):
                continue
            qualifier = row.get(f"{key}*") if key == "personnel" else None
            words = {"about": "about ", "more": "more than "}.get(qualifier or "", "")
            text = f"{words}{value:,}"
            figure = Figure(
                text=text,
                value=float(value),
                low=float(value) if qualifier == "more" else None,
                approximate=qualifier == "about",
                counted=counted,
                outcome="killed" if key == "personnel" else "lost",
                period=SINCE,
            )
            claims.append(_claim(GENERAL_STAFF, counted, text, figure))
        body = " ".join(c.sentence for c in claims)
        articles.append(
            Article(
                input=f"general-staff/{day}",
                text=body,
                title=f"Losses of the Russian army as of {day}",
                published=day,
                publisher=GENERAL_STAFF,
                claims=claims,
            )
        )
    return articles


def oryx_report(folder: Path, day: str) -> Article:
    """Oryx's visually confirmed Russian tank losses: at least this many."""
    rows = json.loads((folder / "russia_losses_equipment_oryx.json").read_text())
    tanks = sum(r["losses_total"] for r in rows if r["equipment_oryx"] == "Tanks")
    text = f"at least {tanks:,}"
    figure = Figure(
        text=text,
        value=float(tanks),
        low=float(tanks),
        counted="Russian tanks",
        outcome="lost",
        period=SINCE,
    )
    claim = _claim("Oryx", "Russian tanks", text, figure)
    return Article(
        input="oryx/tanks",
        text=claim.sentence,
        title="Visually confirmed Russian tank losses",
        published=day,
        publisher="Oryx",
        claims=[claim],
    )
