"""Scale-out: shards, Parquet output, resumption, and a real Dask LocalCluster."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from sayso.scale import plan_shards, read_tables, run_sharded
from tests.conftest import EXAMPLES


def _sorted_rows(out: Path) -> dict[str, list[str]]:
    return {name: sorted(map(str, table.to_pylist())) for name, table in read_tables(out).items()}


def test_plan_groups_files_and_reports_missing(tmp_path: Path) -> None:
    shards, errors = plan_shards([str(EXAMPLES), str(tmp_path / "missing.txt")], files_per_shard=2)
    assert sum(len(s.inputs) for s in shards) == 5
    assert max(len(s.inputs) for s in shards) == 2
    assert [e.name for e in errors] == [str(tmp_path / "missing.txt")]
    again, _ = plan_shards([str(EXAMPLES)], files_per_shard=2)
    assert [s.id for s in again] == [s.id for s in shards]  # stable ids


def test_in_process_run_writes_parquet_and_resumes(tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = run_sharded([str(EXAMPLES)], out, files_per_shard=2)
    assert first.articles == 5 and not first.failed and first.skipped == 0
    assert sorted(p.name for p in out.iterdir()) == ["_shards", "articles", "claims", "figures"]
    again = run_sharded([str(EXAMPLES)], out, files_per_shard=2)
    assert again.skipped == again.shards and again.articles == 0


def test_a_bad_file_is_reported_and_the_shard_goes_on(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    shutil.copytree(EXAMPLES, pages)
    (pages / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    summary = run_sharded([str(pages)], tmp_path / "out")
    assert summary.articles == 5
    assert len(summary.errors) == 1 and "broken.txt" in summary.errors[0]


@pytest.mark.slow
def test_dask_cluster_gives_the_same_records_as_one_process(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    single = run_sharded([str(EXAMPLES)], tmp_path / "single", files_per_shard=2)
    dask = run_sharded([str(EXAMPLES)], tmp_path / "dask", files_per_shard=2, workers=2)
    assert not dask.failed and dask.articles == single.articles == 5
    assert _sorted_rows(tmp_path / "dask") == _sorted_rows(tmp_path / "single")


def _claims(db: Path) -> list[str]:
    from typer.testing import CliRunner

    from sayso.cli import app

    result = CliRunner().invoke(app, ["claims", "--db", str(db), "--format", "jsonl", "-n", "0"])
    assert result.exit_code == 0, result.stderr
    return sorted(result.stdout.splitlines())


@pytest.mark.slow
def test_ingest_on_dask_stores_what_one_process_stores(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from sayso.cli import app

    runner = CliRunner()
    single = runner.invoke(app, ["ingest", str(EXAMPLES), "--db", str(tmp_path / "one.db")])
    assert single.exit_code == 0, single.stderr
    work = tmp_path / "shards"
    args = ["ingest", str(EXAMPLES), "--db", str(tmp_path / "dask.db"), "--work-dir", str(work)]
    scaled = runner.invoke(app, [*args, "--workers", "2"])
    assert scaled.exit_code == 0, scaled.stderr
    assert "5 articles into" in scaled.stdout
    assert _claims(tmp_path / "dask.db") == _claims(tmp_path / "one.db")
    again = runner.invoke(app, [*args, "--workers", "2"])  # resumed: nothing left to do
    assert again.exit_code == 0 and "1 done before" in again.stdout
    assert "0 articles into" in again.stdout


def test_out_keeps_only_parquet(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from sayso.cli import app

    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("SAYSO_DB", raising=False)
    result = CliRunner().invoke(app, ["ingest", str(EXAMPLES), "--out", str(tmp_path / "pq")])
    assert result.exit_code == 0, result.stderr
    assert read_tables(tmp_path / "pq")["articles"].num_rows == 5
    assert not (tmp_path / "sayso.db").exists()  # no ledger was opened
