#!/usr/bin/env python3
"""Reproduce the walk order of the blind FA-KES set (see README.md).

    python3 eval/blindfakes/selection.py [N]

Reads ../shared/data/fa-kes/fakes.csv (decoded as eval/dev/GUIDELINES.md says: UTF-8, each
undecodable byte mapped to the code point of the same value), drops the 25 rows of the dev
set (eval/dev/fakes.jsonl), then random.seed(2026) and random.sample over all remaining rows
in csv.DictReader order. Prints the first N (default 20) positions of the walk.
With --write, also writes the article files of the kept rows (title, blank line, content).
"""

import codecs
import csv
import io
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
CSV = os.environ.get("FAKES_CSV", "/work/shared/data/fa-kes/fakes.csv")
KEPT = [
    "1923102966",
    "1924058109",
    "1926479264",
    "1926479310",
    "1965495363",
    "1923102938",
    "1923848268",
    "1962495720",
    "1965495331",
    "1962495663",
    "1926479008",
    "1962495684",
]


def _latin1(err):
    return "".join(chr(b) for b in err.object[err.start : err.end]), err.end


codecs.register_error("fakes-latin1", _latin1)


def rows():
    with open(CSV, "rb") as fh:
        text = fh.read().decode("utf-8", errors="fakes-latin1")
    return list(csv.DictReader(io.StringIO(text, newline="")))


def walk():
    all_rows = rows()
    with open(os.path.join(ROOT, "eval/dev/fakes.jsonl")) as fh:
        dev = {json.loads(line)["id"].split("-", 1)[1] for line in fh}
    rest = [r for r in all_rows if r["unit_id"] not in dev]
    assert len(all_rows) == 804 and len(rest) == 779
    random.seed(2026)
    index = {r["unit_id"]: i for i, r in enumerate(all_rows)}
    return [(index[r["unit_id"]], r) for r in random.sample(rest, len(rest))]


def run(kept: list[str], start: int, default_n: int, here: str) -> None:
    """Print positions `start` to N-1 of the walk (N: the first argument, else `default_n`);
    with --write, write the article files of the `kept` rows into `here`/articles."""
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    n = int(args[0]) if args else default_n
    order = walk()
    for pos, (row, r) in enumerate(order[:n]):
        if pos >= start:
            print(pos, row, r["unit_id"], r["source"], r["article_title"][:70])
    if "--write" in sys.argv:
        for _row, r in order:
            if r["unit_id"] in kept:
                path = os.path.join(here, "articles", f"fakes-{r['unit_id']}.txt")
                with open(path, "w", encoding="utf-8", newline="") as fh:
                    fh.write(r["article_title"] + "\n\n" + r["article_content"])


if __name__ == "__main__":
    run(KEPT, 0, 20, HERE)
