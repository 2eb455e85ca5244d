#!/usr/bin/env python3
"""How alike are copies of one story, and unrelated stories? The copies threshold.

    .venv/bin/python bench/copies.py

Word 5-gram shingles, Jaccard and containment (the share of the smaller set inside the
larger), measured on real pairs:

- clean copies: each ScrapingHub benchmark page's hand-made body beside sayso's body of
  the same page (two clean copies of one article, 181 pairs);
- copies carrying boilerplate: the hand-made body beside the whole page as scraped text
  (menus, teasers, footer kept: html-text), 181 pairs;
- unrelated: every pair of different ScrapingHub bodies (16,290 pairs; the benchmark
  has several pages on one event: plague in Beijing, Stadia, Home Depot's results);
- FA-KES (804 Syrian-war articles from 15 outlets): every pair sharing a shingle, where
  wire copies under two outlets' names and edited rewrites of one wire story sit.

Then sayso's `CopyIndex` (MinHash estimates, LSH) groups a stream of the 181 bodies
and their 181 scraped copies: the pairs it groups are checked against the truth.
"""

from __future__ import annotations

import csv
import gzip
import itertools
import json
import os
import statistics
from pathlib import Path

import html_text

from sayso.config import Settings
from sayso.copies import CopyIndex, shingles
from sayso.read.html import read_html
from sayso.records import Article

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SAYSO_SHARED", ROOT.parent / "shared"))
SCRAPINGHUB = SHARED / "data" / "scrapinghub-article-extraction-benchmark"
FAKES = SHARED / "data" / "fa-kes" / "fakes.csv"


def measures(a: set[str], b: set[str]) -> tuple[float, float]:
    """Jaccard and containment of two shingle sets."""
    common = len(a & b)
    return common / len(a | b), common / min(len(a), len(b))


def summary(name: str, pairs: list[tuple[float, float]]) -> None:
    js, cs = [p[0] for p in pairs], [p[1] for p in pairs]

    def q(values: list[float], at: float) -> float:
        return sorted(values)[min(len(values) - 1, int(at * len(values)))]

    print(
        f"| {name} | {len(pairs)} | {statistics.median(js):.2f} | {min(js):.2f}-{max(js):.2f} "
        f"| {statistics.median(cs):.2f} | {min(cs):.2f}-{max(cs):.2f} "
        f"| {q(cs, 0.05):.2f} / {q(cs, 0.999):.2f} |"
    )


def main() -> int:
    if not SCRAPINGHUB.is_dir() or not FAKES.is_file():
        print(f"bench: the corpora are missing under {SHARED / 'data'}; set SAYSO_SHARED")
        return 2
    truth = json.loads((SCRAPINGHUB / "ground-truth.json").read_text(encoding="utf-8"))
    bodies, clean, scraped = {}, {}, {}
    for key, value in truth.items():
        html = gzip.decompress((SCRAPINGHUB / "html" / f"{key}.html.gz").read_bytes()).decode(
            "utf-8", "replace"
        )
        bodies[key] = value["articleBody"]
        clean[key] = read_html(html, key).text
        scraped[key] = str(html_text.extract_text(html, guess_layout=True))
    gold = {k: shingles(v) for k, v in bodies.items()}
    keys = [k for k in gold if len(gold[k]) >= 20]
    print("| pairs | n | Jaccard median | Jaccard range | containment median | range |")
    print("|---|---|---|---|---|---|---|")
    copies = [measures(gold[k], shingles(clean[k])) for k in keys if shingles(clean[k])]
    summary("clean copies (ScrapingHub body, sayso body)", copies)
    noisy = [measures(gold[k], shingles(scraped[k])) for k in keys]
    summary("copies carrying boilerplate (body, scraped page)", noisy)
    unrelated = [measures(gold[a], gold[b]) for a, b in itertools.combinations(keys, 2)]
    summary("unrelated (different ScrapingHub pages)", unrelated)
    print("(last column: 5th percentile / 99.9th percentile of containment)")

    with FAKES.open(encoding="utf-8", errors="replace") as fh:
        rows = list(csv.DictReader(fh))
    fakes = {r["unit_id"]: (r["source"], shingles(r["article_content"])) for r in rows}
    fakes = {k: v for k, v in fakes.items() if len(v[1]) >= 20}
    index: dict[str, list[str]] = {}
    for key, (_, grams) in fakes.items():
        for gram in grams:
            index.setdefault(gram, []).append(key)
    shared_pairs = {
        pair
        for ids in index.values()
        if len(ids) < 50  # a template line shared by one outlet's every article
        for pair in itertools.combinations(ids, 2)
    }
    fk = [(a, b, *measures(fakes[a][1], fakes[b][1])) for a, b in shared_pairs]
    print(f"\nFA-KES: {len(fk)} pairs sharing a 5-gram; containment histogram")
    print("| containment | pairs | of which across two outlets |\n|---|---|---|")
    for low in (0.9, 0.7, 0.5, 0.4, 0.3, 0.2, 0.0):
        high = {0.9: 1.01, 0.7: 0.9, 0.5: 0.7, 0.4: 0.5, 0.3: 0.4, 0.2: 0.3, 0.0: 0.2}[low]
        band = [p for p in fk if low <= p[3] < high]
        across = sum(fakes[a][0] != fakes[b][0] for a, b, *_ in band)
        print(f"| {low:.1f}-{min(high, 1.0):.1f} | {len(band)} | {across} |")

    threshold = Settings().copies_threshold
    stream = [Article(input=f"body:{k}", text=bodies[k]) for k in keys]
    stream += [Article(input=f"page:{k}", text=scraped[k]) for k in keys]
    grouper = CopyIndex(threshold)
    for start in range(0, len(stream), 32):
        grouper.assign(stream[start : start + 32])
    clusters = {a.input: a.cluster for a in stream}
    found = sum(clusters[f"body:{k}"] == clusters[f"page:{k}"] for k in keys)
    body_clusters = [clusters[f"body:{k}"] for k in keys]
    merged = len(body_clusters) - len(set(body_clusters))
    print(
        f"\nCopyIndex at containment {threshold}: {found}/{len(keys)} scraped copies grouped "
        f"with their clean body; {merged} unrelated bodies grouped together"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
