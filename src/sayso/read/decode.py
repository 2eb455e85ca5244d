"""Bytes to text, refusing what is not a page: too big, binary, empty, undecodable.

The order of the checks is the order of the costs: the size is known before reading,
compression and binary data show in the first bytes, the encoding needs the whole text.
"""

from __future__ import annotations

import gzip
import re
import zlib
from typing import BinaryIO

import charset_normalizer

from ..errors import BinaryInput, EmptyInput, InputTooLarge, MalformedInput, UndecodableInput
from .raw import RawInput

__all__ = ["DecodedText", "decode", "gunzip", "mend_replacements", "read_input"]

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"RIFF", "a RIFF file (WebP image, WAV audio...)"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x7fELF", "an executable"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ", "an xz archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"\x00\x00\x00", "binary data"),
)
_GZIP_MAGIC = b"\x1f\x8b"
_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def _mb(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB"


def _read_capped(stream: BinaryIO, limit: int, name: str) -> bytes:
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise InputTooLarge(
            name,
            f"larger than the {_mb(limit)} limit; split it, or raise the limit "
            "(--max-bytes, SAYSO_MAX_BYTES)",
        )
    return data


def read_input(item: RawInput, limit: int) -> bytes:
    """The input's bytes, decompressed when gzipped, refusing anything over `limit`."""
    if item.data is not None:
        data = item.data.encode("utf-8") if isinstance(item.data, str) else item.data
        if len(data) > limit:
            raise InputTooLarge(
                item.name, f"{_mb(len(data))} is larger than the {_mb(limit)} limit"
            )
    elif item.path is not None:
        try:
            size = item.path.stat().st_size
            if size > limit:
                raise InputTooLarge(
                    item.name,
                    f"{_mb(size)} is larger than the {_mb(limit)} limit; split it, or raise "
                    "the limit (--max-bytes, SAYSO_MAX_BYTES)",
                )
            with item.path.open("rb") as fh:
                data = _read_capped(fh, limit, item.name)
        except PermissionError:
            raise UndecodableInput(item.name, "permission denied; check the file's mode") from None
        except IsADirectoryError:
            raise MalformedInput(item.name, "is a directory") from None
    else:
        assert item.stream is not None
        data = _read_capped(item.stream, limit, item.name)
    if data.startswith(_GZIP_MAGIC):
        data = gunzip(data, limit, item.name)
    return data


def gunzip(data: bytes, limit: int, name: str) -> bytes:
    """Gunzip with a cap (a small gzip may expand to gigabytes) and a truncation check."""
    decompressor = zlib.decompressobj(wbits=zlib.MAX_WBITS | 16)
    try:
        out = decompressor.decompress(data, limit + 1)
    except zlib.error as exc:
        raise MalformedInput(name, f"corrupt gzip data ({exc}); re-download the file") from None
    if len(out) > limit or decompressor.unconsumed_tail:
        raise InputTooLarge(
            name,
            f"decompresses to more than the {_mb(limit)} limit; raise the limit "
            "(--max-bytes, SAYSO_MAX_BYTES)",
        )
    if not decompressor.eof:
        raise MalformedInput(name, "truncated gzip data (the file ends early); re-download it")
    if decompressor.unused_data.startswith(_GZIP_MAGIC):  # concatenated gzip members
        try:
            return out + gzip.decompress(decompressor.unused_data)[: limit - len(out) + 1]
        except (OSError, EOFError, zlib.error):
            raise MalformedInput(name, "truncated gzip data; re-download it") from None
    return out


class DecodedText(str):
    """Text decoded from bytes, remembering the encoding that was used."""

    encoding: str
    guessed: bool

    def __new__(cls, text: str, encoding: str, guessed: bool = False) -> DecodedText:
        obj = super().__new__(cls, text)
        obj.encoding = encoding
        obj.guessed = guessed
        return obj


def _sniff_binary(data: bytes, name: str) -> None:
    head = data[:8]
    for magic, what in _MAGIC:
        if head.startswith(magic):
            raise BinaryInput(name, f"looks like {what}, not a news page")
    sample = data[:8192]
    if b"\x00" in sample and not sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise BinaryInput(name, "binary data (NUL bytes), not a news page")


def decode(data: bytes, name: str, declared: str | None = None) -> DecodedText:
    """Decode a page's bytes: BOM, then UTF-8, then the charset the server declared
    (`declared`, from a Content-Type header), then the HTML's own, then a guess.

    UTF-8 goes first because it almost never decodes text that is not UTF-8, while
    servers and pages often declare a charset they do not use.

    Raises `EmptyInput`, `BinaryInput` or `UndecodableInput`. A guessed encoding is marked
    on the result (`guessed`), so the caller can warn about it.
    """
    if not data.strip():
        raise EmptyInput(name, "the input is empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _checked(data.decode(encoding, errors="replace"), encoding, name)
    _sniff_binary(data, name)
    try:
        return _checked(data.decode("utf-8"), "utf-8", name)
    except UnicodeDecodeError:
        pass
    in_page = _META_CHARSET.search(data[:4096])
    candidates = [declared] if declared else []
    if in_page:
        candidates.append(in_page.group(1).decode("ascii", "replace"))
    for encoding in candidates:
        encoding = encoding.strip().lower()
        try:
            return _checked(data.decode(encoding), encoding, name)
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong declaration: fall through to the next, then to detection
    try:
        # the usual legacy encoding of English news; it fails on its five undefined bytes
        return _checked(data.decode("cp1252"), "cp1252", name, guessed=True)
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data[:200_000]).best()
    if best is None:
        raise UndecodableInput(name, "the bytes are not text in any known encoding")
    encoding = best.encoding
    return _checked(data.decode(encoding, errors="replace"), encoding, name, guessed=True)


def _checked(text: str, encoding: str, name: str, guessed: bool = False) -> DecodedText:
    if not text.strip():
        raise EmptyInput(name, "the input holds only whitespace")
    controls = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\t\n\r\f")
    if controls > 0.05 * min(len(text), 8192):
        raise BinaryInput(name, "mostly control characters: binary data, not a news page")
    return DecodedText(text, encoding, guessed)


_CONTRACTION = re.compile(r"(?<=[A-Za-z])\ufffd(?=(?:t|s|re|ve|ll|d|m)\b)")
_RANGE = re.compile(r"(?<=\d)\ufffd+(?=\d)")
_BY_NUMBER = re.compile(r"(?<=[\d$€£])\ufffd+(?=\S)|(?<=\S)\ufffd+(?=[\d$€£])")
_BETWEEN_WORDS = re.compile(r"(?<=[\w.,;:!?)\]\"'])\ufffd+(?=\S)")
_WORD_BEFORE = re.compile(r"(\w+)$")


def mend_replacements(text: str) -> str:
    """Text whose publisher lost characters to U+FFFD (a broken encoding upstream, in the
    page itself): the lost apostrophe of a contraction comes back ("don\ufffdt" -> "don't"),
    between two digits it was a dash ("200\ufffd300" -> "200-300"), beside a number or
    between two words of three letters or more a space ("$3\ufffdtrillion" -> "$3 trillion",
    "which\ufffdtotaled" -> "which totaled"); inside a word ("S\ufffdo Paulo") it stays."""
    if "\ufffd" not in text:
        return text
    text = _RANGE.sub("-", _CONTRACTION.sub("'", text))
    text = _BY_NUMBER.sub(" ", text)

    def between(match: re.Match[str]) -> str:
        before = _WORD_BEFORE.search(text[: match.start()])
        after = re.match(r"\w+", text[match.end() :])
        inside_word = (  # "S\ufffdo Paulo": a lost letter, not a lost space
            before is not None
            and after is not None
            and (len(before.group(1)) < 3 or len(after.group(0)) < 3)
        )
        return match.group(0) if inside_word else " "

    return _BETWEEN_WORDS.sub(between, text)
