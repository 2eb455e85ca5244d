#!/usr/bin/env python3
"""Body extraction and publication dates: sayso beside other readers, in one run.

    .venv/bin/python bench/extraction.py [--only html,text,dates]

1. HTML: the ScrapingHub article-extraction benchmark (181 pages, MIT), body F1 with the
   benchmark's metric (multisets of word 4-gram shingles of `\\w+` tokens; per-page
   TP/FP/FN normalised; precision and recall macro-averaged; F1 of the two means) for
   sayso's HTML reader, trafilatura (its best mode here and its default) and
   readability-lxml.
2. Text: the same pages as a crawler that keeps only text stores them (every visible
   block of the page, boilerplate included, one per line, rendered by html-text), read
   by sayso's plain-text reader, beside no cleaning, trafilatura and jusText on the same
   lines, and a simple densest-block heuristic.
3. Dates: the 195 dated pages of the htmldate MediaCloud 2020 set, day-level accuracy
   of sayso's `published_date`, htmldate (original date) and trafilatura's metadata.

Pages per second are wall-clock on this machine, one process, pages already in memory.
Needs the test extras (`pip install -e '.[test]'`) and ../shared (SAYSO_SHARED).
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import json
import logging
import os
import re
import statistics
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import html_text
import justext
import lxml.html
import trafilatura
from htmldate import find_date
from readability import Document

from sayso.read.dates import published_date
from sayso.read.density import main_span
from sayso.read.html import read_html
from sayso.read.text import paragraphs_of, read_text

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SAYSO_SHARED", ROOT.parent / "shared"))
SCRAPINGHUB = SHARED / "data" / "scrapinghub-article-extraction-benchmark"
MEDIACLOUD = SHARED / "data" / "htmldate-mediacloud-2020"
_TOKEN = re.compile(r"\w+")

Reader = Callable[[str], str]


# the benchmark's metric


def _shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text or "")
    return Counter(tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)))


def _tp_fp_fn(true: str, pred: str) -> tuple[float, float, float]:
    a, b = _shingles(true), _shingles(pred)
    tp, fp, fn = sum((a & b).values()), sum((b - a).values()), sum((a - b).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def body_scores(gold: dict[str, str], pred: dict[str, str]) -> tuple[float, float, float]:
    """F1, precision, recall as the ScrapingHub benchmark computes them."""
    precisions, recalls = [], []
    for key, true in gold.items():
        tp, fp, fn = _tp_fp_fn(true, pred.get(key, ""))
        if fp == fn == 0:
            p, r = 1.0, 1.0
        elif tp == 0:
            p, r = 0.0, 0.0
        else:
            p, r = tp / (tp + fp), tp / (tp + fn)
        precisions.append(p)
        recalls.append(r)
    p, r = statistics.mean(precisions), statistics.mean(recalls)
    return (2 * p * r / (p + r) if p + r else 0.0), p, r


def run(reader: Reader, pages: dict[str, str]) -> tuple[dict[str, str], float]:
    """Every page through one reader: its outputs ('' on failure) and pages/s."""
    out: dict[str, str] = {}
    started = time.perf_counter()
    for key, page in pages.items():
        try:
            out[key] = reader(page) or ""
        except Exception:  # a reader's failure on a page counts as an empty body
            out[key] = ""
    return out, len(pages) / (time.perf_counter() - started)


# readers


def sayso_html(html: str) -> str:
    return read_html(html, "page").text


def trafilatura_best(html: str) -> str:
    return trafilatura.extract(html, favor_precision=True, include_comments=False) or ""


def trafilatura_default(html: str) -> str:
    return trafilatura.extract(html) or ""


def readability(html: str) -> str:
    tree = lxml.html.fromstring(Document(html).summary(html_partial=True))
    for element in tree.iter("p", "div", "li", "h1", "h2", "h3", "h4", "br", "tr", "blockquote"):
        element.tail = "\n" + (element.tail or "")
    return str(tree.text_content())


def as_scraped_text(html: str) -> str:
    """The page as a text-only crawler keeps it: all visible text, blocks on lines."""
    return str(html_text.extract_text(html, guess_layout=True))


def _lines_as_html(text: str) -> str:
    paragraphs = "".join(
        f"<p>{line.replace('&', '&amp;').replace('<', '&lt;')}</p>" for line in paragraphs_of(text)
    )
    return f"<html><body>{paragraphs}</body></html>"


def sayso_text(text: str) -> str:
    return read_text(text).text


def trafilatura_text(text: str) -> str:
    return trafilatura.extract(_lines_as_html(text), include_comments=False) or ""


def justext_text(text: str) -> str:
    blocks = justext.justext(_lines_as_html(text).encode(), justext.get_stoplist("English"))
    return "\n".join(b.text for b in blocks if not b.is_boilerplate)


def densest_block(text: str) -> str:
    """The baseline heuristic: the run of lines with the most words beyond 10 a line."""
    lines = paragraphs_of(text)
    start, end = main_span([len(line.split()) - 10.0 for line in lines])
    return "\n".join(lines[start:end])


# data


def scrapinghub() -> tuple[dict[str, str], dict[str, str]]:
    truth = json.loads((SCRAPINGHUB / "ground-truth.json").read_text(encoding="utf-8"))
    gold = {key: value["articleBody"] for key, value in truth.items()}
    pages = {
        key: gzip.decompress((SCRAPINGHUB / "html" / f"{key}.html.gz").read_bytes()).decode(
            "utf-8", "replace"
        )
        for key in gold
    }
    return gold, pages


def mediacloud() -> list[tuple[str, str, str]]:
    truth = json.loads((MEDIACLOUD / "ground-truth.json").read_text(encoding="utf-8"))
    out = []
    for url, value in truth.items():
        if isinstance(value.get("date"), str):
            raw = (MEDIACLOUD / "html" / f"{value['file']}.gz").read_bytes()
            out.append((url, gzip.decompress(raw).decode("utf-8", "replace"), value["date"]))
    return out


# runs


def _row(name: str, scores: tuple[float, float, float], speed: float) -> str:
    f1, p, r = scores
    return f"| {name} | {f1:.3f} | {p:.3f} | {r:.3f} | {speed:.1f} |"


def bench_html(gold: dict[str, str], pages: dict[str, str]) -> None:
    print(f"\nHTML: ScrapingHub benchmark, {len(pages)} pages\n")
    print("| reader | body F1 | precision | recall | pages/s |\n|---|---|---|---|---|")
    for name, reader in (
        ("sayso", sayso_html),
        ("trafilatura, favor_precision, no comments (its best here)", trafilatura_best),
        ("trafilatura, defaults", trafilatura_default),
        ("readability-lxml", readability),
    ):
        out, speed = run(reader, pages)
        print(_row(name, body_scores(gold, out), speed), flush=True)


def bench_text(gold: dict[str, str], pages: dict[str, str]) -> None:
    texts = {key: as_scraped_text(html) for key, html in pages.items()}
    print(f"\nText: the same {len(texts)} pages as scraped text (html-text, boilerplate kept)\n")
    print("| reader | body F1 | precision | recall | pages/s |\n|---|---|---|---|---|")
    for name, reader in (
        ("sayso text reader", sayso_text),
        ("no cleaning", lambda text: text),
        ("trafilatura on the lines", trafilatura_text),
        ("jusText on the lines", justext_text),
        ("densest block", densest_block),
    ):
        out, speed = run(reader, texts)
        print(_row(name, body_scores(gold, out), speed), flush=True)


def bench_dates(items: list[tuple[str, str, str]]) -> None:
    print(f"\nDates: htmldate MediaCloud 2020, {len(items)} dated pages\n")
    print("| reader | accuracy | pages/s |\n|---|---|---|")

    def sayso_date(url: str, html: str) -> str | None:
        return published_date(lxml.html.fromstring(html), url)

    def htmldate(url: str, html: str) -> str | None:
        found = find_date(html, url=url, original_date=True)
        return str(found) if found else None

    def traf(url: str, html: str) -> str | None:
        meta = trafilatura.extract_metadata(html, default_url=url)
        return meta.date if meta is not None else None

    for name, reader in (
        ("sayso", sayso_date),
        ("htmldate, original_date", htmldate),
        ("trafilatura metadata", traf),
    ):
        started = time.perf_counter()
        right = 0
        for url, html, day in items:
            with contextlib.suppress(Exception):  # a failure is a miss
                right += reader(url, html) == day
        speed = len(items) / (time.perf_counter() - started)
        print(f"| {name} | {right / len(items):.3f} ({right}/{len(items)}) | {speed:.1f} |")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default="html,text,dates", help="html, text, dates")
    args = parser.parse_args()
    if not SCRAPINGHUB.is_dir() or not MEDIACLOUD.is_dir():
        print(f"bench: the corpora are missing under {SHARED / 'data'}; set SAYSO_SHARED")
        return 2
    logging.disable(logging.WARNING)  # readability and trafilatura log every odd page
    parts = set(args.only.split(","))
    if parts & {"html", "text"}:
        gold, pages = scrapinghub()
        if "html" in parts:
            bench_html(gold, pages)
        if "text" in parts:
            bench_text(gold, pages)
    if "dates" in parts:
        bench_dates(mediacloud())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
