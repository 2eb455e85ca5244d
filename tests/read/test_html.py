"""The HTML reader: trafilatura plus sayso's provenance and caption rules."""

from __future__ import annotations

import gzip

import pytest

from sayso.errors import EmptyInput, MalformedInput
from sayso.read import read_page
from sayso.read.html import looks_like_html, read_html
from tests.conftest import EXAMPLES

ARTICLE = """<!doctype html><html><head><title>Strikes kill 12 - Daily Planet</title>
<meta property="og:site_name" content="Daily Planet">
<meta property="og:title" content="Strikes kill 12 in Idlib, monitor says">
<meta name="author" content="Jane Roe">
<meta property="article:published_time" content="2017-04-05T10:00:00Z">
</head><body><nav>Home | World | Sport</nav><article>
<h1>Strikes kill 12 in Idlib, monitor says</h1>
<p>BEIRUT (Reuters) - Air strikes killed at least 12 people in Idlib province on Tuesday, the Syrian Observatory for Human Rights said.</p>
<figure><img src="a.jpg"><figcaption>Smoke rises over Idlib. (AFP via Getty Images)</figcaption></figure>
<p>The British-based monitor said the death toll was likely to rise as rescuers searched the rubble of three buildings in the town.</p>
<p>Russia's defence ministry denied that its aircraft had struck the town, saying its planes were flying elsewhere that day.</p>
</article><footer>Copyright Daily Planet. All rights reserved.</footer></body></html>"""


def test_body_metadata_and_wire_publisher() -> None:
    page = read_html(ARTICLE, "page.html")
    assert page.title == "Strikes kill 12 in Idlib, monitor says"
    assert page.text.startswith("BEIRUT (Reuters) - Air strikes killed")
    assert "Home | World" not in page.text and "Copyright" not in page.text
    assert page.publisher == "Reuters"
    assert page.site == "Daily Planet"
    assert page.authors == ["Jane Roe"]
    assert page.published == "2017-04-05"


def test_captions_leave_the_body() -> None:
    page = read_html(ARTICLE, "page.html")
    assert any("Smoke rises over Idlib" in c for c in page.captions)
    assert "Smoke rises" not in page.text


def test_a_real_benchmark_page() -> None:
    # a VentureBeat copy of a Reuters story (ScrapingHub benchmark, MIT)
    html = gzip.decompress((EXAMPLES / "venturebeat-wework-reuters.html.gz").read_bytes()).decode()
    page = read_page(html, "venturebeat.html")
    assert page.title == "New York State Attorney General investigating WeWork and former CEO"
    assert page.publisher == "Reuters"
    assert page.site == "VentureBeat"
    assert "declined to comment" in page.text


def test_deeply_nested_html_is_refused() -> None:
    bomb = "<html><body>" + "<div>" * 5000 + "<p>deep</p>" + "</div>" * 5000 + "</body></html>"
    with pytest.raises(MalformedInput, match="nested"):
        read_html(bomb, "bomb.html")


def test_html_without_article_text_is_empty() -> None:
    with pytest.raises(EmptyInput):
        read_html("<html><body><nav>Home</nav></body></html>", "nav.html")


def test_html_is_recognised() -> None:
    assert looks_like_html("<!DOCTYPE html><html>")
    assert looks_like_html("  <html lang=en>")
    assert not looks_like_html("Kirby said <b> is a tag.")
