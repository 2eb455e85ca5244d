#!/usr/bin/env python3
"""Reproduce the walk order of the third blind FA-KES set (see README.md).

    python3 eval/blindfakes3/selection.py [N]

The walk is the first blind FA-KES set's (eval/blindfakes/selection.py), unchanged: this set
continues it from position 24 (positions 0-11 are the first set, 12-23 the second). Reads
../shared/data/fa-kes/fakes.csv (decoded as eval/dev/GUIDELINES.md says: UTF-8, each
undecodable byte mapped to the code point of the same value), drops the 25 rows of the dev
set (eval/dev/fakes.jsonl), then random.seed(2026) and random.sample over all remaining rows
in csv.DictReader order. Prints positions START (24) to N-1 (N default 36) of the walk.
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
START = 24  # positions 0-11 are the first blind FA-KES set, 12-23 the second
KEPT = ["1926479081", "1915433675", "1965511130", "1965511208", "1965511119", "1924058102",
        "1923848250", "1926478941", "1923848301", "1924058165", "1924058181", "1924058212"]


def _latin1(err):
    return "".join(chr(b) for b in err.object[err.start:err.end]), err.end


codecs.register_error("fakes-latin1", _latin1)


def rows():
    text = open(CSV, "rb").read().decode("utf-8", errors="fakes-latin1")
    return list(csv.DictReader(io.StringIO(text, newline="")))


def walk():
    all_rows = rows()
    dev = {json.loads(l)["id"].split("-", 1)[1] for l in open(os.path.join(ROOT, "eval/dev/fakes.jsonl"))}
    rest = [r for r in all_rows if r["unit_id"] not in dev]
    assert len(all_rows) == 804 and len(rest) == 779
    random.seed(2026)
    index = {r["unit_id"]: i for i, r in enumerate(all_rows)}
    return [(index[r["unit_id"]], r) for r in random.sample(rest, len(rest))]


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    n = int(args[0]) if args else 36
    order = walk()
    for pos, (row, r) in enumerate(order[:n]):
        if pos >= START:
            print(pos, row, r["unit_id"], r["source"], r["article_title"][:70])
    if "--write" in sys.argv:
        for row, r in order:
            if r["unit_id"] in KEPT:
                path = os.path.join(HERE, "articles", f"fakes-{r['unit_id']}.txt")
                with open(path, "w", encoding="utf-8", newline="") as fh:
                    fh.write(r["article_title"] + "\n\n" + r["article_content"])
