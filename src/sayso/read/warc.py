"""Web archives (WARC, WARC.gz; the format of Common Crawl's CC-NEWS): one input per page.

Only `response` records whose HTTP content type is HTML become inputs: request,
metadata and revisit records, redirects, errors and images are skipped. warcio reads
gzipped and plain archives alike; an archive that breaks off (a truncated download)
gives one `MalformedInput` saying how many pages were read before the break, and the
batch goes on.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from ..config import Settings
from ..errors import InputError, InputTooLarge, MalformedInput
from .raw import RawInput

__all__ = ["WARC_SUFFIXES", "iter_warc"]

WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
_HTML_TYPES = ("text/html", "application/xhtml+xml")


def iter_warc(path: Path, settings: Settings) -> Iterator[RawInput | InputError]:
    """One `RawInput` per HTML response in the archive, in archive order."""
    pages = 0
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            archive = ArchiveIterator(fh, arc2warc=True)
            for record in archive:
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                status = record.http_headers.get_statuscode()
                content_type = (record.http_headers.get_header("Content-Type") or "").lower()
                if not status.startswith("2") or not content_type.startswith(_HTML_TYPES):
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                name = f"{path}#{url or pages + 1}"
                data = record.content_stream().read(settings.max_bytes + 1)
                left: int = getattr(record.raw_stream, "limit", 0)
                if len(data) <= settings.max_bytes and left > 0:
                    raise EOFError("the last record breaks off")  # fewer bytes than announced
                pages += 1
                if len(data) > settings.max_bytes:
                    yield InputTooLarge(name, "the archived page is larger than --max-bytes")
                    continue
                charset = None
                if "charset=" in content_type:
                    charset = content_type.split("charset=")[-1].split(";")[0].strip(" \"'")
                yield RawInput(name, data=data, url=url, html=True, charset=charset or None)
            if getattr(archive, "offset", size) < size:
                raise EOFError("a gzip member breaks off")  # warcio stops there silently
    except (ArchiveLoadFailed, EOFError, OSError, zlib.error, ValueError) as exc:
        yield MalformedInput(
            str(path),
            f"the archive is truncated or corrupt after {pages} page(s) ({exc}); "
            "re-download it; the pages before the break were read",
        )
