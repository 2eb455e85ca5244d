"""One attack, many outlets: the Khan Sheikhun chemical attack of 4 April 2017 in FA-KES.

The 22 FA-KES articles dated 4 to 6 April 2017 (ten outlets) go through the whole
pipeline (reading, NLP, ingest) into each backend. The attack's death toll must come
out as one quantity that shows every outlet's or speaker's figure with its source — the
Syrian Observatory's "at least 58" then 86, the WHO's "at least 70" (NNA), "72" then "at least
86" (Al Arabiya), "86" (Ahram Online), "more than 100" (the opposition coalition) — and
the range across them, flagged as a conflict ("86" and "more than 100" cannot both be
true). FA-KES: Abu Salem et al., ICWSM 2019, CC BY 4.0.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from bench.fakes import fakes_inputs, with_outlets

from sayso.extract import extract_raw
from sayso.ledger.ingest import ingest_articles
from sayso.ledger.queries import find_claims, reconciled
from sayso.ledger.store import Ledger
from sayso.records import Article

DAYS = {"4/4/17", "4/5/17", "4/6/17"}


@pytest.fixture(scope="module")
def attack_articles(shared: Path, tmp_path_factory: pytest.TempPathFactory) -> list[Article]:
    fakes = shared / "data" / "fa-kes" / "fakes.csv"
    with fakes.open(encoding="utf-8", errors="replace", newline="") as fh:
        rows = [row for row in csv.DictReader(fh) if row["date"] in DAYS]
    subset = tmp_path_factory.mktemp("fakes") / "fakes.csv"
    with subset.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    inputs, outlets = fakes_inputs(subset)
    return [a for a in with_outlets(extract_raw(inputs), outlets) if isinstance(a, Article)]


def test_an_attack_reported_by_several_outlets(
    ledger: Ledger, attack_articles: list[Article]
) -> None:
    assert len(attack_articles) == 22
    stored = list(ingest_articles(ledger, attack_articles))
    assert len(stored) == 22
    incident = next(
        q
        for q in reconciled(ledger, about="Khan Sheikhun", min_sources=4)
        if q.outcome == "killed" and q.counted == "people"
    )
    assert incident.place is not None and incident.place.name == "Khān Shaykhūn"
    assert incident.start is not None and incident.start.isoformat() == "2017-04-04"
    figures = {s.source: s.text for s in incident.sources}
    assert figures["NNA"] == "at least 70"  # the WHO's toll, in NNA's words
    assert figures["Ahram Online"] == "86"
    assert figures["Al Arabiya"].lower() == "at least 86"
    # the Observatory revised its toll: "at least 58" on Tuesday, 86 on Wednesday ("a
    # monitoring group said" in Ahram Online's copy, named by the next sentence)
    assert figures["Syrian Observatory for Human Rights"] == "86"
    observatory = next(s for s in incident.sources if s.source.startswith("Syrian Observatory"))
    assert "at least 58" in [h[1] for h in observatory.history] and observatory.revised
    assert any(text == "more than 100" for text in figures.values())
    al_arabiya = next(s for s in incident.sources if s.source == "Al Arabiya")
    assert [h[1] for h in al_arabiya.history] == ["72"] and al_arabiya.revised
    assert len({s.source for s in incident.sources}) >= 8
    assert incident.conflict
    assert incident.low is not None and incident.low <= 58
    assert incident.high == 100 and incident.best is not None and 58 <= incident.best <= 86
    assert any("86" in clash and "100" in clash for clash in incident.conflicts)


def test_the_observatory_across_outlets_is_one_source(
    ledger: Ledger, attack_articles: list[Article]
) -> None:
    list(ingest_articles(ledger, attack_articles))
    claims = find_claims(ledger, source="Syrian Observatory")
    outlets = {c.outlet for c in claims}
    assert {c.source for c in claims} == {"Syrian Observatory for Human Rights"}
    assert len(outlets) >= 4
    assert len(find_claims(ledger, source="SOHR")) == len(claims)
