"""Command-line inputs to named byte sources: paths, directories, stdin, URLs, containers.

`iter_inputs(["a.txt", "pages/", "-", "https://...", "feed.rss", "news.warc.gz",
"fakes.csv"], settings)` yields one `RawInput` per page, in the order given: a file
as it is, a directory walked recursively (sorted) for the suffixes below, a URL
fetched (a feed at a URL read as a feed), and a container (a feed, a web archive, a
CSV/JSONL table) read record by record. Whatever cannot be read becomes an
`InputError` in the stream, so that a batch reports it and goes on.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from ..config import Settings
from ..errors import InputError, InputNotFound
from .feeds import FEED_SUFFIXES, SeenEntries, iter_feed, looks_like_feed
from .fetch import FEED_TYPES, PAGE_TYPES, fetch, is_url
from .raw import RawInput
from .tables import TABLE_SUFFIXES, iter_table
from .warc import WARC_SUFFIXES, iter_warc

__all__ = ["CONTAINER_SUFFIXES", "PAGE_SUFFIXES", "RawInput", "iter_inputs"]

PAGE_SUFFIXES = (".txt", ".html", ".htm", ".txt.gz", ".html.gz", ".htm.gz")
"""Suffixes of single pages that a directory walk picks up."""
CONTAINER_SUFFIXES = (
    *(s + z for s in (*TABLE_SUFFIXES, *FEED_SUFFIXES[:3]) for z in ("", ".gz")),
    *WARC_SUFFIXES,
)
"""Suffixes of containers that a directory walk picks up (`.xml` only when named)."""


def _kind(path: Path) -> str:
    name = path.name.lower()
    if name.endswith(WARC_SUFFIXES):
        return "warc"
    bare = name.removesuffix(".gz")
    if bare.endswith(TABLE_SUFFIXES):
        return "table"
    if bare.endswith(FEED_SUFFIXES):
        return "feed"
    return "page"


def _read_path(
    path: Path, settings: Settings, seen: SeenEntries
) -> Iterator[RawInput | InputError]:
    kind = _kind(path)
    if kind == "warc":
        yield from iter_warc(path, settings)
    elif kind == "table":
        yield from iter_table(path, settings)
    elif kind == "feed":
        from .decode import read_input  # the size cap and gunzip of single files

        try:
            data = read_input(RawInput(str(path), path=path), settings.max_bytes)
        except InputError as error:
            yield error
            return
        yield from iter_feed(str(path), data, settings, seen)
    else:
        yield RawInput(str(path), path=path)


def _read_url(url: str, settings: Settings, seen: SeenEntries) -> Iterator[RawInput | InputError]:
    try:
        page = fetch(url, settings, accept=PAGE_TYPES + FEED_TYPES)
    except InputError as error:
        yield error
        return
    if page.content_type in FEED_TYPES or looks_like_feed(page.data):
        yield from iter_feed(url, page.data, settings, seen)
    else:
        yield RawInput(url, data=page.data, url=page.url, charset=page.charset)


def iter_inputs(
    args: Iterable[str], stdin: BinaryIO | None = None, settings: Settings | None = None
) -> Iterator[RawInput | InputError]:
    """Expand command-line arguments into inputs, in the order given."""
    settings = settings or Settings()
    seen = SeenEntries(settings.seen_file)
    for arg in args:
        if arg == "-":
            yield RawInput("-", stream=stdin if stdin is not None else sys.stdin.buffer)
            continue
        if is_url(arg):
            yield from _read_url(arg, settings, seen)
            continue
        path = Path(arg)
        if path.is_dir():
            found = False
            for child in sorted(path.rglob("*")):
                name = child.name.lower()
                if child.is_file() and name.endswith(PAGE_SUFFIXES + CONTAINER_SUFFIXES):
                    found = True
                    yield from _read_path(child, settings, seen)
            if not found:
                yield InputError(arg, f"directory holds no pages ({', '.join(PAGE_SUFFIXES)})")
        elif path.is_file():
            yield from _read_path(path, settings, seen)
        elif path.exists():
            yield InputError(arg, "not a regular file or directory")
        else:
            yield InputNotFound(arg, "no such file or directory; check the path")
