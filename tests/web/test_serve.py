"""`sayso serve`: loopback by default, a help text with an example."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from spacy.language import Language
from typer.testing import CliRunner

from sayso.cli import app
from sayso.web import create_app
from sayso.web import serve as serve_module
from sayso.web.serve import is_loopback
from tests.web.conftest import BASE


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


def test_a_warm_start_fills_the_caches(web_db: str, nlp: Language) -> None:
    app = create_app(web_db, nlp=nlp, warm=True)
    cache = app.state.web.cache
    with TestClient(app, base_url=BASE):
        deadline = time.monotonic() + 60
        while not (cache.holds("quantities") and cache.holds("sources")):
            assert time.monotonic() < deadline, "the caches were not warmed"
            time.sleep(0.05)


def test_a_new_article_refreshes_the_cached_tables(tmp_path: Path, nlp: Language) -> None:
    app = create_app(str(tmp_path / "fresh.db"), nlp=nlp)
    with TestClient(app, base_url=BASE) as client:
        assert client.get("/api/quantities").json() == []
        assert client.get("/api/sources").json() == []
        text = "Strikes kill 12 in Idlib\n\nAir strikes killed 12 people in Idlib, the Syrian Observatory for Human Rights said."
        saved = client.post(
            "/analyse", data={"text": text, "save": "on"}, files={"file": ("", b"")}
        )
        assert saved.status_code == 200
        assert client.get("/api/quantities").json(), "the new figure is reconciled"
        assert client.get("/api/sources").json(), "the new source is listed"
