"""The command line: formats, batches, and one clear line per bad input."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sayso.cli import app
from tests.conftest import EXAMPLES

runner = CliRunner()
GOOD = "Strikes kill 12 in Idlib\n\nAir strikes killed at least 12 people in Idlib on Tuesday, the monitor said.\n"


def _run(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), input=stdin)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture()
def good(tmp_path: Path) -> Path:
    path = tmp_path / "good.txt"
    path.write_text(GOOD, encoding="utf-8")
    return path


def test_jsonl_writes_one_spec_record_per_article(good: Path) -> None:
    code, out, err = _run("extract", "--format", "jsonl", str(good))
    assert code == 0, err
    records = [json.loads(line) for line in out.splitlines()]
    assert len(records) == 1
    record = records[0]
    for field in (
        "input",
        "url",
        "title",
        "published",
        "publisher",
        "site",
        "authors",
        "text",
        "captions",
        "claims",
    ):
        assert field in record
    assert record["input"] == str(good)
    claim = next(c for c in record["claims"] if c["source"])
    for field in ("source", "cue", "style", "content", "start", "end", "figures"):
        assert field in claim
    for field in ("name", "mention", "kind", "role", "affiliation"):
        assert field in claim["source"]
    figure = claim["figures"][0]
    for field in (
        "text",
        "value",
        "low",
        "high",
        "approximate",
        "counted",
        "outcome",
        "per",
        "period",
        "location",
    ):
        assert field in figure
    assert figure["value"] == 12 and isinstance(figure["value"], int)


def test_json_and_table_formats(good: Path) -> None:
    code, out, _ = _run("extract", "--format", "json", str(good))
    assert code == 0 and json.loads(out)[0]["title"] == "Strikes kill 12 in Idlib"
    code, out, _ = _run("extract", str(good))
    assert code == 0 and "monitor" in out and "Strikes kill 12 in Idlib" in out


def test_stdin_and_directories(tmp_path: Path) -> None:
    code, out, _ = _run("extract", "--format", "jsonl", "-", stdin=GOOD)
    assert code == 0 and json.loads(out)["input"] == "-"
    nested = tmp_path / "a" / "b"
    nested.mkdir(parents=True)
    (nested / "one.txt").write_text(GOOD)
    (nested / "two.html.gz").write_bytes(
        gzip.compress(b"<html><body><article><p>" + GOOD.encode() + b"</p></article></body></html>")
    )
    (nested / "notes.md").write_text("ignored")
    code, out, _ = _run("extract", "--format", "jsonl", str(tmp_path))
    assert code == 0
    assert [Path(json.loads(line)["input"]).name for line in out.splitlines()] == [
        "one.txt",
        "two.html.gz",
    ]


def _bad_inputs(tmp_path: Path) -> dict[str, Path]:
    bad = {
        "missing": tmp_path / "missing.txt",
        "empty": tmp_path / "empty.txt",
        "binary": tmp_path / "image.txt",
        "huge": tmp_path / "huge.txt",
        "nested": tmp_path / "nested.html",
    }
    bad["empty"].write_text("")
    bad["binary"].write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 10)
    with bad["huge"].open("w") as fh:  # 50 MB of text
        line = "The minister said that the talks would continue next week. " * 16 + "\n"
        for _ in range(50_000_000 // len(line) + 1):
            fh.write(line)
    bad["nested"].write_text(
        "<html><body>" + "<div>" * 10_000 + "<p>deep</p>" + "</div>" * 10_000 + "</body></html>"
    )
    return bad


def test_each_bad_input_gives_one_line_and_the_batch_goes_on(tmp_path: Path, good: Path) -> None:
    bad = _bad_inputs(tmp_path)
    code, out, err = _run(
        "extract", "--format", "jsonl", *(str(p) for p in bad.values()), str(good)
    )
    assert code == 1
    assert [json.loads(line)["input"] for line in out.splitlines()] == [str(good)]
    lines = err.strip().splitlines()
    assert len(lines) == len(bad), err
    for path, line in zip(bad.values(), lines, strict=True):
        assert line.startswith(f"sayso: {path}: "), line
        assert "Traceback" not in line
    reasons = dict(zip(bad, lines, strict=True))
    assert "no such file" in reasons["missing"]
    assert "empty" in reasons["empty"]
    assert "PNG" in reasons["binary"]
    assert "limit" in reasons["huge"]
    assert "nested" in reasons["nested"]


def test_latin1_and_unbalanced_quotes_warn_but_extract(tmp_path: Path) -> None:
    latin = tmp_path / "latin.txt"
    latin.write_bytes(
        "Caf\xe9 owners said that 12 people were hurt in the blast near the caf\xe9.".encode(
            "latin-1"
        )
    )
    quotes = tmp_path / "quotes.txt"
    quotes.write_text(
        "Talks stall\n\nThe minister said “the talks will go on.\n\nOfficials said the meeting was postponed."
    )
    code, out, err = _run("extract", "--format", "jsonl", str(latin), str(quotes))
    assert code == 0
    assert len(out.splitlines()) == 2
    lines = err.strip().splitlines()
    assert len(lines) == 2
    assert lines[0].startswith(f"sayso: {latin}: warning: not UTF-8")
    assert lines[1].startswith(f"sayso: {quotes}: warning: unbalanced quotation mark")
    assert "Café" in json.loads(out.splitlines()[0])["text"]


def test_non_english_input_is_refused(tmp_path: Path) -> None:
    spanish = tmp_path / "es.txt"
    spanish.write_text(
        "El ministerio de defensa dijo el martes que al menos doce civiles murieron en los "
        "bombardeos sobre la ciudad, según fuentes locales citadas por la agencia estatal. "
        "Los equipos de rescate siguen buscando supervivientes entre los escombros de los "
        "edificios derrumbados en el centro de la ciudad, informaron las autoridades locales."
    )
    code, _, err = _run("extract", str(spanish))
    assert code == 1 and "English" in err


def test_unknown_model_is_a_clear_error(good: Path) -> None:
    code, _, err = _run("extract", "--model", "no_such_pipeline_xx", str(good))
    assert code == 2
    assert "not installed" in err and "Traceback" not in err


def test_bundled_examples_all_extract() -> None:
    code, out, err = _run("extract", "--format", "jsonl", str(EXAMPLES))
    assert code == 0, err
    records = [json.loads(line) for line in out.splitlines()]
    assert len(records) == len(list(EXAMPLES.glob("*.txt")) + list(EXAMPLES.glob("*.html.gz")))
    assert all(any(c["source"] for c in r["claims"]) for r in records)


def test_help_has_an_example() -> None:
    code, out, _ = _run("extract", "--help")
    assert code == 0 and "Example" in out and "sayso extract" in out
