#!/usr/bin/env python3
"""FA-KES: does sayso's main death figure agree with the crowd's count?

    .venv/bin/python bench/fakes_agreement.py              # all 804 articles (a few minutes)
    .venv/bin/python bench/fakes_agreement.py --limit 100  # the first 100
    .venv/bin/python bench/fakes_agreement.py --show 20    # and 20 disagreements

FA-KES (Abu Salem et al., ICWSM 2019, CC BY 4.0; ../shared/data/fa-kes/fakes.csv) gives
one crowd-coded count per article for its main incident: nb_civilians + nb_noncivilians
killed. sayso's main death figure is the largest figure with outcome `killed` (or `executed`: the
crowd counts executions as deaths) and a value in the first claim that has one, headline
first, leaving out running totals of the war ("since 2011": a period that starts with
"since"). Agreement is exact equality; the script also reports agreement
within 10 % and how often either side has no count at all. Disagreements are errors on
either side: read them (`--show`) before blaming one.
"""

from __future__ import annotations

import argparse
import csv
import os
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SAYSO_SHARED", ROOT.parent / "shared")).resolve()
FAKES = SHARED / "data" / "fa-kes" / "fakes.csv"


def _rows() -> Iterator[dict[str, str]]:
    """The CSV decoded as the dev-set guidelines say: UTF-8, stray bytes as Latin-1."""
    raw = FAKES.read_bytes().decode("utf-8", errors="surrogateescape")
    text = raw.encode("utf-8", errors="surrogateescape").decode("utf-8", errors="replace")
    if "\ufffd" in text:
        text = "".join(
            ch if not ("\udc80" <= ch <= "\udcff") else chr(ord(ch) - 0xDC00) for ch in raw
        )
    yield from csv.DictReader(text.splitlines(keepends=True))


def _count(value: str) -> int:
    try:
        return int(float(value))
    except ValueError:
        return 0


_DEATHS = {"killed", "executed"}


def main_death_figure(article: object) -> tuple[float, str] | None:
    """(value, sentence) of an article's main death figure, or None: the largest death
    count of the first sentence that has one ("84 people including 17 children killed"
    gives 84, "2 medics among 31 dead" gives 31)."""
    for claim in getattr(article, "claims", []):
        found = [
            f
            for f in claim.figures
            if f.outcome in _DEATHS
            and f.value is not None
            and not f.unit
            and not (f.period is not None and f.period.text.lower().startswith("since"))
        ]
        if found:
            best = max(found, key=lambda f: f.value or 0)
            return best.value, f"{best.text} {best.counted or ''} :: {claim.sentence[:140]}"
    return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--show", type=int, default=0, help="print N disagreements")
    args = parser.parse_args()
    if not FAKES.is_file():
        print(f"fakes_agreement: {FAKES} is missing; set SAYSO_SHARED", file=sys.stderr)
        return 2
    from sayso.config import Settings
    from sayso.extract import extract_pages
    from sayso.read import read_page

    settings = Settings()
    rows = list(_rows())
    if args.limit:
        rows = rows[: args.limit]
    from sayso.errors import InputError

    pages = []
    kept = []
    for r in rows:
        try:
            text = f"{r['article_title']}\n\n{r['article_content']}"
            pages.append((r["unit_id"], read_page(text, r["unit_id"], settings)))
            kept.append(r)
        except InputError as error:
            print(f"skipped: {error}", file=sys.stderr)
    rows = kept
    exact = near = both_none = crowd_only = sayso_only = 0
    disagreements: list[str] = []
    for row, article in zip(rows, extract_pages(pages, settings), strict=True):
        crowd = _count(row["nb_civilians"]) + _count(row["nb_noncivilians"])
        found = main_death_figure(article)
        if found is None:
            if crowd == 0:
                both_none += 1
            else:
                crowd_only += 1
                disagreements.append(f"{row['unit_id']} crowd={crowd} sayso=none")
            continue
        value, where = found
        if crowd == 0:
            sayso_only += 1
            disagreements.append(f"{row['unit_id']} crowd=0 sayso={value:g}: {where}")
        elif value == crowd:
            exact += 1
        else:
            if abs(value - crowd) <= 0.1 * crowd:
                near += 1
            disagreements.append(f"{row['unit_id']} crowd={crowd} sayso={value:g}: {where}")
    total = len(rows)
    with_count = total - both_none - sayso_only
    print(f"articles {total}; with a crowd death count: {with_count}")
    print(
        f"exact agreement {exact}/{with_count} = {exact / max(1, with_count):.3f} of articles "
        f"with a crowd count; within 10 %: {(exact + near) / max(1, with_count):.3f}"
    )
    print(
        f"agreement overall (both none counted as agreeing) "
        f"{(exact + both_none) / max(1, total):.3f}; crowd count but no sayso figure "
        f"{crowd_only}; sayso figure but crowd 0: {sayso_only}"
    )
    for line in disagreements[: args.show]:
        print("  ", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
