"""Where a story comes from: markup signals, text rules, dates (real pages where possible)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import lxml.html
import pytest

from sayso.read.blocks import Block, classify
from sayso.read.dates import dateline_date, published_date
from sayso.read.html import read_html
from sayso.read.meta import publisher_from_domain, read_head, same_outlet, strip_site
from sayso.read.provenance import credited_authors, publisher_from_line, wire_from_dateline

BODY = (
    "<p>Air strikes killed at least 12 people in Idlib province on Tuesday, the Syrian "
    "Observatory for Human Rights said, adding that the toll was likely to rise.</p>"
    "<p>The British-based monitor said rescuers were searching the rubble of three buildings "
    "in the town for survivors late into the night.</p>"
)


def _page(head: str, body: str = BODY) -> str:
    return f"<!doctype html><html><head>{head}</head><body><article>{body}</article></body></html>"


def _benchmark(shared: Path, prefix: str) -> tuple[str, str]:
    root = shared / "data" / "scrapinghub-article-extraction-benchmark"
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    key = next(k for k in truth if k.startswith(prefix))
    html = gzip.decompress((root / "html" / f"{key}.html.gz").read_bytes()).decode()
    return html, truth[key]["url"]


def test_json_ld_source_organisation_is_the_publisher() -> None:
    ld = {
        "@type": "NewsArticle",
        "publisher": {"name": "Daily Planet"},
        "sourceOrganization": {"name": "Reuters"},
    }
    head = f'<meta property="og:site_name" content="Daily Planet"><script type="application/ld+json">{json.dumps(ld)}</script>'
    page = read_html(_page(head), "p.html")
    assert page.publisher == "Reuters" and page.site == "Daily Planet"


def test_json_ld_wire_publisher_on_a_newspaper_site(shared: Path) -> None:
    # ScrapingHub page d0382c0d: an AP story on timesunion.com (Hearst names AP in JSON-LD)
    html, url = _benchmark(shared, "d0382c0d")
    page = read_html(html, "timesunion.html", url=url)
    assert page.publisher == "Associated Press" and page.site == "Times Union"
    assert page.title == "PG&E begins new mass power shutoff over fire danger"


def test_a_canonical_link_to_another_outlet(shared: Path) -> None:
    # ScrapingHub page abd9d629: MSN's copy of an NBC News story, canonical to nbcnews.com
    html, url = _benchmark(shared, "abd9d629")
    assert read_html(html, "msn.html", url=url).publisher == "nbcnews.com"
    # without the page's own address the canonical link proves nothing
    assert read_html(html, "msn.html").publisher == "MSN"


def test_canonical_to_the_same_outlet_is_not_a_publisher() -> None:
    head = '<link rel="canonical" href="https://uk.reuters.com/article/x"><meta property="og:site_name" content="Reuters">'
    page = read_html(_page(head), "p.html", url="https://www.reuters.com/article/x")
    assert page.publisher == "Reuters"


def test_og_site_name_and_title_without_the_site() -> None:
    head = '<title>Strikes kill 12 in Idlib | Daily Planet</title><meta property="og:site_name" content="Daily Planet">'
    info = read_head(lxml.html.fromstring(_page(head)))
    assert info.site == "Daily Planet" and info.headline == "Strikes kill 12 in Idlib"
    assert strip_site("Strikes kill 12 - Daily Planet", "Daily Planet", None) == "Strikes kill 12"
    assert strip_site("Syria: strikes kill 12", "Daily Planet", None) == "Syria: strikes kill 12"


def test_outlet_names_and_domains() -> None:
    assert same_outlet("reuters.com", "Reuters") and same_outlet("bbc.co.uk", "BBC News")
    assert not same_outlet("latimes.com", "nbcnews.com")
    assert publisher_from_domain("apnews.com") == "Associated Press"
    assert publisher_from_domain("www.NBCNews.com") == "NBC News"


def test_text_rules_for_the_original_publisher() -> None:
    # datelines from ScrapingHub pages (MIT); provenance lines as sites print them
    assert (
        wire_from_dateline("NEW YORK (Reuters) - Oil prices fell sharply on Tuesday") == "Reuters"
    )
    assert (
        wire_from_dateline("WASHINGTON (AP) — The head of the FBI's New York field office")
        == "Associated Press"
    )
    assert publisher_from_line("Source: Reuters") == "Reuters"
    assert publisher_from_line("This story was first published by Reuters.") == "Reuters"
    assert publisher_from_line("This article was originally published on NBCNews.com") == "NBC News"


def test_wire_photo_credits_are_captions_not_publishers() -> None:
    # the seed page's caption and credit
    line = (
        "A still from a video released by the Russian Defense Ministry press service in November "
        "of Russian serviceman aiming a D-30 howitzer. (Russian Defense Ministry Press Service via AP)"
    )
    assert classify(line) is Block.CAPTION
    body = BODY + f"<p>{line}</p>"
    assert (
        read_html(_page("<title>Strikes</title>", body), "p.html").publisher != "Associated Press"
    )


def test_reporters_from_wire_credit_lines() -> None:
    # ScrapingHub page 359fee22 (Reuters) ends with this line
    line = "(Reporting by Will Dunham; Editing by Tom Brown)"
    assert classify(line) is Block.NOTE
    assert credited_authors(line) == ["Will Dunham"]
    assert credited_authors("Additional reporting by Stephanie Kelly") == []


@pytest.mark.parametrize(
    ("text", "day"),
    [  # tops of FA-KES articles (CC BY 4.0, Abu Salem et al., ICWSM 2019)
        (
            "Syria rebel rocket kills five children AFP Sunday 26 Jul 2015 Rebel rocket fire",
            "2015-07-26",
        ),
        ("30-11-2014 50 ISIL Terrorists Killed in Kobani in 24 Hours.", "2014-11-30"),
        ("Mon Jul 18 2016 SDF Foiled ISIS Attack in Northeastern Aleppo", "2016-07-18"),
        (
            "Posted on July 12 2016 by Paula Astih Syrian Opposition Sparks Aleppo Front",
            "2016-07-12",
        ),
        ("Date of publication 15 June 2016 Four Hezbollah members have been killed", "2016-06-15"),
        ("The army said on Tuesday that it had retaken the town.", None),
    ],
)
def test_dateline_dates(text: str, day: str | None) -> None:
    assert dateline_date(text) == day


def test_dates_from_url_json_ld_and_meta_never_today() -> None:
    ld = json.dumps({"@type": "NewsArticle", "datePublished": "Tue, Sep 15 2020 10:01:41 EDT"})
    tree = lxml.html.fromstring(_page(f'<script type="application/ld+json">{ld}</script>'))
    assert published_date(tree) == "2020-09-15"
    assert published_date(tree, "https://a.example/2019/11/19/story") == "2019-11-19"
    meta = lxml.html.fromstring(
        _page('<meta property="article:published_time" content="2017-04-05T10:00:00Z">')
    )
    assert published_date(meta) == "2017-04-05"
    assert published_date(lxml.html.fromstring(_page("<title>No date</title>"))) is None


def test_a_fakes_text_gets_its_dateline_date_and_wire() -> None:
    from sayso.read.text import read_text

    page = read_text(
        "Syria rebel rocket kills five children\n\nSyria rebel rocket kills five children AFP "
        "Sunday 26 Jul 2015 Rebel rocket fire on a government-held district of Aleppo killed "
        "five children on Sunday, a monitor said."
    )
    assert page.published == "2015-07-26" and page.publisher == "Agence France-Presse"


def test_a_utc_timestamp_is_the_publisher_s_local_day() -> None:
    # radio-canada.ca (MediaCloud 2020 set): posted 00:23 UTC, the evening before in Ottawa
    ld = json.dumps({"@type": "NewsArticle", "datePublished": "2020-08-25T00:23:33.312Z"})
    tree = lxml.html.fromstring(_page(f'<script type="application/ld+json">{ld}</script>'))
    assert published_date(tree, "http://ici.radio-canada.ca/nouvelle/1728875/x") == "2020-08-24"
    assert published_date(tree, "https://example.com/x") == "2020-08-25"  # no country: as written
