"""CSV and JSONL files of articles: one `RawInput` per row.

Each row carries the article as `html` or `text`, plus optional `url`, `title` and
`published`. The columns are named by `Settings.text_field` / `Settings.html_field`
(`--text-field`, `--html-field`) or found among the usual names, so that common
datasets read without flags: FA-KES (`article_content`, `article_title`, `date`,
`unit_id`) reads as it is. A row without text gives one `InputError` and the file goes
on; a file that is not CSV or JSON Lines at all gives one error for the file.
"""

from __future__ import annotations

import csv
import datetime as dt
import gzip
import io
import json
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import IO

import dateparser

from ..config import Settings
from ..errors import EmptyInput, InputError, MalformedInput
from .raw import RawInput

__all__ = ["TABLE_SUFFIXES", "iter_table", "parse_date"]

TABLE_SUFFIXES = (".csv", ".tsv", ".jsonl", ".ndjson")
"""Suffixes read as tables of articles (optionally gzipped)."""

_JSON_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
HTML_FIELDS = ("html", "raw_html", "content_html", "page", "article_html")
TEXT_FIELDS = (
    "text", "article_content", "content", "body", "article_text", "articlebody", "article",
    "maintext", "story",
)  # fmt: skip
TITLE_FIELDS = ("title", "article_title", "headline", "name")
URL_FIELDS = ("url", "link", "article_url", "source_url", "canonical_url")
DATE_FIELDS = (
    "published", "date", "published_at", "publish_date", "pubdate", "date_published",
    "datepublished", "timestamp",
)  # fmt: skip
ID_FIELDS = ("id", "unit_id", "guid", "article_id", "uid")


def _open_text(path: Path) -> IO[str]:
    with path.open("rb") as probe:
        gzipped = probe.read(2) == b"\x1f\x8b"
    stream = gzip.open(path, "rb") if gzipped else path.open("rb")  # noqa: SIM115 (returned)
    return io.TextIOWrapper(stream, encoding="utf-8", errors="replace", newline="")


def _pick(row: Mapping[str, object], chosen: str | None, names: tuple[str, ...]) -> str | None:
    """The column named `chosen`, or the first of the usual `names` (any case)."""
    if chosen is not None:
        return chosen if chosen in row else None
    lower = {key.lower(): key for key in row if isinstance(key, str)}
    for name in names:
        if name in lower:
            return lower[name]
    return None


def _value(row: Mapping[str, object], key: str | None) -> str | None:
    if key is None:
        return None
    value = row.get(key)
    if value is None:
        return None
    text = value if isinstance(value, str) else str(value)
    return text if text.strip() else None


def parse_date(value: str | None) -> str | None:
    """An ISO date (`2017-04-05`) from a table's date (`4/5/17`, `2017-04-05T10:00Z`...).

    Slashed dates are read month first, as in US-made datasets such as FA-KES; a date
    that does not parse is dropped rather than guessed.
    """
    if not value or not value.strip():
        return None
    text = value.strip()
    try:  # the common case, fast: ISO 8601
        day = dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        parsed = dateparser.parse(
            text,
            languages=["en"],
            settings={"DATE_ORDER": "MDY", "RETURN_AS_TIMEZONE_AWARE": False},
        )
        if parsed is None:
            return None
        day = parsed.date()
    if day > dt.date.today() + dt.timedelta(days=1):
        return None  # a date in the future is a typo or a placeholder, not a publication
    return day.isoformat()


def _rows(path: Path, fh: IO[str]) -> Iterator[Mapping[str, object] | InputError]:
    suffix = path.name.lower().removesuffix(".gz")
    if suffix.endswith(_JSON_SUFFIXES):
        for number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                yield MalformedInput(
                    f"{path}:{number}", f"not a JSON object ({exc.msg}); fix or remove the line"
                )
                continue
            if not isinstance(record, dict):
                yield MalformedInput(f"{path}:{number}", "a JSON line that is not an object")
                continue
            yield record
    else:
        csv.field_size_limit(sys.maxsize)
        dialect = "excel-tab" if suffix.endswith(".tsv") else "excel"
        yield from csv.DictReader(fh, dialect=dialect)


def iter_table(path: Path, settings: Settings) -> Iterator[RawInput | InputError]:
    """One `RawInput` per row of a CSV/TSV/JSONL file (gzipped or not)."""
    try:
        fh = _open_text(path)
    except OSError as exc:
        yield MalformedInput(str(path), f"cannot open ({exc.strerror or exc})")
        return
    columns_checked = False
    number = 0
    try:
        with fh:
            for row in _rows(path, fh):
                if isinstance(row, InputError):
                    yield row
                    continue
                number += 1
                keys = _keys(row, settings)
                if not columns_checked and not path.name.lower().endswith(_JSON_SUFFIXES):
                    columns_checked = True  # a CSV's columns are the same on every row
                    if keys["html"] is None and keys["text"] is None:
                        wanted = settings.text_field or settings.html_field
                        columns = ", ".join(str(k) for k in list(row)[:12])
                        yield MalformedInput(
                            str(path),
                            (f"no column {wanted!r}" if wanted else "no text or html column")
                            + f" (columns: {columns}); name it with --text-field or --html-field",
                        )
                        return
                yield _record(path, number, row, keys)
    except (OSError, EOFError, csv.Error, UnicodeError) as exc:
        yield MalformedInput(
            str(path), f"the file breaks off or is not a table after row {number} ({exc})"
        )


def _keys(row: Mapping[str, object], settings: Settings) -> dict[str, str | None]:
    """Which key of the row holds what: the chosen fields, or the usual names."""
    only_text = settings.text_field is not None and settings.html_field is None
    only_html = settings.html_field is not None and settings.text_field is None
    return {
        "html": None if only_text else _pick(row, settings.html_field, HTML_FIELDS),
        "text": None if only_html else _pick(row, settings.text_field, TEXT_FIELDS),
        "title": _pick(row, None, TITLE_FIELDS),
        "url": _pick(row, None, URL_FIELDS),
        "published": _pick(row, None, DATE_FIELDS),
        "id": _pick(row, None, ID_FIELDS),
    }


def _record(
    path: Path, number: int, row: Mapping[str, object], keys: Mapping[str, str | None]
) -> RawInput | InputError:
    ident = _value(row, keys["id"])
    name = f"{path}#{ident or number}"
    html = _value(row, keys["html"])
    text = html if html is not None else _value(row, keys["text"])
    if text is None:
        return EmptyInput(name, "the row has no article text; check --text-field/--html-field")
    return RawInput(
        name,
        data=text,
        url=_value(row, keys["url"]),
        title=_value(row, keys["title"]),
        published=parse_date(_value(row, keys["published"])),
        html=True if html is not None else None,
    )
