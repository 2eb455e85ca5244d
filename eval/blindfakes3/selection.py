#!/usr/bin/env python3
"""Reproduce the walk order of the third blind FA-KES set (see README.md).

    python3 eval/blindfakes3/selection.py [N] [--write]

The walk is the first blind FA-KES set's (eval/blindfakes/selection.py), unchanged: this set
continues it from position 24 (0-11 are the first set, 12-23 the second). Prints positions
START (24) to N-1 (N default 36) of the walk; with --write, also writes the article files of this
set's kept rows (title, blank line, content).
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "blindfakes"))

from selection import walk  # noqa: E402  (the first set's walk)

START = 24  # positions 0-11 are the first blind FA-KES set, 12-23 the second
KEPT = [
    "1926479081",
    "1915433675",
    "1965511130",
    "1965511208",
    "1965511119",
    "1924058102",
    "1923848250",
    "1926478941",
    "1923848301",
    "1924058165",
    "1924058181",
    "1924058212",
]

if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    n = int(args[0]) if args else 36
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
