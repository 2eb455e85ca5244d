"""A batch of bad inputs: one clear error each, the good ones still read (the issue's list)."""

from __future__ import annotations

import gzip
import io
import time
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

import sayso
from sayso.config import Settings
from sayso.errors import BinaryInput, FetchError, InputError, InputTooLarge, MalformedInput
from tests.read.conftest import ARTICLE


def _truncated_warc(path: Path) -> None:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    for i in range(3):
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        body = ARTICLE.replace("12 people", f"{12 + i} people").encode()
        writer.write_record(
            writer.create_warc_record(
                f"https://a.example/{i}", "response", payload=io.BytesIO(body), http_headers=headers
            )
        )
    data = buffer.getvalue()
    path.write_bytes(data[: int(len(data) * 0.8)])


def test_every_bad_input_is_one_error_and_the_batch_goes_on(server: str, tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.html"
    bomb.write_text("<html><body>" + "<div>" * 5000 + "<p>deep</p>" + "</div>" * 5000)
    truncated = tmp_path / "cut.html.gz"
    truncated.write_bytes(gzip.compress(ARTICLE.encode())[:200])
    warc = tmp_path / "cut.warc.gz"
    _truncated_warc(warc)
    good = tmp_path / "good.html"
    good.write_text(ARTICLE)
    inputs = [
        f"{server}/missing",
        f"{server}/slow",
        f"{server}/pdf-as-html",
        f"{server}/huge",
        f"{server}/truncated-gzip",
        f"{server}/latin1-declared-utf8",
        str(bomb),
        str(truncated),
        str(warc),
        str(good),
        f"{server}/page.html",
    ]
    started = time.monotonic()
    results = list(sayso.extract_inputs(inputs, Settings(timeout=1.0)))
    assert time.monotonic() - started < 60
    errors = [r for r in results if isinstance(r, InputError)]
    articles = [r for r in results if isinstance(r, sayso.Article)]
    kinds = [type(e) for e in errors]
    assert kinds.count(FetchError) == 2  # 404, timeout
    assert BinaryInput in kinds and InputTooLarge in kinds
    assert kinds.count(MalformedInput) >= 4  # truncated gzip x2, bomb, truncated WARC
    assert all(str(e).count(":") >= 1 and e.reason for e in errors)
    # the cp1252 page, two WARC records before the break, the good file, the good URL
    assert len(articles) == 5
    # the copies of one story among them are grouped, one original
    clusters = {a.cluster for a in articles}
    assert len(clusters) < len(articles)
    assert sum(a.copy_of is None for a in articles) == len(clusters)
