"""Cutting an article's text by claim offsets into labelled pieces."""

from __future__ import annotations

from sayso.records import Article, Claim, Figure, Source
from sayso.web.highlight import Span, paragraphs, spans_of_claims, title_spans
from sayso.web.pages import article_page

TEXT = "First para, the monitor said 12 died.\n\nSecond para: officials said 20 more died."


def _joined(pieces: list[list[object]]) -> list[str]:
    return ["".join(p.text for p in para) for para in pieces]  # type: ignore[attr-defined]


def test_pieces_join_back_into_the_paragraphs() -> None:
    spans = [Span(0, 37, "sentence", 0), Span(12, 20, "content", 0), Span(29, 31, "figure", 0)]
    out = paragraphs(TEXT, spans)
    assert _joined(out) == [
        "First para, the monitor said 12 died.",
        "Second para: officials said 20 more died.",
    ]
    labelled = {p.text: (p.claim, p.sentence, p.figure) for p in out[0]}
    assert labelled["the moni"] == (0, 0, None)
    assert labelled["12"] == (None, 0, 0)


def test_bad_offsets_are_ignored() -> None:
    spans = [Span(-5, 3, "content", 0), Span(10, 5, "content", 1), Span(70, 9999, "content", 2)]
    out = paragraphs(TEXT, spans)
    assert _joined(out) == TEXT.split("\n\n")
    assert all(p.claim is None for para in out for p in para)


def test_a_span_across_a_paragraph_break_is_split() -> None:
    out = paragraphs(TEXT, [Span(30, 45, "content", 3)])
    assert out[0][-1].claim == 3 and out[1][0].claim == 3
    assert _joined(out) == TEXT.split("\n\n")


def test_overlapping_claims_the_first_wins() -> None:
    out = paragraphs("abcdefghij", [Span(0, 6, "content", 0), Span(3, 10, "content", 1)])
    assert [(p.text, p.claim) for p in out[0]] == [("abcdef", 0), ("ghij", 1)]


def test_headline_claims_are_found_by_their_words() -> None:
    claim = Claim(
        source=Source("U.S.", "U.S."), cue="says", style="indirect",
        content="North Korean soldiers kill themselves", start=-1, end=-1, where="title",
        figures=[Figure(text="3,000", value=3000)],
    )  # fmt: skip
    title = "North Korean soldiers kill themselves, U.S. says 3,000"
    spans = title_spans(title, [claim], [[0]])
    kinds = {(s.kind, s.start, s.end) for s in spans}
    assert ("content", 0, 37) in kinds and ("figure", 49, 54) in kinds
    assert spans_of_claims([claim], [[0]]) == []


def test_article_page_gives_one_colour_per_source() -> None:
    def claim(name: str | None, start: int, end: int) -> Claim:
        source = Source(name, name) if name else None
        return Claim(source, "said", "indirect", TEXT[start:end], start, end,
                     content_spans=[(start, end)])  # fmt: skip

    article = Article("x", TEXT, title="T", claims=[claim("A", 0, 10), claim(None, 12, 20), claim("A", 39, 50), claim("B", 51, 60)])  # fmt: skip
    page = article_page(article, stored=False)
    assert [c.tone for c in page.claims] == ["t0", "tr", "t0", "t1"]
    assert [name for name, _, _ in page.tones] == ["A", "(reporter)", "B"]
