#!/usr/bin/env python3
"""Throughput: sayso against the parser it runs on, in one process and on Dask.

    .venv/bin/python bench/throughput.py [--n 804] [--workers 2]

On N real articles (FA-KES, written out as text files) it measures, in one run:

  (a) spaCy alone: `nlp.pipe` over the same texts with the same model and the components
      sayso needs (the floor: sayso cannot be faster than its parse);
  (b) `sayso extract` in one process: reading, cleaning, parsing, attribution, figures;
  (c) sayso on a Dask LocalCluster with W worker processes, writing Parquet shards
      (the cluster is started and its workers warmed before the clock starts; the
      start-up time is printed apart).

A shared virtual machine's speed drifts by a third from one minute to the next, so the
three runs take turns for several rounds and the medians are compared.

It prints articles/s, words/s and peak RSS per process, and a last line
`ratio_vs_spacy=B/A dask_speedup=C/B`.
"""

from __future__ import annotations

import argparse
import csv
import os
import statistics
import tempfile
import time
from pathlib import Path

import spacy

import sayso
from sayso.scale import local_cluster, peak_rss_mb, run_sharded

WARM_UP = "Warm-up.\n\nAt least 3 people died in Idlib on Tuesday, the minister said."
ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SAYSO_SHARED", ROOT.parent / "shared"))


def _write_articles(n: int, folder: Path) -> tuple[list[str], int]:
    with (SHARED / "data" / "fa-kes" / "fakes.csv").open(encoding="utf-8", errors="replace") as fh:
        rows = list(csv.DictReader(fh))[:n]
    texts = []
    seen: set[str] = set()
    for row in rows:
        if row["unit_id"] in seen:  # FA-KES repeats a few unit ids
            continue
        seen.add(row["unit_id"])
        text = f"{row['article_title']}\n\n{row['article_content']}\n"
        (folder / f"fakes-{row['unit_id']}.txt").write_text(text, encoding="utf-8")
        texts.append(text)
    return texts, sum(len(t.split()) for t in texts)


def _warm(dask_worker: object) -> int:
    sayso.extract(WARM_UP)
    return os.getpid()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=804, help="articles (FA-KES has 804)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--files-per-shard", type=int, default=32)
    parser.add_argument(
        "--rounds", type=int, default=3, help="(a), (b), (c) in turn this many times; medians"
    )
    args = parser.parse_args()

    from distributed import Client

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        texts, words = _write_articles(args.n, folder)
        n = len(texts)
        print(f"{n} FA-KES articles, {words} words, on {os.cpu_count()} cores")

        nlp = sayso.load_pipeline()
        bare = spacy.load(sayso.DEFAULT_MODEL)  # the same model and components, without sayso's
        sayso.extract(WARM_UP, nlp=nlp)  # loads the lazy parts too: gazetteer, dateparser
        started = time.perf_counter()
        cluster = local_cluster(args.workers)
        client = Client(cluster)
        client.run(_warm)
        startup = time.perf_counter() - started

        times: dict[str, list[float]] = {"a": [], "b": [], "c": []}
        count = refused = 0
        for round_ in range(args.rounds):
            started = time.perf_counter()
            for _ in bare.pipe(texts, batch_size=32):
                pass
            times["a"].append(time.perf_counter() - started)
            started = time.perf_counter()
            results = list(sayso.extract_inputs([str(folder)]))
            times["b"].append(time.perf_counter() - started)
            count = sum(1 for r in results if isinstance(r, sayso.Article))
            refused = len(results) - count  # empty or non-English rows of the corpus
            started = time.perf_counter()
            summary = run_sharded(
                [str(folder)],
                Path(tmp) / f"out-{round_}",
                scheduler=cluster.scheduler_address,
                files_per_shard=args.files_per_shard,
            )
            times["c"].append(time.perf_counter() - started)
            assert summary.articles == count and not summary.failed, (summary, count)
            rates = "  ".join(f"({k}) {n / v[-1]:.1f}" for k, v in times.items())
            print(f"round {round_ + 1}: {rates} articles/s")
        rss_single = peak_rss_mb()
        worker_rss = client.run(peak_rss_mb)
        client.close()
        cluster.close()

    a, b, c = (statistics.median(times[k]) for k in "abc")

    def line(name: str, seconds: float, rss: str) -> None:
        rate = f"{n / seconds:8.1f} articles/s {words / seconds:10.0f} words/s"
        print(f"{name:<28} {rate}   peak RSS {rss}")

    print(f"{count} articles extracted, {refused} refused as not articles (same in (b), (c))")
    print(f"median of {args.rounds} rounds:")
    line("(a) spaCy nlp.pipe", a, f"{rss_single:.0f} MB (this process)")
    line("(b) sayso, one process", b, f"{rss_single:.0f} MB (this process)")
    rss = ", ".join(f"{v:.0f} MB" for v in worker_rss.values())
    line(f"(c) sayso, Dask x{args.workers}", c, f"{rss} (workers)")
    print(f"Dask cluster start and warm-up: {startup:.1f}s (not counted in (c))")
    print(f"ratio_vs_spacy={a / b:.2f} dask_speedup={b / c:.2f}")


if __name__ == "__main__":
    main()
