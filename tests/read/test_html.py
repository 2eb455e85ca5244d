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


def test_html_bombs_are_refused_quickly() -> None:
    import time

    body = "<p>Air strikes killed at least 12 people in Idlib province on Tuesday.</p>" * 3
    huge_attribute = f'<html><body><div data-x="{"a" * 3_000_000}">{body}</div></body></html>'
    wide = "<html><body>" + "<span>x</span>" * 40_000 + body + "</body></html>"
    for bomb, reason in ((huge_attribute, "without a tag"), (wide, "HTML elements")):
        started = time.monotonic()
        with pytest.raises(MalformedInput, match=reason):
            read_html(bomb, "bomb.html")
        assert time.monotonic() - started < 5


SPLIT = """<!doctype html><html><head><title>Banks and the broke</title></head><body>
<div class="chunks"><div class="grid"><div class="body-part"><p>{p1}</p><p>{p2}</p></div></div>
<aside class="ad">Advertisement</aside>
<div class="grid"><div class="body-part"><p>{p3}</p><p>{p4}</p></div></div></div>
<footer><div class="body-part"><p>{foot}</p></div></footer></body></html>"""


def test_an_article_cut_into_sibling_containers_is_rejoined() -> None:
    # the layout of Wired's pages in the ScrapingHub benchmark (article__chunks)
    parts = {
        "p1": "The future of banking, one analyst said, belongs to people who have no money to put in a bank at all, and who live from one payday to the next.",
        "p2": "Start-ups have built apps for them that advance wages, split bills and round up purchases into savings, charging small fees for each service.",
        "p3": "Regulators have started to ask whether those fees amount to interest, and whether the apps should be licensed as lenders like any other bank.",
        "p4": "The companies say their customers are better off than with overdraft charges, which can reach thirty-five dollars for a single missed payment.",
        "foot": "Wired may earn a portion of sales from products that are purchased through our site as part of our affiliate partnerships with retailers.",
    }
    page = read_html(SPLIT.format(**parts), "split.html")
    for key in ("p1", "p2", "p3", "p4"):
        assert parts[key] in page.text
    assert page.text.index(parts["p2"]) < page.text.index(parts["p3"])
    assert parts["foot"] not in page.text


def test_teaser_boxes_and_linked_headlines_leave_the_body() -> None:
    html = """<html><head><title>Strikes kill 12</title></head><body><article>
<p>Air strikes killed at least 12 people in Idlib province on Tuesday, the Syrian Observatory for Human Rights said, in the deadliest day this month.</p>
<p>Related: <a href="/x">Russia denies striking the town of Khan Sheikhoun</a></p>
<ul><li><a href="/a">Ten things to know about the war in Syria</a></li><li><a href="/b">Photos: the ruins of Aleppo</a></li></ul>
<p>The monitor said rescuers were still searching the rubble of three buildings for survivors late on Tuesday night.</p>
<h3><a href="/c">Turkey closes its border after the shelling of a camp</a></h3>
</article></body></html>"""
    page = read_html(html, "teasers.html")
    assert "rescuers were still searching" in page.text
    assert "Russia denies" not in page.text and "Ten things" not in page.text
    assert "Turkey closes" not in page.text


def test_live_market_quotes_leave_the_sentence() -> None:
    # the shape of MarketWatch's quote chips (MediaCloud 2020): code and price at reading time
    chip = (
        '<a class="qt-chip" data-charting-symbol="BOND/BX/XTUP/TMUBMUSD10Y" href="/q">'
        'TMUBMUSD10Y, <bg-quote field="percentchange">0.673%</bg-quote></a>'
    )
    html = ARTICLE.replace(
        "<p>The British-based monitor",
        f"<p>The 10-year Treasury note yield {chip} fell 4.8 basis points to 0.675%, "
        "traders said.</p><p>The British-based monitor",
    )
    page = read_html(html, "page.html")
    assert "The 10-year Treasury note yield fell 4.8 basis points to 0.675%" in page.text
    assert "TMUBMUSD10Y" not in page.text and "0.673" not in page.text


def test_a_title_escaped_twice_is_read_once_more() -> None:
    html = ARTICLE.replace(
        '<meta property="og:title" content="Strikes kill 12 in Idlib, monitor says">',
        '<meta property="og:title" content="Strikes kill 12 in &amp;#039;safe&amp;#039; Idlib">',
    ).replace("<h1>Strikes kill 12 in Idlib, monitor says</h1>", "")
    html = html.replace(
        "<title>Strikes kill 12 - Daily Planet</title>",
        "<title>Strikes kill 12 in &#039;safe&#039; Idlib</title>",
    )
    assert read_html(html, "page.html").title == "Strikes kill 12 in 'safe' Idlib"
