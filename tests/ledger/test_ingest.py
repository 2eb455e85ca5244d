"""Storing articles: idempotent, copies counted once, versions, all-or-nothing."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from sayso.errors import InputError
from sayso.ledger import entities
from sayso.ledger.ingest import IngestStats, ingest_articles, store_article
from sayso.ledger.queries import find_article, find_claims, reconciled
from sayso.ledger.store import Ledger
from tests.ledger.conftest import ArticleFactory, said, toll


def _counts(ledger: Ledger) -> dict[str, int]:
    with ledger.session() as session:
        return {
            table: session.execute(sa.text(f"SELECT count(*) FROM {table}")).scalar_one()
            for table in ("articles", "article_inputs", "claims", "figures", "sources")
        }


def _store(ledger: Ledger, article: object) -> str:
    return ledger.write(lambda session: store_article(session, article)).status  # type: ignore[arg-type]


@pytest.fixture()
def strike(make_article: ArticleFactory) -> object:
    return make_article(
        "Air strikes kill 12 in Idlib",
        [
            said(None, "Air strikes killed 12 people in Idlib", toll("12", 12, location="Idlib")),
            said(
                "Syrian Observatory for Human Rights",
                "at least 12 people were killed",
                toll("at least 12", 12, low=12),
            ),
        ],
        publisher="Reuters",
        url="https://example.com/idlib-strikes",
        input="idlib.txt",
    )


def test_an_article_round_trips(ledger: Ledger, strike: object) -> None:
    assert _store(ledger, strike) == "added"
    view = find_article(ledger, strike.id)  # type: ignore[attr-defined]
    assert view.article.to_dict() == strike.to_dict()  # type: ignore[attr-defined]
    assert view.inputs == ["idlib.txt"]
    assert view.sources == {1: "Syrian Observatory for Human Rights"}


def test_the_same_article_again_changes_nothing(ledger: Ledger, strike: object) -> None:
    _store(ledger, strike)
    before = _counts(ledger)
    assert _store(ledger, strike) == "unchanged"
    assert (
        _counts(ledger)
        == before
        == {
            "articles": 1,
            "article_inputs": 1,
            "claims": 2,
            "figures": 2,
            "sources": 1,
        }
    )


def test_the_same_words_elsewhere_are_a_copy_counted_once(
    ledger: Ledger, strike: object, make_article: ArticleFactory
) -> None:
    _store(ledger, strike)
    mirror = make_article(
        strike.title,  # type: ignore[attr-defined]
        strike.claims,  # type: ignore[attr-defined]
        text=strike.text,  # type: ignore[attr-defined]
        publisher="Reuters",
        url="https://mirror.example.org/story",
        input="mirror.html",
    )
    assert mirror.id == strike.id  # type: ignore[attr-defined]
    assert _store(ledger, mirror) == "copy"
    assert _counts(ledger)["claims"] == 2
    assert len(find_claims(ledger)) == 2
    assert sorted(find_article(ledger, "mirror.html").inputs) == ["idlib.txt", "mirror.html"]


def test_a_syndicated_copy_is_stored_but_not_counted(
    ledger: Ledger, strike: object, make_article: ArticleFactory
) -> None:
    copy = make_article(
        "Air strikes kill 12 in Idlib - Daily Paper",
        strike.claims,  # type: ignore[attr-defined]
        text=strike.text + " Share this story.",  # type: ignore[attr-defined]
        copy_of=strike.id,  # type: ignore[attr-defined]
        input="daily-paper.html",
    )
    assert _store(ledger, copy) == "copy"
    # the original is not in the ledger yet: the copy's claims are the only ones, so count
    assert len(find_claims(ledger)) == 2
    assert _store(ledger, strike) == "added"
    assert len(find_claims(ledger)) == 2
    assert {c.article_id for c in find_claims(ledger)} == {strike.id}  # type: ignore[attr-defined]
    assert find_article(ledger, strike.id).copies == [copy.id]  # type: ignore[attr-defined]
    incident = [q for q in reconciled(ledger) if q.outcome == "killed"]
    assert all(len(q.observations) == len({o.figure_id for o in q.observations}) for q in incident)
    assert sum(len(q.observations) for q in incident) == 2


def test_a_new_version_of_a_url_supersedes_the_old(
    ledger: Ledger, strike: object, make_article: ArticleFactory
) -> None:
    _store(ledger, strike)
    update = make_article(
        "Air strikes kill 15 in Idlib",
        [said(None, "Air strikes killed 15 people in Idlib", toll("15", 15, location="Idlib"))],
        publisher="Reuters",
        url="https://example.com/idlib-strikes",
        input="idlib-updated.txt",
        published="2017-04-06",
    )
    assert _store(ledger, update) == "version"
    assert find_article(ledger, strike.id).superseded_by == update.id  # type: ignore[attr-defined]
    assert [c.content for c in find_claims(ledger)] == ["Air strikes killed 15 people in Idlib"]


def test_an_article_commits_whole_or_not_at_all(
    ledger: Ledger, strike: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_: object, **__: object) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr("sayso.ledger.ingest.link_source", broken)
    with pytest.raises(RuntimeError):
        _store(ledger, strike)
    assert set(_counts(ledger).values()) == {0}
    monkeypatch.setattr("sayso.ledger.ingest.link_source", entities.link_source)
    assert _store(ledger, strike) == "added"


def test_ingest_articles_passes_errors_through_and_counts(ledger: Ledger, strike: object) -> None:
    stats = IngestStats()
    error = InputError("bad.txt", "the input is empty")
    results = list(ingest_articles(ledger, [error, strike, strike], stats))  # type: ignore[list-item]
    assert results[0] is error
    assert [r.status for r in results[1:]] == ["added", "unchanged"]  # type: ignore[union-attr]
    assert stats.statuses == {"added": 1, "unchanged": 1} and stats.failed == 1
    assert stats.claims == 2 and stats.figures == 2


def test_a_write_that_keeps_clashing_is_a_ledger_error(ledger: Ledger) -> None:
    from sqlalchemy.exc import IntegrityError

    from sayso.errors import LedgerError

    calls = []

    def clash(_session: object) -> None:
        calls.append(1)
        raise IntegrityError("INSERT", {}, Exception("UNIQUE constraint failed: articles.id"))

    ledger.retries = 2
    with pytest.raises(LedgerError, match="kept clashing"):
        ledger.write(clash)
    assert len(calls) == 3
