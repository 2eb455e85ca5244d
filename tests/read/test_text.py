"""The plain-text reader: headline, furniture, captions, provenance, tail."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from sayso.read.blocks import Block, classify
from sayso.read.provenance import (
    author_from_byline,
    bio_of,
    name_from_domain,
    publisher_from_line,
    wire_from_dateline,
)
from sayso.read.text import paragraphs_of, read_text

PAGE = """Death toll from Aleppo bomb attack at least 112

Share this article

By Jane Roe

The death toll from a bomb blast on a crowded bus convoy outside Aleppo reached at least 112 people, a monitoring group said on Sunday.

Photo: Reuters

Rescue workers search the site of the blast in al-Rashideen. (Omar Haj Kadour/AFP via Getty Images)

Those killed were mostly residents of the villages of al-Foua and Kefraya, the Observatory said.

This story was first published by Reuters.

Related articles

Another story teaser about something else entirely

Jane Roe is a staff reporter. She writes about the Middle East for Daily Planet.
"""


def test_headline_body_and_furniture_are_told_apart() -> None:
    page = read_text(PAGE)
    assert page.title == "Death toll from Aleppo bomb attack at least 112"
    assert page.text.startswith("The death toll from a bomb blast")
    assert page.text.endswith("the Observatory said.")
    assert "Share this article" not in page.text
    assert "Another story teaser" not in page.text
    assert "Jane Roe is a staff reporter" not in page.text


def test_captions_and_credits_are_kept_apart() -> None:
    page = read_text(PAGE)
    assert "Photo: Reuters" in page.captions
    assert any(c.startswith("Rescue workers search") for c in page.captions)
    assert "Rescue workers" not in page.text


def test_a_story_with_its_caption_run_in_is_prose() -> None:
    # FA-KES 1962495735 (Al-Alam, after Press TV): one paragraph, its photo caption last
    story = (
        "At least 23 civilians among them eight children and six women were killed Wednesday "
        "before dawn by airstrikes carried out by the US-led coalition said the Observatory. "
    ) * 4 + "(Photo Smoke is seen following a US airstrike on western Raqqah Syria. by AFP)"
    assert classify(story) is Block.PROSE
    assert classify("Smoke rises over Raqqah. (Photo by AFP)") is Block.CAPTION


def test_provenance_byline_and_bio() -> None:
    page = read_text(PAGE)
    assert page.publisher == "Reuters"
    assert page.authors == ["Jane Roe"]
    assert page.site == "Daily Planet"


def test_originally_published_names_the_publisher() -> None:
    # ScrapingHub benchmark page 14cc2a0c, and made-up variants of the same rule
    assert (
        publisher_from_line(
            "This article was originally published by Futurism. Read the original article."
        )
        == "Futurism"
    )
    assert (
        publisher_from_line("This story originally appeared on TheAtlantic.com") == "The Atlantic"
    )
    assert publisher_from_line("Source: Reuters") == "Reuters"
    assert publisher_from_line("The minister said the source of the fire was unknown.") is None


def test_domain_names_are_split_only_where_capitals_say_so() -> None:
    assert name_from_domain("TheAtlantic.com") == "The Atlantic"
    assert name_from_domain("www.CBSNews.com") == "CBS News"
    assert name_from_domain("reuters.com") == "reuters.com"


def test_wire_datelines() -> None:
    # first lines of ScrapingHub benchmark pages (MIT)
    assert (
        wire_from_dateline("NEW YORK (Reuters) - Oil prices fell sharply on Tuesday") == "Reuters"
    )
    assert (
        wire_from_dateline("HAYWARD, Calif. (AP) — The Latest on a deadly stabbing")
        == "Associated Press"
    )
    assert (
        wire_from_dateline("ST. JOSEPH, Mich. (AP) — Michigan health authorities are reporting")
        == "Associated Press"
    )
    assert (
        wire_from_dateline(
            "(Reuters) — The New York State Attorney General (NYAG) is investigating"
        )
        == "Reuters"
    )
    assert wire_from_dateline("Washington (CNN) officials said nothing.") is None


def test_bylines_and_bios() -> None:
    assert author_from_byline("By Alexandra Alper and Tim Reid") == ["Alexandra Alper", "Tim Reid"]
    bio = bio_of(
        "Alexandra Williams is a writer and editor. She writes about politics for LinkDaddy News."
    )
    assert (
        bio is not None and bio.authors == ("Alexandra Williams",) and bio.site == "LinkDaddy News"
    )
    assert bio_of("Kirby is a spokesman for the council.") is None


def test_classify_common_furniture() -> None:
    assert classify("Share post:") is Block.STUB
    assert classify("Date:") is Block.STUB
    assert classify("Source link") is Block.TAIL
    assert classify("Recent posts") is Block.TAIL
    assert classify("Image: (AP)") is Block.CAPTION
    assert classify("RELATED: Oil prices fall on oversupply fears") is Block.TEASER
    assert classify("The ministry said 12 people died.") is Block.PROSE


def test_hard_wrapped_lines_are_joined_and_one_line_paragraphs_kept() -> None:
    wrapped = (
        "The United Nations said on Tuesday that at least 40 civilians had been killed in\n"
        "the province over the past week, and that thousands more had fled their homes in\n"
        "the fighting."
    )
    assert paragraphs_of(wrapped) == [" ".join(wrapped.split("\n"))]
    assert paragraphs_of("First paragraph.\nSecond paragraph.") == [
        "First paragraph.",
        "Second paragraph.",
    ]


SCRAPED = """Strikes kill 12 in Idlib, monitor says | Daily Planet

