"""Shared fixtures: the loaded pipeline, the repository's samples, and `../shared`."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from spacy.language import Language

import sayso
from sayso.records import Article

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SHARED = Path(os.environ.get("SAYSO_SHARED", ROOT.parent / "shared")).resolve()


@pytest.fixture(scope="session")
def nlp() -> Language:
    return sayso.load_pipeline()


@pytest.fixture(scope="session")
def analyse(nlp: Language) -> Callable[[str], Article]:
    """Extract an article from plain text (a headline line, then the body)."""

    def run(text: str) -> Article:
        return sayso.extract(text, nlp=nlp)

    return run


@pytest.fixture(scope="session")
def shared() -> Path:
    """The read-only `../shared` folder (CI has it; a user's clone does not)."""
    if not (SHARED / "eval" / "score.py").is_file():
        pytest.skip(f"../shared is absent ({SHARED}); set SAYSO_SHARED to run the evaluation gates")
    return SHARED
