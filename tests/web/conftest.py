"""Web fixtures: a ledger with the bundled examples, a hostile article and a quantity
reported by three sources; the app over it, a TestClient, and ids to visit.

The hostile article is built by hand (no NLP) so that its claim offsets can cut through
the middle of its `<script>`, `<img onerror>` and `javascript:` strings: every string
in it, the headline, body, captions, URL, publisher, authors, source names and the
counted group of its figure, is markup that would run if a page ever let it through.
Each would set `window.__xss`; the browser tests check that nothing ever does.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from spacy.language import Language

from sayso.extract import extract_raw
from sayso.ledger.ingest import ingest_articles, store_article
from sayso.ledger.queries import list_sources, reconciled
from sayso.ledger.store import open_ledger
from sayso.read import iter_inputs
from sayso.records import Article, Claim, Figure, Source
from sayso.web import create_app
from tests.conftest import EXAMPLES
from tests.ledger.conftest import said, toll

BASE = "http://127.0.0.1"

EVIL_TITLE = "<script>window.__xss='title'</script> Strikes kill 12 in Idlib"
EVIL_BODY = (
    "The <script>window.__xss='body'</script> monitor said 12 people were killed in Idlib.\n\n"
    "Officials said <img src=x onerror=\"window.__xss='img'\"> the toll could rise to 20.\n\n"
    "See <a href=\"javascript:window.__xss='link'\">this link</a> for more."
)
EVIL_SOURCE = "<svg onload=\"window.__xss='source'\">Evil Source</svg>"
EVIL_OTHER = 'Eve " onmouseover="window.__xss=\'attr\'" x="'
EVIL_PUBLISHER = "<b onmouseover=\"window.__xss='publisher'\">Evil Wire</b>"
EVIL_URL = "javascript:window.__xss='url'//https://example.org/story"
EVIL_CAPTION = "<script>window.__xss='caption'</script>A caption"
EVIL_COUNTED = "<script>window.__xss='counted'</script> people"
MARKERS = ("title", "body", "img", "link", "source", "attr", "publisher", "url", "caption")


def _at(text: str, needle: str) -> int:
    where = text.index(needle)
    return where


def hostile_article() -> Article:
    """An article whose every string is markup, with claims cut through the tags."""
    body = EVIL_BODY
    first_end = body.index("Idlib.") + len("Idlib.")
    content_start = _at(body, "script>window")  # inside the tag
    content_end = _at(body, "were killed") + len("were killed")
    twelve = _at(body, "12 people")
    second = _at(body, "Officials")
    second_end = body.index("20.") + 3
    img_cut = _at(body, "onerror")
    twenty = _at(body, "20.")
    claims = [
        Claim(
            source=Source(name=EVIL_SOURCE, mention=EVIL_SOURCE, kind="organization"),
            cue="said",
            style="indirect",
            content=body[content_start:content_end],
            start=0,
            end=first_end,
            sentence=body[:first_end],
            figures=[
                Figure(
                    text="12 people",
                    value=12,
                    counted=EVIL_COUNTED,
                    outcome="killed",
                    location="Idlib",
                    start=twelve,
                    end=twelve + len("12 people"),
                )
            ],
            content_spans=[(content_start, content_end)],
        ),
        Claim(
            source=Source(name=EVIL_OTHER, mention="Officials", kind="person", role=EVIL_PUBLISHER),
            cue="said",
            style="indirect",
            content=body[img_cut:second_end],
            start=second,
            end=second_end,
            sentence=body[second:second_end],
            figures=[
                Figure(
                    text="20",
                    value=20,
                    high=20,
                    counted=EVIL_COUNTED,
                    outcome="killed",
                    start=twenty,
                    end=twenty + 2,
                )
            ],
            content_spans=[(img_cut, second_end - 1), (10_000, 10_005), (5, 2)],
        ),
    ]
    return Article(
        input="<script>window.__xss='input'</script>.txt",
        text=body,
        title=EVIL_TITLE,
        url=EVIL_URL,
        published="2017-04-05",
        publisher=EVIL_PUBLISHER,
        site="javascript:window.__xss='site'",
        authors=["<i onclick=\"window.__xss='author'\">Mallory</i>"],
        captions=[EVIL_CAPTION],
        claims=claims,
    )


def toll_articles() -> list[Article]:
    """Three outlets' figures for the same deaths in Khan Sheikhun: a quantity with
    three sources, bounds and a conflict."""
    place = "Khan Sheikhun"
    return [
        Article(
            input="wire-a.txt",
            title="Gas attack kills at least 58 in Khan Sheikhun",
            text="At least 58 people were killed in Khan Sheikhun, the Observatory said.",
            published="2017-04-04",
            publisher="Wire A",
            claims=[
                said(
                    "Syrian Observatory for Human Rights",
                    "At least 58 people were killed in Khan Sheikhun",
                    toll("At least 58", 58, low=58, location=place),
                )
            ],
        ),
        Article(
            input="wire-b.txt",
            title="Toll in Khan Sheikhun rises to 86",
            text="Eighty-six people were killed in Khan Sheikhun, health officials said.",
            published="2017-04-05",
            publisher="Wire B",
            claims=[
                said(
                    "Idlib Health Directorate",
                    "86 people were killed in Khan Sheikhun",
                    toll("86", 86, location=place),
                )
            ],
        ),
        Article(
            input="wire-c.txt",
            title="Up to 40 dead in Khan Sheikhun, government says",
            text="No more than 40 people were killed in Khan Sheikhun, the government said.",
            published="2017-04-05",
            publisher="Wire C",
            claims=[
                said(
                    "Syrian government",
                    "no more than 40 people were killed in Khan Sheikhun",
                    toll("no more than 40", 40, high=40, location=place),
                )
            ],
        ),
    ]


def syndicated_copy(original: Article) -> Article:
    """Another site's copy of `original`, with its own furniture."""
    return Article(
        input="mirror-wire-a.html",
        title=original.title,
        text=original.text + " Copyright Mirror Site, all rights reserved.",
        url="https://mirror.example/wire-a",
        published=original.published,
        publisher=original.publisher,
        site="Mirror Site",
        claims=list(original.claims),
        copy_of=original.id,
    )


