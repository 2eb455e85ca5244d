"""The plain-text reader: headline, furniture, captions, provenance, tail."""

from __future__ import annotations

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
