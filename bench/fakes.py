"""FA-KES rows as sayso inputs: one `RawInput` per article, with its outlet and ISO date.

FA-KES (Abu Salem et al., ICWSM 2019; CC BY 4.0; ../shared/data/fa-kes/fakes.csv) holds
804 Syrian-war articles from 15 outlets. Its `date` column is M/D/YY; sayso wants ISO
dates (they anchor "on Tuesday" and the reconciliation's incident windows). The `source`
column is the outlet the copy came from: it becomes the article's `site`, so that the
reporter's own voice is attributed to the outlet.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable, Iterator
from pathlib import Path

from sayso.errors import InputError
from sayso.read import RawInput
from sayso.records import Article

__all__ = ["OUTLETS", "fakes_inputs", "iso_date", "with_outlets"]

OUTLETS = {
    "ahram": "Ahram Online", "manar": "Al-Manar", "alalam": "Al-Alam", "alaraby": "The New Arab",
    "dailysabah": "Daily Sabah", "sana": "SANA", "sputnik": "Sputnik", "etilaf": "Etilaf",
    "trt": "TRT World", "jordantimes": "Jordan Times", "reuters": "Reuters",
    "arabiya": "Al Arabiya", "nna": "NNA", "asharqalawsat": "Asharq Al-Awsat", "tass": "TASS",
}  # fmt: skip
"""FA-KES's outlet codes, as the outlets name themselves."""


def iso_date(text: str) -> str | None:
    """`4/5/17` (FA-KES's M/D/YY) as `2017-04-05`."""
    try:
        return dt.datetime.strptime(text.strip(), "%m/%d/%y").date().isoformat()
    except ValueError:
        return None


def fakes_inputs(path: Path, limit: int | None = None) -> tuple[list[RawInput], dict[str, str]]:
    """The inputs, and each input's outlet by input name."""
    with path.open(encoding="utf-8", errors="replace", newline="") as fh:
        rows = list(csv.DictReader(fh))[:limit]
    inputs = [
        RawInput(
            name=f"fakes.csv#{row['unit_id']}",
            data=row["article_content"],
            title=row["article_title"] or None,
            published=iso_date(row["date"]),
        )
        for row in rows
    ]
    outlets = {
        f"fakes.csv#{row['unit_id']}": OUTLETS.get(row["source"], row["source"]) for row in rows
    }
    return inputs, outlets


def with_outlets(
    results: Iterable[Article | InputError], outlets: dict[str, str]
) -> Iterator[Article | InputError]:
    """Set each article's `site` to its FA-KES outlet."""
    for result in results:
        if isinstance(result, Article):
            result.site = result.site or outlets.get(result.input)
        yield result
