"""Containers of pages: feeds, web archives and tables, one input per record."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from sayso.config import Settings
from sayso.errors import EmptyInput, FetchError, InputError, MalformedInput
from sayso.read import RawInput, iter_inputs, load_page
from sayso.read.feeds import looks_like_feed
from sayso.read.tables import parse_date
from tests.read.conftest import ARTICLE, feed

FAST = Settings(timeout=2.0)


def _names(items: list[RawInput | InputError]) -> list[str]:
    return [type(item).__name__ for item in items]


# feeds


def test_a_feed_url_gives_one_input_per_entry_and_errors_for_broken_ones(server: str) -> None:
    items = list(iter_inputs([f"{server}/feed.rss"], settings=FAST))
    assert _names(items) == ["RawInput", "FetchError", "EmptyInput", "RawInput"]
    first = items[0]
    assert isinstance(first, RawInput)
    assert first.title == "Strikes kill 12 in Idlib" and first.published == "2017-04-05"
    page = load_page(first, FAST)
    assert page.text.startswith("BEIRUT (Reuters)") and page.title == "Strikes kill 12 in Idlib"
    assert isinstance(items[1], FetchError) and "404" in str(items[1])
    assert isinstance(items[2], EmptyInput) and "no link" in str(items[2])


def test_a_feed_file_and_seen_entries(server: str, tmp_path: Path) -> None:
    path = tmp_path / "planet.rss"
    path.write_text(feed(server), encoding="utf-8")
    seen = tmp_path / "seen.txt"
    settings = Settings(timeout=2.0, seen_file=seen)
    first = list(iter_inputs([str(path)], settings=settings))
    assert len(first) == 4
    assert f"{server}/page.html" in seen.read_text()
    # a second run, and the same feed twice in one run: nothing new but the entry whose
    # fetch failed (a server error may pass), tried again each time
    again = list(iter_inputs([str(path), str(path)], settings=settings))
    assert _names(again) == ["FetchError", "FetchError"]


def test_a_broken_feed_is_one_error(server: str, tmp_path: Path) -> None:
    # cut in its first entry: the entry that parsed has nothing to read
    items = list(iter_inputs([f"{server}/broken.rss"], settings=FAST))
    assert len(items) == 1 and isinstance(items[0], EmptyInput)
    path = tmp_path / "empty.rss"
    path.write_text("<rss><channel></channel></rss>")
    [error] = list(iter_inputs([str(path)], settings=FAST))
    assert isinstance(error, MalformedInput) and "no entries" in str(error)


def test_feed_sniffing() -> None:
    assert looks_like_feed(b'<?xml version="1.0"?>\n<rss version="2.0">')
    assert looks_like_feed(b'<feed xmlns="http://www.w3.org/2005/Atom">')
    assert not looks_like_feed(b"<!doctype html><html>")


# web archives


def _warc(path: Path, pages: list[tuple[str, str, str]], gz: bool = True) -> None:
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=gz)
        for url, content_type, body in pages:
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1"
            )
            record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(body.encode("utf-8")), http_headers=headers
            )
            writer.write_record(record)
        request = writer.create_warc_record(
            "https://a.example/x", "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")
        )
        writer.write_record(request)


def test_a_warc_gives_its_html_responses(tmp_path: Path) -> None:
    path = tmp_path / "news.warc.gz"
    _warc(
        path,
        [
            ("https://a.example/strikes", "text/html; charset=utf-8", ARTICLE),
            ("https://a.example/logo.png", "image/png", "not a page"),
            ("https://b.example/strikes", "text/html", ARTICLE.replace("12 people", "13 people")),
        ],
    )
    items = list(iter_inputs([str(path)]))
    assert _names(items) == ["RawInput", "RawInput"]
    first = items[0]
    assert isinstance(first, RawInput) and first.url == "https://a.example/strikes"
    assert first.name == f"{path}#https://a.example/strikes"
    assert load_page(first).text.startswith("BEIRUT (Reuters)")


def test_a_truncated_warc_is_one_error_after_the_pages_before_the_break(tmp_path: Path) -> None:
    path = tmp_path / "cut.warc.gz"
    _warc(path, [(f"https://a.example/{i}", "text/html", ARTICLE + " " * i) for i in range(3)])
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * 0.6)])
    items = list(iter_inputs([str(path)]))
    assert isinstance(items[-1], MalformedInput) and "truncated" in str(items[-1])
    assert all(isinstance(i, RawInput) for i in items[:-1]) and len(items) >= 2


def test_a_plain_warc(tmp_path: Path) -> None:
    path = tmp_path / "news.warc"
    _warc(path, [("https://a.example/strikes", "text/html", ARTICLE)], gz=False)
    assert _names(list(iter_inputs([str(path)]))) == ["RawInput"]


# tables


BODY = (
    "Air strikes killed at least 12 people in Idlib province on Tuesday, the Syrian "
    "Observatory for Human Rights said. The monitor said the toll was likely to rise."
)


def test_jsonl_rows_with_text_html_and_hints(tmp_path: Path) -> None:
    path = tmp_path / "articles.jsonl.gz"
    rows = [
        {
            "id": "a1",
            "text": BODY,
            "title": "Strikes kill 12",
            "url": "https://a.example/1",
            "published": "2017-04-05",
        },
        {"id": "a2", "html": ARTICLE},
        {"id": "a3", "title": "no text here"},
    ]
    lines = "\n".join(json.dumps(r) for r in rows) + "\n{not json\n"
    path.write_bytes(gzip.compress(lines.encode()))
    items = list(iter_inputs([str(path)]))
    assert _names(items) == ["RawInput", "RawInput", "EmptyInput", "MalformedInput"]
    first, second = items[0], items[1]
    assert isinstance(first, RawInput) and isinstance(second, RawInput)
    assert first.name.endswith("#a1") and first.title == "Strikes kill 12"
    assert first.published == "2017-04-05" and first.url == "https://a.example/1"
    assert load_page(first).text == BODY
    assert second.html is True and load_page(second).publisher == "Reuters"


def test_csv_with_a_chosen_text_column(tmp_path: Path) -> None:
    path = tmp_path / "articles.csv"
    path.write_text(f'headline,story_text\n"Strikes kill 12","{BODY}"\n', encoding="utf-8")
    [error] = list(iter_inputs([str(path)]))
    assert isinstance(error, MalformedInput) and "--text-field" in str(error)
    [item] = list(iter_inputs([str(path)], settings=Settings(text_field="story_text")))
    assert isinstance(item, RawInput) and item.title == "Strikes kill 12"


def test_fakes_reads_without_flags(shared: Path) -> None:
    # FA-KES (CC BY 4.0, Abu Salem et al., ICWSM 2019): 804 articles
    items = list(iter_inputs([str(shared / "data" / "fa-kes" / "fakes.csv")]))
    assert len(items) == 804 and all(isinstance(i, RawInput) for i in items)
    first = items[0]
    assert isinstance(first, RawInput)
    assert first.name.endswith("fakes.csv#1914947530")
    assert first.title == "Syria attack symptoms consistent with nerve agent use WHO"
    assert first.published == "2017-04-05"
    page = load_page(first)
    assert page.title == first.title and "nerve agent" in page.text
    same = list(
        iter_inputs(
            [str(shared / "data" / "fa-kes" / "fakes.csv")],
            settings=Settings(text_field="article_content"),
        )
    )
    assert len(same) == 804


def test_table_dates() -> None:
    assert parse_date("4/5/17") == "2017-04-05"  # FA-KES: month first
    assert parse_date("2019-11-19T10:00:00Z") == "2019-11-19"
    assert parse_date("not a date") is None
    assert parse_date("2999-01-01") is None


def test_a_directory_walk_reads_containers(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text(json.dumps({"text": BODY}) + "\n")
    (tmp_path / "b.txt").write_text(BODY)
    assert _names(list(iter_inputs([str(tmp_path)]))) == ["RawInput", "RawInput"]


@pytest.mark.parametrize("suffix", [".csv", ".jsonl"])
def test_a_truncated_gzipped_table_is_an_error(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"cut{suffix}.gz"
    rows = "".join(json.dumps({"text": BODY + str(i)}) + "\n" for i in range(200))
    if suffix == ".csv":
        rows = "text\n" + "".join(f'"{BODY}{i}"\n' for i in range(200))
    data = gzip.compress(rows.encode())
    path.write_bytes(data[: len(data) // 2])
    items = list(iter_inputs([str(path)]))
    assert isinstance(items[-1], MalformedInput) and "breaks off" in str(items[-1])
