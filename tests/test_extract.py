"""`extract_raw`: inputs that a reader already holds (a CSV row, a WARC record)."""

from __future__ import annotations

from spacy.language import Language

from sayso.errors import EmptyInput, InputError
from sayso.extract import extract_raw
from sayso.read import RawInput
from sayso.records import Article

# FA-KES 1919191763 (TRT World, 9 April 2017), first sentences
TEXT = (
    "Air strikes killed at least 18 people in northwestern Syria on Saturday, the Syrian "
    "Observatory for Human Rights said."
)


def test_raw_inputs_become_articles_with_their_hints(nlp: Language) -> None:
    items: list[RawInput | InputError] = [
        RawInput(
            name="fakes.csv#1919191763",
            data=TEXT,
            title="Air strikes kill at least 18 in northwestern Syria",
            published="2017-04-09",
        ),
        InputError("fakes.csv#broken", "the row has no text"),
        RawInput(name="fakes.csv#empty", data="   "),
    ]
    results = list(extract_raw(items, nlp=nlp))
    article, passed, empty = results
    assert isinstance(article, Article)
    assert article.input == "fakes.csv#1919191763"
    assert article.title == "Air strikes kill at least 18 in northwestern Syria"
    assert article.published == "2017-04-09"
    figure = next(f for f in article.figures if f.value == 18 and f.start >= 0)
    assert figure.period is not None and figure.period.start == "2017-04-08"  # "on Saturday"
    assert passed is items[1]
    assert isinstance(empty, EmptyInput) and empty.name == "fakes.csv#empty"