@dataclass(frozen=True)
class WebIds:
    """Where to look in the test ledger."""

    nbc: str
    hostile: str
    hostile_source: int
    kirby: int
    toll: str
    toll_sources: int
    hostile_quantity: str
    wire_a: str
    mirror: str


@pytest.fixture(scope="session")
def web_db(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> str:
    """A ledger file: the examples (through the NLP), the hostile article, three tolls."""
    path = tmp_path_factory.mktemp("web") / "web.db"
    with open_ledger(str(path)) as ledger:
        for _ in ingest_articles(ledger, extract_raw(iter_inputs([str(EXAMPLES)]), None, nlp)):
            pass
        tolls = toll_articles()
        for article in [hostile_article(), *tolls, syndicated_copy(tolls[0])]:
            ledger.write(lambda session, a=article: store_article(session, a))
    return str(path)


@pytest.fixture(scope="session")
def web_ids(web_db: str) -> WebIds:
    with open_ledger(web_db, create=False) as ledger:
        evil = [s for s in list_sources(ledger, "Evil Source") if s.name == EVIL_SOURCE]
        kirby = [s for s in list_sources(ledger, "Kirby") if "Kirby" in s.name]
        quantities = reconciled(ledger)
    toll_q = next(q for q in quantities if q.place and "Shaykh" in q.place.name)
    hostile_q = next(q for q in quantities if q.counted and "script" in q.counted)
    nbc = extract_nbc_id()
    return WebIds(
        nbc=nbc,
        hostile=hostile_article().id,
        hostile_source=evil[0].id,
        kirby=kirby[0].id,
        toll=toll_q.id,
        toll_sources=len(toll_q.sources),
        hostile_quantity=hostile_q.id,
        wire_a=toll_articles()[0].id,
        mirror=syndicated_copy(toll_articles()[0]).id,
    )


def extract_nbc_id() -> str:
    """The id of the bundled NBC article (a hash of its words)."""
    from sayso.read import RawInput, load_page

    page = load_page(RawInput("nbc", path=EXAMPLES / "nbc-north-korean-soldiers.txt"))
    return Article(input="nbc", text=page.text, title=page.title).id


@pytest.fixture(scope="session")
def web_app(web_db: str, nlp: Language) -> Iterator[FastAPI]:
    app = create_app(web_db, nlp=nlp)
    yield app


@pytest.fixture(scope="session")
def client(web_app: FastAPI) -> Iterator[TestClient]:
    with TestClient(web_app, base_url=BASE) as test_client:
        yield test_client


@pytest.fixture()
def scratch_client(tmp_path: Path, nlp: Language) -> Iterator[TestClient]:
    """A client over an empty ledger of its own, for tests that write."""
    app = create_app(str(tmp_path / "scratch.db"), nlp=nlp)
    with TestClient(app, base_url=BASE) as test_client:
        yield test_client
