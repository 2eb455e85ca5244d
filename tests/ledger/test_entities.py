"""Sources across articles: one entity per real source, with its aliases.

The names are as the NLP gives them for sentences of real articles: the reference page
(NBC News, "North Korean soldiers kill themselves...", John Kirby, "Britain's defense
ministry") and FA-KES wire copy (the Syrian Observatory for Human Rights in its many
forms, SANA, Rami Abdel Rahman).
"""

from __future__ import annotations

import pytest

from sayso.ledger.entities import describe_source, resolve_article
from sayso.ledger.ingest import store_article
from sayso.ledger.queries import find_claims, list_sources
from sayso.ledger.store import Ledger
from sayso.records import Source
from tests.ledger.conftest import ArticleFactory, said


def _draft(name: str, kind: str = "organization", **extra: str) -> tuple[str, str, bool]:
    draft = describe_source(Source(name=name, mention=name, kind=kind, **extra))  # type: ignore[arg-type]
    return draft.key, draft.name, draft.anonymous


@pytest.mark.parametrize(
    ("name", "kind", "key", "shown"),
    [
        ("the U.S.", "country", "country:US", "United States"),
        ("United States", "country", "country:US", "United States"),
        ("Washington", "country", "country:US", "United States"),
        (
            "Britain's defense ministry",
            "organization",
            "org:GB:ministry of defence",
            "British Ministry of Defence",
        ),
        (
            "Britain’s defense ministry",
            "organization",
            "org:GB:ministry of defence",
            "British Ministry of Defence",
        ),
        (
            "UK Ministry of Defence",
            "organization",
            "org:GB:ministry of defence",
            "British Ministry of Defence",
        ),
        (
            "Russian Defense Ministry",
            "organization",
            "org:RU:ministry of defence",
            "Russian Ministry of Defence",
        ),
        ("Syrian army", "organization", "org:SY:armed forces", "Syrian Armed Forces"),
        ("Syrian state television", "organization", "org:SY:state media", "Syrian state media"),
        (
            "Britain-based Syrian Observatory for Human Rights",
            "organization",
            "org:syrian observatory for human rights",
            "Syrian Observatory for Human Rights",
        ),
        (
            "so-called Syrian Observatory for Human Rights",
            "organization",
            "org:syrian observatory for human rights",
            "Syrian Observatory for Human Rights",
        ),
        ("State news agency SANA", "organization", "org:sana", "SANA"),
        ("SANAs correspondent", "unknown", "org:sana", "SANA"),
        ("U.N.", "organization", "org:un", "UN"),
        ("Syrian Rami Abdel Rahman", "person", "person:rami abdel rahman", "Rami Abdel Rahman"),
        ("John Kirby", "person", "person:john kirby", "John Kirby"),
        ("Homs Governor Talal Barazi", "person", "person:talal barazi", "Talal Barazi"),
        (
            "Rami Abdel Rahman director of the Syrian Observatory for Human Rights",
            "unknown",
            "person:rami abdel rahman",
            "Rami Abdel Rahman",
        ),
        ("Syrian Observatory", "person", "org:syrian observatory", "Syrian Observatory"),
        (
            "opposing UK-based Syrian Observatory for Human Rights",
            "organization",
            "org:syrian observatory for human rights",
            "Syrian Observatory for Human Rights",
        ),
        ("Syrias state news agency SANA", "organization", "org:sana", "SANA"),
        ("AFP photographer", "organization", "org:afp", "AFP"),
        ("Al-Manar reporter", "unknown", "org:al-manar", "Al-Manar"),
        ("infuriated United Nations", "organization", "org:united nations", "United Nations"),
        ("al-Nusra Front", "organization", "org:al-nusra front", "al-Nusra Front"),
    ],
)
def test_names_normalise_to_one_key(name: str, kind: str, key: str, shown: str) -> None:
    assert _draft(name, kind)[:2] == (key, shown)


