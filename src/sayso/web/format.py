"""Small formatters the templates use: numbers, intervals and plurals, as plain text."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from ..ledger.reconcile import Interval

__all__ = ["FILTERS", "interval_text", "number", "plural"]


def number(value: float | None) -> str:
    """`1,234` or `2.5`; an empty string for None or infinity."""
    if value is None or (isinstance(value, float) and math.isinf(value)):
        return ""
    if float(value).is_integer():
        return f"{value:,.0f}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def interval_text(interval: Interval) -> str:
    """What a figure allows: `86`, `≥ 86`, `≤ 100`, `50–60`."""
    return interval.text()


def plural(count: int, word: str, many: str | None = None) -> str:
    """`1 claim`, `3 claims`."""
    return f"{count:,} {word if count == 1 else (many or word + 's')}"


FILTERS: dict[str, Callable[..., Any]] = {
    "number": number,
    "interval": interval_text,
    "plural": plural,
}
"""Registered on the Jinja2 environment by `app.create_app`."""
