#!/usr/bin/env python3
"""Reproduce the walk order of the second blind FA-KES set (see README.md).

    python3 eval/blindfakes2/selection.py [N]

The walk is the first blind FA-KES set's (eval/blindfakes/selection.py), unchanged: this set
continues it from position 12 (positions 0-11 are the first set). Reads
../shared/data/fa-kes/fakes.csv (decoded as eval/dev/GUIDELINES.md says: UTF-8, each
undecodable byte mapped to the code point of the same value), drops the 25 rows of the dev
set (eval/dev/fakes.jsonl), then random.seed(2026) and random.sample over all remaining rows
in csv.DictReader order. Prints positions START (12) to N-1 (N default 24) of the walk.
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
START = 12  # positions 0-11 are the first blind FA-KES set
KEPT = [
    "1962495649",
    "1965511189",
    "1926479221",
    "1962495701",
    "1926479056",
    "1923848286",
    "1914947533",
    "1962495736",
    "1923102880",
    "1923102952",
    "1924058064",
    "1923102918",
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


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    n = int(args[0]) if args else 24
    order = walk()
    for pos, (row, r) in enumerate(order[:n]):
        if pos >= START:
            print(pos, row, r["unit_id"], r["source"], r["article_title"][:70])
    if "--write" in sys.argv:
        for _row, r in order:
            if r["unit_id"] in KEPT:
                path = os.path.join(HERE, "articles", f"fakes-{r['unit_id']}.txt")
                with open(path, "w", encoding="utf-8", newline="") as fh:
                    fh.write(r["article_title"] + "\n\n" + r["article_content"])
