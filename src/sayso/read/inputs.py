"""Command-line inputs: paths, directories and stdin, turned into named byte sources.

`iter_inputs(["a.txt", "pages/", "-"])` yields one `RawInput` per readable file (a
directory is walked recursively, in sorted order, for the page suffixes below) or an
`InputError` for an argument that names nothing, so that a batch reports it and goes on.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from ..errors import InputError, InputNotFound

__all__ = ["PAGE_SUFFIXES", "RawInput", "iter_inputs"]

PAGE_SUFFIXES = (".txt", ".html", ".htm", ".txt.gz", ".html.gz", ".htm.gz")
"""Suffixes a directory walk picks up (a file named explicitly is read whatever its name)."""


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

    @property
    def suffix(self) -> str:
        """The page suffix without a trailing `.gz` (`.html` for `page.html.gz`)."""
        name = self.name.lower().removesuffix(".gz")
        return Path(name).suffix


def iter_inputs(
    args: Iterable[str], stdin: BinaryIO | None = None
) -> Iterator[RawInput | InputError]:
    """Expand command-line arguments into inputs, in the order given."""
    for arg in args:
        if arg == "-":
            yield RawInput("-", stream=stdin if stdin is not None else sys.stdin.buffer)
            continue
        path = Path(arg)
        if path.is_dir():
            found = False
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.name.lower().endswith(PAGE_SUFFIXES):
                    found = True
                    yield RawInput(str(child), path=child)
            if not found:
                yield InputError(arg, f"directory holds no pages ({', '.join(PAGE_SUFFIXES)})")
        elif path.is_file():
            yield RawInput(arg, path=path)
        elif path.exists():
            yield InputError(arg, "not a regular file or directory")
        else:
            yield InputNotFound(arg, "no such file or directory; check the path")