Skip to main content
News
World
Sport
Business
Trending
Weather

Police: 2 in custody after death of student A 24-year-old woman and a 28-year-old man were arrested after the death of a student.
Customers leave without paying $690 bill A party of six left a steakhouse without paying, police said on Monday.

Strikes kill 12 in Idlib, monitor says

November 19, 2019 at 9:45 am

BEIRUT (Reuters) - Air strikes killed at least 12 people in Idlib province on Tuesday, the Syrian Observatory for Human Rights said, in the deadliest day of the month.

The British-based monitor said the death toll was likely to rise as rescuers searched the rubble of three buildings in the town.

Related

Turkey closes its border after the shelling of a camp
Ten things to know about the war in Syria

Russia's defence ministry denied that its aircraft had struck the town, saying its planes had been flying elsewhere that day.

34 Comments

It's a tragedy and nobody will do anything about it, as usual, I am afraid to say.

Follow Us
"""


def test_a_scraped_page_keeps_only_its_article() -> None:
    # the layout of scraped benchmark pages: menus and teasers, the headline again above
    # the story, a "Related" box in mid-article, comments after it
    page = read_text(SCRAPED)
    assert page.text.startswith("BEIRUT (Reuters) - Air strikes killed")
    assert page.text.endswith("flying elsewhere that day.")
    for furniture in ("Skip to main", "steakhouse", "Turkey closes", "tragedy", "Follow Us"):
        assert furniture not in page.text
    assert page.published == "2019-11-19" and page.publisher == "Reuters"


def test_weights_and_span() -> None:
    from sayso.read.density import main_span, weight

    assert weight("Sport") < 0 < weight("The monitor said the toll was likely to rise further.")
    assert weight("The head of the FBI's New York field office who was reported to have...") < 0
    assert main_span([-6, 30, -6, 40, -12, -12, -12, 5]) == (1, 4)
    assert main_span([-6, -6]) == (0, 0)


def test_the_scraped_benchmark_page_of_a_live_science_story(shared: Path) -> None:
    # ScrapingHub page 3c5bf8db rendered as text with its boilerplate (html-text)
    html_text = pytest.importorskip("html_text")
    root = shared / "data" / "scrapinghub-article-extraction-benchmark"
    key = next(p.name for p in (root / "html").iterdir() if p.name.startswith("3c5bf8db"))
    html = gzip.decompress((root / "html" / key).read_bytes()).decode()
    page = read_text(html_text.extract_text(html, guess_layout=True))
    assert page.text.startswith("The formation of galaxies is a complex dance")
    assert "Related: From Big Bang to Present" not in page.text
    assert "Live Science is supported by its audience" not in page.text


def test_byline_wire_credit_and_capitals() -> None:
    # the AP byline of a Times Union page in the ScrapingHub benchmark (dev set)
    from sayso.read.provenance import split_author_credit

    assert split_author_credit("ERIC TUCKER Associated Press") == (
        "Eric Tucker",
        "Associated Press",
    )
    assert split_author_credit("LISA MASCARO") == ("Lisa Mascaro", None)
    assert split_author_credit("Jane Roe") == ("Jane Roe", None)
