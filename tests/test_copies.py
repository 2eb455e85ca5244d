"""Syndicated copies: grouped by word 5-gram containment, across batches."""

from __future__ import annotations

import csv
from pathlib import Path

from sayso.copies import CopyIndex, containment, shingles
from sayso.records import Article

# FA-KES (CC BY 4.0, Abu Salem et al., ICWSM 2019) runs AFP and Reuters copy under
# several outlets' names; these sentences stand for such a story.
STORY = (
    "At least 35 jihadists from the Islamic State group were killed in air strikes by a "
    "US-led coalition overnight in northern and northeastern Syria, a monitor said on "
    "Saturday. The Syrian Observatory for Human Rights said 30 militants were killed "
    "around the town of Shadadi in northeastern Hasakeh province, and five more in raids "
    "on positions near the town of Raqa, the group's stronghold in the north."
)
OTHER = (
    "Russia's defence ministry said its aircraft had not struck the town, and that its "
    "planes had flown elsewhere on the day, rejecting reports from rescuers in the area "
    "who said that eleven people were killed when a warehouse was hit on Saturday night."
)
BOILERPLATE = (
    "Subscribe to our newsletter for the latest news. Share this article on Facebook and "
    "Twitter. Related stories: markets rally as oil falls; the weather this weekend. "
)


def _article(text: str, name: str, **kw: str) -> Article:
    return Article(input=name, text=text, **kw)  # type: ignore[arg-type]


def test_copies_with_boilerplate_keep_their_containment() -> None:
    clean, noisy = shingles(STORY), shingles(BOILERPLATE * 3 + STORY + BOILERPLATE)
    assert containment(clean, noisy) == 1.0
    assert len(clean & noisy) / len(clean | noisy) < 0.7
    assert containment(clean, shingles(OTHER)) == 0.0


def test_copies_are_grouped_with_the_original() -> None:
    index = CopyIndex()
    wire = _article(STORY, "reuters", publisher="Reuters", site="Reuters", published="2014-10-04")
    copy = _article(BOILERPLATE + STORY, "daily", publisher="Reuters", site="Daily Planet")
    other = _article(OTHER, "other")
    index.assign([copy, other, wire])  # the copy is read first
    assert wire.cluster == copy.cluster == wire.id
    assert copy.copy_of == wire.id and wire.copy_of is None
    assert other.cluster == other.id and other.copy_of is None


def test_the_index_spans_batches() -> None:
    index = CopyIndex()
    first = _article(STORY, "first", published="2014-10-04")
    index.assign([first])
    later = _article(STORY.replace("Saturday", "Sunday") + " " + BOILERPLATE, "later")
    again = _article(STORY, "again")
    index.assign([later, again])
    assert later.cluster == again.cluster == first.id
    assert later.copy_of == first.id
    assert again.id == first.id and again.copy_of is None  # the same article, read again


def test_fakes_wire_copies_from_two_outlets(shared: Path) -> None:
    # FA-KES 1914947534 (NNA) and 1923848124 (Ahram Online) run the same story
    rows = {
        r["unit_id"]: r
        for r in csv.DictReader(
            (shared / "data" / "fa-kes" / "fakes.csv").open(encoding="utf-8", errors="replace")
        )
    }
    a = _article(rows["1914947534"]["article_content"], "nna")
    b = _article(rows["1923848124"]["article_content"], "ahram")
    unrelated = _article(rows["1926479066"]["article_content"], "reuters")
    CopyIndex().assign([a, b, unrelated])
    assert b.copy_of == a.id and a.copy_of is None
    assert unrelated.cluster == unrelated.id
