"""`RawInput`: one input before it is read, a file, stdin, or a record held in memory."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

__all__ = ["RawInput"]


@dataclass(frozen=True, slots=True)
class RawInput:
    """One input: a file, `-` for standard input, or a record held in memory.

    Readers of containers (a CSV of articles, a WARC archive, a feed) yield one
    `RawInput` per record with `data` set, and whatever the container knows about it
    (`url`, `title`, `published`, whether it is `html`) as hints for the page reader.
    """

    name: str
    path: Path | None = None
    stream: BinaryIO | None = None
    data: bytes | str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None
    html: bool | None = None
    charset: str | None = None
    """The charset a server declared for `data` (tried after UTF-8, before guessing)."""

    @property
    def suffix(self) -> str:
        """The page suffix without a trailing `.gz` (`.html` for `page.html.gz`)."""
        name = self.name.lower().removesuffix(".gz")
        return Path(name).suffix
