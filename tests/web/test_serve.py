"""`sayso serve`: loopback by default, a help text with an example."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from sayso.cli import app
from sayso.web import serve as serve_module
from sayso.web.serve import is_loopback


def test_help_has_an_example() -> None:
    result = CliRunner().invoke(app, ["serve", "--help"])
    assert result.exit_code == 0
    assert "sayso serve --db" in result.stdout
    assert "127.0.0.1" in result.stdout


def test_binds_loopback_by_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: dict[str, Any] = {}

    def fake_run(application: Any, **kwargs: Any) -> None:
        seen.update(kwargs)
        seen["app"] = application

    monkeypatch.setattr(serve_module.uvicorn, "run", fake_run)
    result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "s.db")])
    assert result.exit_code == 0, result.output
    assert seen["host"] == "127.0.0.1" and seen["port"] == 8000
    assert seen["app"].state.web.allow_fetch is False


def test_other_hosts_warn(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(serve_module.uvicorn, "run", lambda *a, **k: None)
    result = CliRunner().invoke(
        app, ["serve", "--db", str(tmp_path / "s.db"), "--host", "0.0.0.0", "--port", "9000"]
    )
    assert result.exit_code == 0
    assert "reachable from other machines" in result.stderr


def test_a_bad_database_is_one_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["serve", "--db", "mysql://x/y"])
    assert result.exit_code == 2
    assert result.stderr.startswith("sayso: ")


@pytest.mark.parametrize(
    ("host", "loopback"),
    [("127.0.0.1", True), ("localhost", True), ("::1", True), ("127.0.0.2", True),
     ("0.0.0.0", False), ("192.168.1.5", False), ("example.org", False)],
)  # fmt: skip
def test_is_loopback(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback
