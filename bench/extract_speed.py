#!/usr/bin/env python3
"""Time `sayso extract` on the reference page and on real articles.

    .venv/bin/python bench/extract_speed.py [--n 200]

Prints the pipeline load time, the time per article for the reference page (median of
repeats), and articles/s over N FA-KES articles for spaCy alone (the same model and
parse) and for sayso, so the cost of sayso's own components is visible.
"""

from __future__ import annotations

import argparse
import csv
import os
import statistics
import time
from pathlib import Path

import spacy

import sayso
from sayso.read import read_page

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SAYSO_SHARED", ROOT.parent / "shared"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=200, help="FA-KES articles to time")
    parser.add_argument("--repeat", type=int, default=10)
    args = parser.parse_args()

    started = time.perf_counter()
    nlp = sayso.load_pipeline()
    print(f"load_pipeline: {time.perf_counter() - started:.2f}s")

    seed = (ROOT / "examples" / "nbc-north-korean-soldiers.txt").read_text(encoding="utf-8")
    times = []
    for _ in range(args.repeat):
        started = time.perf_counter()
        sayso.extract(seed, nlp=nlp)
        times.append(time.perf_counter() - started)
    median_ms = statistics.median(times) * 1000
    print(f"reference page: {median_ms:.0f} ms per extract (median of {args.repeat})")

    fakes = SHARED / "data" / "fa-kes" / "fakes.csv"
    if not fakes.is_file():
        print("FA-KES not found; skipping the batch timing")
        return
    with fakes.open(encoding="utf-8", errors="replace") as fh:
        rows = list(csv.DictReader(fh))[: args.n]
    pages = [read_page(r["article_content"], title=r["article_title"]) for r in rows]
    texts = [f"{p.title}\n\n{p.text}" for p in pages]
    words = sum(len(t.split()) for t in texts)

    bare = spacy.load(sayso.DEFAULT_MODEL)
    started = time.perf_counter()
    for _ in bare.pipe(texts, batch_size=32):
        pass
    spacy_s = time.perf_counter() - started
    started = time.perf_counter()
    named = ((str(i), page) for i, page in enumerate(pages))
    claims = sum(len(a.claims) for a in sayso.extract_pages(named, nlp=nlp))
    sayso_s = time.perf_counter() - started
    print(f"{len(texts)} FA-KES articles, {words} words, {claims} claims")
    print(f"spaCy alone : {len(texts) / spacy_s:7.1f} articles/s  {words / spacy_s:9.0f} words/s")
    print(f"sayso       : {len(texts) / sayso_s:7.1f} articles/s  {words / sayso_s:9.0f} words/s")
    print(f"ratio_vs_spacy={spacy_s / sayso_s:.2f}")


if __name__ == "__main__":
    main()
