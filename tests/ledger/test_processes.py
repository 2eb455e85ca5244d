"""Real processes on one ledger: two `sayso ingest` at once, and one killed with SIGKILL."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
import sqlalchemy as sa

from sayso.ledger.store import open_ledger
from tests.conftest import ROOT

SOURCES = [
    "the Syrian Observatory for Human Rights said",
    "the Britain-based Syrian Observatory for Human Rights said",
    "Rami Abdel Rahman, head of the Observatory, said",
    "state news agency SANA reported",
]


@pytest.fixture()
def pages(tmp_path: Path) -> Path:
    """Eight short reports that share their sources (the entities race to be created)."""
    folder = tmp_path / "pages"
    folder.mkdir()
    for i in range(8):
        who = SOURCES[i % len(SOURCES)]
        (folder / f"report-{i}.txt").write_text(
            f"Air strikes kill {i + 3} in Idlib\n\n"
            f"Air strikes killed at least {i + 3} people in the town of Saraqeb on day {i}, {who}.\n\n"
            f"Rescue workers said {i + 10} people were wounded in report number {i}.\n",
            encoding="utf-8",
        )
    return folder


def _sayso(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "sayso", *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _check(db_url: str) -> int:
    """Assert the ledger is consistent; return how many articles it holds."""
    if "://" not in db_url:
        with sqlite3.connect(db_url) as connection:
            assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    with open_ledger(db_url) as ledger, ledger.session() as session:
        broken = session.execute(
            sa.text(
                "SELECT a.id FROM articles a WHERE a.n_claims != "
                "(SELECT count(*) FROM claims c WHERE c.article_id = a.id) OR a.n_figures != "
                "(SELECT count(*) FROM figures f WHERE f.article_id = a.id) OR NOT EXISTS "
                "(SELECT 1 FROM article_inputs i WHERE i.article_id = a.id)"
            )
        ).all()
        assert broken == []
        orphans = session.execute(
            sa.text(
                "SELECT count(*) FROM claims c WHERE c.source_id IS NOT NULL AND NOT EXISTS "
                "(SELECT 1 FROM sources s WHERE s.id = c.source_id)"
            )
        ).scalar_one()
        assert orphans == 0
        count: int = session.execute(sa.text("SELECT count(*) FROM articles")).scalar_one()
        return count


def _sources(db_url: str) -> list[str]:
    with open_ledger(db_url) as ledger, ledger.session() as session:
        return sorted(session.execute(sa.text("SELECT name FROM sources")).scalars())


def test_two_ingests_at_once_store_each_article_once(db_url: str, pages: Path) -> None:
    first = _sayso("ingest", str(pages), "--db", db_url)
    second = _sayso("ingest", str(pages), "--db", db_url)
    for process in (first, second):
        out, err = process.communicate(timeout=300)
        assert process.returncode == 0, err
        assert "8 articles into" in out
    assert _check(db_url) == 8
    assert _sources(db_url) == ["Rami Abdel Rahman", "SANA", "Syrian Observatory for Human Rights"]


_STORM = textwrap.dedent(
    """
    import random, sys
    from sayso.ledger import ingest_articles, open_ledger
    from sayso.records import Article, Claim, Figure, Source
    names = ["Syrian Observatory for Human Rights", "SOHR", "Rami Abdel Rahman",
             "Kirby", "John Kirby", "the U.S.", "Washington", "UK Ministry of Defence"]
    articles = []
    for i in range(60):
        who = names[i % len(names)]
        kind = "person" if "Kirby" in who or "Rami" in who else "organization"
        figure = Figure(text=str(i), value=float(i), counted="people", outcome="killed")
        claim = Claim(source=Source(who, who, kind), cue="said", style="indirect",
                      content=f"{i} people were killed", start=0, end=10, figures=[figure])
        articles.append(Article(input=f"storm-{i}", text=f"Report {i}: {i} people killed.",
                                title=f"Report {i}", published="2024-12-01", claims=[claim]))
    random.Random(int(sys.argv[2])).shuffle(articles)
    with open_ledger(sys.argv[1]) as ledger:
        results = list(ingest_articles(ledger, articles))
    print(len(results))
    """
)


def test_two_writers_racing_on_the_same_articles_and_sources(db_url: str) -> None:
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", _STORM, db_url, str(seed)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for seed in (1, 2)
    ]
    for writer in writers:
        out, err = writer.communicate(timeout=300)
        assert writer.returncode == 0, err
        assert out.strip() == "60"
    assert _check(db_url) == 60
    assert _sources(db_url) == [
        "British Ministry of Defence",
        "John Kirby",
        "Rami Abdel Rahman",
        "Syrian Observatory for Human Rights",
        "United States",
    ]


def test_a_killed_ingest_leaves_a_consistent_ledger(
    db_url: str, pages: Path, tmp_path: Path
) -> None:
    marker = tmp_path / "storing.txt"
    marker.touch()
    slow = subprocess.Popen(
        [sys.executable, str(ROOT / "tests" / "ledger" / "slow_ingest.py"), str(marker),
         "ingest", str(pages), "--db", db_url],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    deadline = time.monotonic() + 180
    while len(marker.read_text().split()) < 3:  # the third article is inside its transaction
        assert slow.poll() is None, slow.stderr.read() if slow.stderr else ""
        assert time.monotonic() < deadline, "the ingest never reached its third article"
        time.sleep(0.05)
    os.kill(slow.pid, signal.SIGKILL)
    slow.wait(timeout=30)
    assert slow.returncode == -signal.SIGKILL
    committed = _check(db_url)
    assert committed == 2  # the two before; nothing of the third
    again = _sayso("ingest", str(pages), "--db", db_url)
    out, err = again.communicate(timeout=300)
    assert again.returncode == 0, err
    assert "2 unchanged" in out and "6 added" in out
    assert _check(db_url) == 8
