"""RSS and Atom feeds (feedparser): each entry's page is fetched and read.

An entry gives its link, title and date as hints to the page reader; an entry with no
link but with full content is read from the feed itself. Entries already seen (by id
or link) are skipped: within a run always, and across runs when `Settings.seen_file`
names a file that keeps their ids; an entry whose page could not be fetched is not
marked seen, so that the next run tries it again. A feed that does not parse gives one
error; a broken entry gives one error and the feed goes on.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import feedparser

from ..config import Settings
from ..errors import EmptyInput, InputError, MalformedInput
from .fetch import fetch, is_url
from .raw import RawInput

__all__ = ["FEED_SUFFIXES", "SeenEntries", "iter_feed", "looks_like_feed"]

FEED_SUFFIXES = (".rss", ".atom", ".rdf", ".xml")
_FEED_START = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)\b", re.S
)


def looks_like_feed(data: bytes) -> bool:
    """True for bytes that open an RSS, Atom or RDF document."""
    return bool(_FEED_START.match(data[:4096].lstrip(b"\xef\xbb\xbf")))


class SeenEntries:
    """Ids of feed entries already read: in memory, and in `path` when given."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path
        self._ids: set[str] = set()
        if path is not None and path.is_file():
            self._ids.update(
                line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line
            )

    def __contains__(self, entry_id: object) -> bool:
        return entry_id in self._ids

    def add(self, entry_id: str) -> None:
        """Remember an entry (and append it to the file, so a crash loses nothing)."""
        if entry_id in self._ids:
            return
        self._ids.add(entry_id)
        if self.path is not None:
            with self.path.open("a", encoding="utf-8") as fh:
                fh.write(entry_id.replace("\n", " ") + "\n")


def _date(entry: Any) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            try:
                return dt.datetime.fromtimestamp(calendar.timegm(value), dt.UTC).date().isoformat()
            except (OverflowError, ValueError, TypeError):
                continue
    return None


def _content(entry: Any) -> str | None:
    for item in entry.get("content") or []:
        value = item.get("value") if isinstance(item, dict) else None
        if value and value.strip():
            return str(value)
    return None


def iter_feed(
    name: str, data: bytes, settings: Settings, seen: SeenEntries
) -> Iterator[RawInput | InputError]:
    """One input per new entry of the feed held in `data` (fetched or read from `name`)."""
    parsed = feedparser.parse(data, sanitize_html=False, resolve_relative_uris=False)
    entries = list(parsed.get("entries") or [])
    if not entries:
        problem = parsed.get("bozo_exception")
        yield MalformedInput(
            name,
            "no entries in the feed"
            + (f" ({problem.__class__.__name__}: {problem})" if problem else "")
            + "; check that it is an RSS or Atom feed",
        )
        return
    for number, entry in enumerate(entries, 1):
        link = str(entry.get("link") or "").strip()
        entry_id = str(entry.get("id") or link or "").strip()
        title = str(entry.get("title") or "").strip() or None
        label = f"{name}#{number}"
        if entry_id and entry_id in seen:
            continue
        content = _content(entry)
        if link and is_url(link):
            try:
                page = fetch(link, settings)
            except InputError as error:
                yield error
                continue
            item: RawInput | InputError = RawInput(
                link,
                data=page.data,
                url=page.url,
                title=title,
                published=_date(entry),
                charset=page.charset,
            )
        elif content:
            item = RawInput(
                link or label, data=content, url=link or None, title=title, published=_date(entry)
            )
        else:
            item = EmptyInput(
                label,
                f"feed entry {title or number!r} has no link to fetch and no content; "
                "the feed is broken or truncated there",
            )
        if entry_id:
            seen.add(entry_id)
        yield item
