"""The figure a `Doc` holds before it becomes a `records.Figure`."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from .kinds import Kind
from .numbers import Quantity

__all__ = ["FigureMatch"]


@dataclass(slots=True)
class FigureMatch:
    """A figure found in a `Doc`, before it becomes a `records.Figure`."""

    span: Span
    quantity: Quantity
    sent: Span | None = None
    """The figure's sentence (kept: `Span.sent` walks the whole document each time)."""
    counted: str | None = None
    outcome: str | None = None
    per: str | None = None
    period: Span | None = None
    period_text: str | None = None
    location: str | None = None
    unit: str | None = None
    noun: Token | None = None
    kind: Kind | None = None
    drop: bool = False
    """Set when the context cannot say what a bare number counts."""
    tentative: bool = False
    """Kept only if the context gives it an outcome ("along with one Syrian rebel fighter")."""
    link: str | None = None
    """How the figure relates to the one before it: "others", "of them", "another", "bare"."""
    context: dict[str, str] = field(default_factory=dict)

    @property
    def sentence(self) -> Span:
        """The figure's sentence."""
        return self.sent if self.sent is not None else self.span.sent
