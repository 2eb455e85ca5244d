"""`Page`: what the readers make of an input before any NLP runs."""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["Page"]


@dataclass(slots=True)
class Page:
    """A clean article and its provenance, as read from text or HTML.

    `text` is the article body: paragraphs joined by blank lines, with share stubs,
    captions, credits, bios, teasers and provenance lines taken out (the last three
    become `captions`, `authors`, `site` and `publisher`).
    """

    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    publisher: str | None = None
    site: str | None = None
    authors: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def paragraphs(self) -> list[str]:
        return [p for p in self.text.split("\n\n") if p]