@pytest.mark.parametrize(
    "name",
    ["A source", "the sources", "Activists", "a military source", "monitoring group",
     "Britain-based monitor", "Syrian activists", "statement", "defence ministry"],
)  # fmt: skip
def test_unnamed_sources_are_anonymous(name: str) -> None:
    assert _draft(name, "unknown")[2]


def test_an_articles_monitor_is_its_one_named_organisation() -> None:
    drafts = [
        describe_source(
            Source("Syrian Observatory for Human Rights", "Observatory", "organization")
        ),
        describe_source(Source("monitor", "the monitor", "organization")),
        describe_source(Source("Observatory", "Observatory", "person")),
        describe_source(Source("A source", "A source", "unknown")),
    ]
    resolved = resolve_article(drafts)
    assert [d.key if d and not d.anonymous else None for d in resolved] == [
        "org:syrian observatory for human rights",
        "org:syrian observatory for human rights",
        "org:syrian observatory for human rights",
        None,
    ]


def _store_all(ledger: Ledger, make_article: ArticleFactory, names: list[tuple[str, str]]) -> None:
    for i, (name, kind) in enumerate(names):
        article = make_article(
            f"Report number {i}",
            [said(name, f"claim {i} by {name}", kind=kind)],
            input=f"a{i}.txt",
        )
        ledger.write(lambda session, a=article: store_article(session, a))


def _entities(ledger: Ledger) -> dict[str, set[str]]:
    return {s.name: {*s.aliases} for s in list_sources(ledger)}


def test_kirby_is_john_kirby_across_articles(ledger: Ledger, make_article: ArticleFactory) -> None:
    _store_all(ledger, make_article, [("John Kirby", "person"), ("Kirby", "person")])
    assert _entities(ledger) == {"John Kirby": {"Kirby"}}
    assert len(find_claims(ledger, source="Kirby")) == 2
    assert len(find_claims(ledger, source="John Kirby")) == 2


def test_a_surname_first_takes_the_full_name_later(
    ledger: Ledger, make_article: ArticleFactory
) -> None:
    _store_all(ledger, make_article, [("Kirby", "person"), ("John Kirby", "person")])
    assert _entities(ledger) == {"John Kirby": {"Kirby"}}


def test_an_ambiguous_surname_is_not_merged(ledger: Ledger, make_article: ArticleFactory) -> None:
    _store_all(
        ledger,
        make_article,
        [("John Kirby", "person"), ("Jane Kirby", "person"), ("Kirby", "person")],
    )
    assert set(_entities(ledger)) == {"John Kirby", "Jane Kirby", "Kirby"}


def test_countries_and_ministries_are_one_entity_each(
    ledger: Ledger, make_article: ArticleFactory
) -> None:
    _store_all(
        ledger,
        make_article,
        [
            ("the U.S.", "country"),
            ("United States", "country"),
            ("Washington", "country"),
            ("Britain's defense ministry", "organization"),
            ("UK Ministry of Defence", "organization"),
        ],
    )
    entities = _entities(ledger)
    assert entities == {
        "United States": {"the U.S.", "U.S.", "Washington"},
        "British Ministry of Defence": {"Britain's defense ministry", "UK Ministry of Defence"},
    }


def test_an_observatory_in_its_forms_and_a_transliteration(
    ledger: Ledger, make_article: ArticleFactory
) -> None:
    _store_all(
        ledger,
        make_article,
        [
            ("SOHR", "organization"),
            ("Britain-based Syrian Observatory for Human Rights", "organization"),
            ("Syrian Observatory", "organization"),
            ("Rami Abdel Rahman", "person"),
            ("Rami Abdurrahman", "person"),
            ("Abdel Rahman", "person"),
            ("Syrian Obervatorty for Human Rights", "organization"),  # a typo in FA-KES
            ("Chief Rami Abdel Rahman", "person"),
        ],
    )
    entities = _entities(ledger)
    assert set(entities) == {"Syrian Observatory for Human Rights", "Rami Abdel Rahman"}
    assert {"SOHR", "Syrian Observatory"} <= entities["Syrian Observatory for Human Rights"]
    assert {"Rami Abdurrahman", "Abdel Rahman"} <= entities["Rami Abdel Rahman"]
