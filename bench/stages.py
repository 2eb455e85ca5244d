#!/usr/bin/env python3
"""Where the time goes: sayso's stages and spaCy's components, one at a time.

    .venv/bin/python bench/stages.py [--n 300] [--functions 15]

On N FA-KES articles it runs each stage of `sayso extract` over the whole batch before
the next (reading and cleaning, tokenizer, each pipeline component, building records,
grouping copies) and prints each stage's share of the total. Then it profiles sayso's
components in a second pass with cProfile and lists the functions they spend their time
in (own time, the libraries they call included): where to look for the next saving.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import csv
import os
import pstats
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from spacy.tokens import Doc

import sayso
from sayso.config import Settings
from sayso.copies import CopyIndex
from sayso.extract import _article, _doc_text
from sayso.read import read_page

WARM_UP = "Warm-up.\n\nAt least 3 people died in Idlib on Tuesday, the minister said."
ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SAYSO_SHARED", ROOT.parent / "shared"))
SAYSO_COMPONENTS = ("sayso_paragraphs", "sayso_attribution", "sayso_figures")
T = TypeVar("T")


def _texts(n: int) -> list[tuple[str, str]]:
    with (SHARED / "data" / "fa-kes" / "fakes.csv").open(encoding="utf-8", errors="replace") as fh:
        rows = list(csv.DictReader(fh))[:n]
    return [
        (f"fakes-{row['unit_id']}", f"{row['article_title']}\n\n{row['article_content']}\n")
        for row in rows
    ]


def _timed(times: dict[str, float], stage: str, work: Callable[..., T], *args: Any) -> T:
    started = time.perf_counter()
    result = work(*args)
    times[stage] = times.get(stage, 0.0) + time.perf_counter() - started
    return result


def _run_component(proc: Any, docs: list[Doc], batch_size: int) -> list[Doc]:
    if hasattr(proc, "pipe"):
        return list(proc.pipe(docs, batch_size=batch_size))
    return [proc(doc) for doc in docs]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=300, help="FA-KES articles")
    parser.add_argument("--functions", type=int, default=15, help="functions to list")
    args = parser.parse_args()

    settings = Settings()
    nlp = sayso.load_pipeline(settings.model)
    sayso.extract(WARM_UP, nlp=nlp)  # loads the lazy parts too: gazetteer, dateparser
    texts = _texts(args.n)
    times: dict[str, float] = {}

    def read_all() -> list[tuple[str, Any]]:
        pages = []
        for name, text in texts:
            with contextlib.suppress(sayso.InputError):  # empty or non-English: refused
                pages.append((name, read_page(text, name, settings, html=False)))
        return pages

    pages = _timed(times, "read and clean (sayso)", read_all)
    prepared = [(_doc_text(page), name, page) for name, page in pages]
    docs = _timed(times, "tokenizer", lambda: [nlp.make_doc(text) for (text, _), _, _ in prepared])
    for name, proc in nlp.pipeline:
        label = f"{name} (sayso)" if name in SAYSO_COMPONENTS else name
        docs = _timed(times, label, _run_component, proc, docs, settings.batch_size)
    articles = _timed(
        times,
        "records (sayso)",
        lambda: [
            _article(name, page, doc, offset)
            for ((_, offset), name, page), doc in zip(prepared, docs, strict=True)
        ],
    )
    _timed(times, "copies (sayso)", lambda: CopyIndex(settings.copies_threshold).assign(articles))

    total = sum(times.values())
    words = sum(len(text.split()) for _, text in texts)
    print(f"{len(articles)} articles, {words} words, {total:.1f} s in all")
    print(f"{'stage':<32} {'seconds':>8} {'share':>7}")
    for stage, seconds in sorted(times.items(), key=lambda kv: -kv[1]):
        print(f"{stage:<32} {seconds:8.2f} {seconds / total:7.1%}")
    ours = sum(seconds for stage, seconds in times.items() if "(sayso)" in stage)
    print(f"{'sayso, all its stages':<32} {ours:8.2f} {ours / total:7.1%}")

    # Second pass, profiled: the profiler's overhead would distort the shares above.
    profiler = cProfile.Profile()
    docs = [nlp.make_doc(text) for (text, _), _, _ in prepared]
    for name, proc in nlp.pipeline:
        if name in SAYSO_COMPONENTS:
            profiler.enable()
        docs = _run_component(proc, docs, settings.batch_size)
        profiler.disable()
    print(f"\nInside sayso's components, own time by function (top {args.functions}):")
    stats = pstats.Stats(profiler)
    rows = [
        (tottime, f"{Path(file).parent.name}/{Path(file).name}:{line} {func}")
        for (file, line, func), (_, _, tottime, _, _) in stats.stats.items()  # type: ignore[attr-defined]
    ]
    profiled = sum(tottime for tottime, _ in rows)
    for tottime, where in sorted(rows, reverse=True)[: args.functions]:
        print(f"{tottime / profiled:7.1%}  {where}")


if __name__ == "__main__":
    main()
