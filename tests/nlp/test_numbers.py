"""Number and qualifier parsing."""

from __future__ import annotations

import pytest

from sayso.nlp.numbers import parse_number, parse_quantity


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("3,000", 3000), ("3000", 3000), ("1.5 million", 1_500_000), ("45k", 45_000),
        ("eleven", 11), ("a dozen", 12), ("two dozen", 24), ("two hundred and fifty", 250),
        ("twenty-five", 25), ("half a million", 500_000), ("a quarter of a million", 250_000), ("3.5bn", 3_500_000_000),
        # Recognizers-Text NumberModel and quantulum3 cases (MIT)
        (".08", 0.08), ("3 dozens", 36), ("2.33 k", 2330), ("200 000", 200_000),
        ("1,234,567", 1_234_567), ("two thirds", 2 / 3), ("2 1/4", 2.25), ("¾", 0.75),
        ("five and a quarter", 5.25), ("one hundred and three and two thirds", 103 + 2 / 3),
        ("3 million and a half", 3_500_000), ("two hundred point zero three", 200.03),
        ("minus 5", -5), ("-9.2321312", -9.2321312), ("1e10", 1e10), ("13 lakh", 1_300_000),
        ("two and a half million", 2_500_000),
    ],
)  # fmt: skip
def test_numbers(text: str, value: float) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["a", "soldiers", "10-20", ""])
def test_not_numbers(text: str) -> None:
    assert parse_number(text) is None


@pytest.mark.parametrize(
    ("text", "value", "low", "high", "approximate"),
    [
        ("at least 3,000", 3000, 3000, None, False),
        ("more than 1,000", 1000, 1000, None, False),
        ("over 45,000", 45000, 45000, None, False),
        ("an estimated 11,000", 11000, None, None, True),
        ("up to 100", 100, None, 100, False),
        ("nearly 500", 500, None, 500, False),
        ("fewer than 20", 20, None, 20, False),
        ("about 30", 30, None, None, True),
        ("some 200", 200, None, None, True),
        ("between 10 and 20", None, 10, 20, False),
        ("10-20", None, 10, 20, False),
        ("10 to 20", None, 10, 20, False),
        ("1.5 to 2 million", None, 1_500_000, 2_000_000, False),
        ("another three", 3, None, None, False),
        ("A total of 14", 14, None, None, False),
        ("over a dozen", 12, 12, None, False),
        ("up to $12.9bn", 12_900_000_000, None, 12_900_000_000, False),
        ("a combined maximum value of $2.6bn", 2_600_000_000, None, 2_600_000_000, False),
        # Recognizers-Text NumberRangeModel (MIT)
        ("five hundred or more", 500, 500, None, False),
        ("less than or equal to 30", 30, None, 30, False),
        ("equal to or more than 30", 30, 30, None, False),
        (">= 30", 30, 30, None, False),
        ("<20", 20, None, 20, False),
        ("20~100", None, 20, 100, False),
        ("20 through 100", None, 20, 100, False),
        ("more than 10 and less than 40", None, 10, 40, False),
        ("at most 100 and at least 20", None, 20, 100, False),
    ],
)
def test_qualifiers_and_ranges(
    text: str, value: float | None, low: float | None, high: float | None, approximate: bool
) -> None:
    quantity = parse_quantity(text)
    assert quantity is not None
    assert (quantity.value, quantity.low, quantity.high, quantity.approximate) == (
        value,
        low,
        high,
        approximate,
    )


@pytest.mark.parametrize(
    "text", ["thousands", "tens of thousands", "dozens", "hundreds of thousands"]
)
def test_vague_amounts_have_no_value(text: str) -> None:
    quantity = parse_quantity(text)
    assert (
        quantity is not None and quantity.value is None and quantity.vague and quantity.approximate
    )
