"""Period words to dates (`nlp/dates.py`), against a publication date.

Cases from news copy (FA-KES, CC BY 4.0; the reference page's "in November", "the past
week") and from Microsoft Recognizers-Text DatePeriodParser (MIT), where their "past"
reading is the news reading; an end date here is the last day covered (inclusive).
"""

from __future__ import annotations

import pytest

from sayso.nlp.time import resolve_period


@pytest.mark.parametrize(
    ("text", "published", "start", "end"),
    [
        ("in November", "2024-12-14", "2024-11-01", "2024-11-30"),
        ("the past week", "2024-12-14", "2024-12-07", "2024-12-14"),
        ("in the past 24 hours", "2014-11-30", "2014-11-29", "2014-11-30"),
        ("since mid-February", "2016-06-18", "2016-02-10", "2016-06-18"),
        ("since 10 August 2014", "2015-07-10", "2014-08-10", "2015-07-10"),
        ("in late 2014", "2015-07-10", "2014-07-01", "2014-12-31"),
        ("for the first six months of 2016", "2016-08-09", "2016-01-01", "2016-06-30"),
        ("over the weekend", "2016-08-09", "2016-08-06", "2016-08-07"),
        ("Last month", "2016-11-07", "2016-10-01", "2016-10-31"),
        ("last year", "2024-12-14", "2023-01-01", "2023-12-31"),
        ("on Tuesday", "2017-04-07", "2017-04-04", "2017-04-04"),
        ("from 2010 to 2015", "2019-11-18", "2010-01-01", "2015-12-31"),
        # Recognizers-Text DatePeriodParser
        ("from 4 to 22 this month", "2016-11-07", "2016-11-04", "2016-11-22"),
        ("Oct. 2 to October 22", "2016-11-07", "2016-10-02", "2016-10-22"),
        ("Q3 2016", "2016-11-07", "2016-07-01", "2016-09-30"),
        ("the 1970s", "2016-11-07", "1970-01-01", "1979-12-31"),
        ("late last month", "2017-11-08", "2017-10-16", "2017-10-31"),
        ("the third week of this month", "2016-11-07", "2016-11-14", "2016-11-20"),
    ],
)
def test_periods(text: str, published: str, start: str, end: str) -> None:
    assert resolve_period(text, published) == (start, end)


def test_no_publication_date_leaves_relative_words_unresolved() -> None:
    assert resolve_period("last month", None) == (None, None)
    assert resolve_period("in 2015", None) == ("2015-01-01", "2015-12-31")


@pytest.mark.parametrize(
    ("text", "per"),
    [
        ("up to 250 people a day", "day"),  # FA-KES 1923102845
        ("being wounded or killed each day", "day"),
        ("a day after the strike", None),
        ("a week ago", None),
    ],
)
def test_rates(text: str, per: str | None) -> None:
    from sayso.nlp.time import rate_of

    assert rate_of(text) == per
