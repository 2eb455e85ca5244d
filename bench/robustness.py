#!/usr/bin/env python3
"""Run every article of ../shared/data through sayso and report what came out.

    .venv/bin/python bench/robustness.py            # the library, as `sayso extract` runs it
    .venv/bin/python bench/robustness.py --cli      # the `sayso extract` command itself

Corpora: the 804 FA-KES articles (written out as `title, blank line, body`, with the
CSV's own bytes, stray ones included), the 181 ScrapingHub benchmark pages and the 200
htmldate pages. For each: inputs, articles, input errors (one line each, by reason),
crashes (an exception out of sayso: there must be none), claims, claims with a source,
and the time per article. Exit status 1 when anything crashed.
"""

from __future__ import annotations

import argparse
import collections
import csv
import io
import json
import os
import subprocess
import sys
import tempfile
import time
import traceback
from pathlib import Path

import sayso

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SAYSO_SHARED", ROOT.parent / "shared")).resolve()
DATA = SHARED / "data"
CHUNK = 16


def fakes_inputs(folder: Path) -> list[str]:
    """Write each FA-KES article to `folder` as its own text file, bytes as in the CSV."""
    raw = (DATA / "fa-kes" / "fakes.csv").read_bytes().decode("utf-8", errors="surrogateescape")
    paths = []
    for row in csv.DictReader(io.StringIO(raw)):
        text = f"{row['article_title']}\n\n{row['article_content']}"
        path = folder / f"fakes-{row['unit_id']}.txt"
        path.write_bytes(text.encode("utf-8", errors="surrogateescape"))
        paths.append(str(path))
    return paths


def corpora(folder: Path) -> dict[str, list[str]]:
    found = {"fa-kes": fakes_inputs(folder)}
    for name in ("scrapinghub-article-extraction-benchmark", "htmldate-mediacloud-2020"):
        html = DATA / name / "html"
        if html.is_dir():
            found[name] = sorted(str(p) for p in html.iterdir() if p.is_file())
    return found


def run_library(paths: list[str]) -> tuple[list[object], list[tuple[str, str]]]:
    """Articles and input errors from `sayso.extract_inputs`, and the crashes: a chunk
    that raises is run again one input at a time to name the input."""
    results: list[object] = []
    crashes: list[tuple[str, str]] = []
    for lo in range(0, len(paths), CHUNK):
        chunk = paths[lo : lo + CHUNK]
        try:
            results.extend(sayso.extract_inputs(chunk))
        except Exception:  # a crash is what this bench looks for
            for path in chunk:
                try:
                    results.extend(sayso.extract_inputs([path]))
                except Exception as error:
                    crashes.append((path, f"{error.__class__.__name__}: {error}"))
                    traceback.print_exc()
    return results, crashes


def run_cli(paths: list[str]) -> tuple[list[object], list[tuple[str, str]]]:
    """The same through the `sayso extract --format jsonl` command, in chunks."""
    results: list[object] = []
    crashes: list[tuple[str, str]] = []
    exe = Path(sys.executable).with_name("sayso")
    for lo in range(0, len(paths), 200):
        chunk = paths[lo : lo + 200]
        done = subprocess.run(
            [str(exe), "extract", "--format", "jsonl", *chunk],
            capture_output=True,
            text=True,
            check=False,
        )
        results.extend(json.loads(line) for line in done.stdout.splitlines() if line.strip())
        errors = [line for line in done.stderr.splitlines() if line.startswith("sayso: ")]
        results.extend(sayso.InputError(line, "") for line in errors)
        if done.returncode not in (0, 1) or "Traceback" in done.stderr:
            crashes.append((f"chunk {lo}", done.stderr.strip().splitlines()[-1]))
    return results, crashes


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cli", action="store_true", help="run the `sayso extract` command")
    args = parser.parse_args()
    if not DATA.is_dir():
        print(f"robustness: no corpora at {DATA}; set SAYSO_SHARED", file=sys.stderr)
        return 2
    crashed = False
    with tempfile.TemporaryDirectory() as tmp:
        sayso.load_pipeline()
        for name, paths in corpora(Path(tmp)).items():
            started = time.perf_counter()
            results, crashes = (run_cli if args.cli else run_library)(paths)
            seconds = time.perf_counter() - started
            articles = [r for r in results if not isinstance(r, sayso.InputError)]
            errors = [r for r in results if isinstance(r, sayso.InputError)]
            reasons = collections.Counter(
                str(e).split(": ", 1)[-1].split(" (")[0][:60] for e in errors
            )
            claims = sourced = 0
            for article in articles:
                found = article["claims"] if isinstance(article, dict) else article.claims  # type: ignore[attr-defined]
                claims += len(found)
                sourced += sum(
                    1 for c in found if (c["source"] if isinstance(c, dict) else c.source)
                )
            print(
                f"{name}: {len(paths)} inputs, {len(articles)} articles, {len(errors)} input "
                f"errors, {len(crashes)} crashes; {claims} claims ({sourced} with a source); "
                f"{1000 * seconds / max(1, len(paths)):.0f} ms per input"
            )
            for reason, count in reasons.most_common():
                print(f"    input error x{count}: {reason}")
            for path, error in crashes:
                print(f"    CRASH {path}: {error}")
            crashed = crashed or bool(crashes)
    return 1 if crashed else 0


if __name__ == "__main__":
    sys.exit(main())
