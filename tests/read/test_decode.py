"""Bytes to text: sizes, compression, binary data, encodings."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from sayso.errors import BinaryInput, EmptyInput, InputTooLarge, MalformedInput
from sayso.read import RawInput
from sayso.read.decode import decode, read_input


def _raw(path: Path) -> RawInput:
    return RawInput(str(path), path=path)


def test_utf8_text_decodes_as_is() -> None:
    text = decode("Kirby said “hello”.".encode(), "a.txt")
    assert text == "Kirby said “hello”."
    assert text.encoding == "utf-8" and not text.guessed


def test_latin1_text_is_read_with_a_guess_marked() -> None:
    data = "Le ministère a déclaré que 12 civils étaient morts à Alep, selon l'ONU.".encode(
        "latin-1"
    )
    text = decode(data, "latin.txt")
    assert "ministère" in text
    assert text.guessed


def test_html_declared_charset_is_used() -> None:
    data = (
        '<html><head><meta charset="windows-1252"></head><body>caf\xe9 said</body></html>'.encode(
            "cp1252"
        )
    )
    assert "café" in decode(data, "page.html")


@pytest.mark.parametrize("data", [b"", b"   \n\t  "])
def test_empty_input_is_refused(data: bytes) -> None:
    with pytest.raises(EmptyInput):
        decode(data, "empty.txt")


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (b"%PDF-1.7\n...", "PDF"),
        (b"\x89PNG\r\n\x1a\n....", "PNG"),
        (b"\x00\x01\x02binary\x00", "binary"),
    ],
)
def test_binary_input_is_refused_with_its_kind(data: bytes, what: str) -> None:
    with pytest.raises(BinaryInput, match=what):
        decode(data, "file.txt")


def test_gzip_is_decompressed(tmp_path: Path) -> None:
    path = tmp_path / "page.txt.gz"
    path.write_bytes(gzip.compress(b"Headline\n\nBody said the minister."))
    assert read_input(_raw(path), 10_000) == b"Headline\n\nBody said the minister."


def test_truncated_gzip_is_malformed(tmp_path: Path) -> None:
    path = tmp_path / "cut.html.gz"
    body = " ".join(f"word{i}" for i in range(20_000)).encode()
    compressed = gzip.compress(body)
    path.write_bytes(compressed[: len(compressed) // 2])
    with pytest.raises(MalformedInput, match="truncated"):
        read_input(_raw(path), 1_000_000)


def test_oversized_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * 2_000)
    with pytest.raises(InputTooLarge, match="limit"):
        read_input(_raw(path), 1_000)


def test_gzip_bomb_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bomb.txt.gz"
    path.write_bytes(gzip.compress(b"a" * 5_000_000))
    with pytest.raises(InputTooLarge, match="decompresses"):
        read_input(_raw(path), 1_000_000)


def test_replacement_characters_between_words_are_mended() -> None:
    from sayso.read.decode import mend_replacements

    broken = "We don\ufffdt know; the bill\ufffdtotaled $3\ufffdtrillion."
    assert mend_replacements(broken) == "We don't know; the bill totaled $3 trillion."
    assert mend_replacements("clean text") == "clean text"
