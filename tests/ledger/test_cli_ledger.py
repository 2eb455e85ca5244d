"""The ledger commands end to end on the bundled examples: ingest, claims, figures,
sources, show and export, as a person and as a program would use them."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from sayso.cli import app
from tests.conftest import EXAMPLES

runner = CliRunner()
NBC = "nbc-north-korean-soldiers.txt"


def _run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("command", ["ingest", "claims", "figures", "sources", "show", "export"])
def test_every_command_has_help_with_an_example(command: str) -> None:
    code, out, _ = _run(command, "--help")
    assert code == 0 and "Example" in out and f"sayso {command}" in out


def test_the_ledger_commands_on_the_examples(db_url: str, tmp_path: Path) -> None:
    code, out, err = _run("ingest", str(EXAMPLES), "--db", db_url)
    assert code == 0, err
    assert "5 articles into" in out and "(5 added)" in out
    code, out, _ = _run("ingest", str(EXAMPLES), "--db", db_url)
    assert code == 0 and "(5 unchanged)" in out

    # claims: a table for people, jsonl and csv for machines
    code, out, _ = _run("claims", "--db", db_url)
    assert code == 0 and "John Kirby" in out and "Zelenskyy" in out
    code, out, _ = _run("claims", "--source", "Kirby", "--format", "jsonl", "--db", db_url)
    kirby = [json.loads(line) for line in out.splitlines()]
    assert len(kirby) == 7 and {c["source"] for c in kirby} == {"John Kirby"}
    assert kirby[0]["article"]["title"].startswith("North Korean soldiers kill themselves")
    code, out, _ = _run("claims", "--about", "suicides", "--format", "csv", "--db", db_url)
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == 1 and rows[0]["source"] == "John Kirby" and rows[0]["cue"] == "said"
    code, out, _ = _run("claims", "--since", "2030-01-01", "--format", "jsonl", "--db", db_url)
    assert code == 0 and out == ""
    code, _, err = _run("claims", "--since", "last week", "--db", db_url)
    assert code == 2 and "YYYY-MM-DD" in err

    # sources: one entity per source, aliases kept
    code, out, _ = _run("sources", "--format", "jsonl", "--db", db_url)
    sources = {s["name"]: s for s in map(json.loads, out.splitlines())}
    assert "Britain’s defense ministry" in sources["British Ministry of Defence"]["aliases"]
    assert sources["John Kirby"]["claims"] == 7 and sources["United States"]["kind"] == "country"
    code, out, _ = _run("sources", "Kirby", "--db", db_url)
    assert code == 0 and "John Kirby" in out and "Zelenskyy" not in out

    # figures: the reconciled table
    code, out, _ = _run("figures", "--db", db_url)
    assert code == 0 and "low / best / high" in out
    code, out, _ = _run("figures", "--about", "North Korean", "--format", "jsonl", "--db", db_url)
    quantities = [json.loads(line) for line in out.splitlines()]
    assert quantities and all(
        {"low", "best", "high", "conflict", "sources"} <= q.keys() for q in quantities
    )
    assert any(s["source"] == "Volodymyr Zelenskyy" for q in quantities for s in q["sources"])
    code, out, _ = _run("figures", "--format", "csv", "--db", db_url)
    assert out.startswith("quantity_id,quantity,counted,outcome")

    # show: the stored article is the extracted record
    code, out, _ = _run("extract", "--format", "jsonl", str(EXAMPLES / NBC))
    extracted = json.loads(out)
    code, out, _ = _run("show", extracted["id"][:8], "--format", "json", "--db", db_url)
    shown = json.loads(out)
    assert {k: shown[k] for k in extracted} == extracted
    assert shown["inputs"] == [str(EXAMPLES / NBC)]
    code, out, _ = _run("show", str(EXAMPLES / NBC), "--db", db_url)
    assert code == 0 and "North Korean soldiers kill themselves" in out and "John Kirby" in out
    code, _, err = _run("show", "ffffffffffff", "--db", db_url)
    assert code == 2 and "no article" in err

    # export: the same tables in every format
    for fmt in ("csv", "jsonl", "parquet"):
        code, out, err = _run(
            "export", "--format", fmt, "--out", str(tmp_path / fmt), "--db", db_url
        )
        assert code == 0, err
    articles = pq.read_table(tmp_path / "parquet" / "articles.parquet")
    assert articles.num_rows == 5 and "counted" in articles.column_names
    claims = pq.read_table(tmp_path / "parquet" / "claims.parquet").to_pylist()
    assert sum(1 for c in claims if c["source"] == "John Kirby") == 7
    with (tmp_path / "csv" / "sources.csv").open() as fh:
        assert any(row["name"] == "United States" for row in csv.DictReader(fh))
    records = (tmp_path / "jsonl" / "records.jsonl").read_text().splitlines()
    assert len(records) == 5
    assert {json.loads(r)["id"] for r in records} >= {extracted["id"]}
    quantities_rows = (tmp_path / "jsonl" / "quantities.jsonl").read_text().splitlines()
    assert quantities_rows and "low" in json.loads(quantities_rows[0])


def test_queries_on_a_missing_ledger_say_how_to_make_one(tmp_path: Path) -> None:
    code, _, err = _run("claims", "--db", str(tmp_path / "none.db"))
    assert code == 2 and "sayso ingest" in err
    assert not (tmp_path / "none.db").exists()


def test_ingest_reports_bad_inputs_and_goes_on(db_url: str, tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(
        "Strikes kill 12 in Idlib\n\nAir strikes killed at least 12 people in Idlib on Tuesday, "
        "the monitor said.\n"
    )
    code, out, err = _run("ingest", str(tmp_path / "missing.txt"), str(good), "--db", db_url)
    assert code == 1
    assert err.startswith(f"sayso: {tmp_path / 'missing.txt'}: no such file")
    assert "1 articles into" in out
