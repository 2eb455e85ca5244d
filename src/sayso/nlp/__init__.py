"""The NLP layer: spaCy components for attribution and figures, and the pipeline loader."""

from __future__ import annotations

from .attribution import Attribution, AttributionFinder
from .pipeline import COMPONENTS, load_pipeline

__all__ = ["COMPONENTS", "Attribution", "AttributionFinder", "load_pipeline"]
