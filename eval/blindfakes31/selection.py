#!/usr/bin/env python3
"""Reproduce the walk order of the thirty-first blind FA-KES set (see README.md).

    python3 eval/blindfakes31/selection.py [N] [--write]

The walk is the first blind FA-KES set's (eval/blindfakes/selection.py), unchanged: this set
covers positions 339 to 348 of it (positions below 339 belong to other blind FA-KES sets or are
excluded from any blind set; positions from 349 on are left to other sets). Prints positions
START (339) to N-1 (N default 349) of the walk; with --write, also writes the article files of
this set's kept rows (title, blank line, content). Positions 339 to 343 were annotated; positions
344 to 348 are left unannotated for a later set (see README.md).
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "blindfakes"))

from selection import run  # noqa: E402  (the first set's walk)

START = 339  # positions below 339 belong to other blind FA-KES sets or are excluded
KEPT = [
    "1962495726",
    "1924058092",
    "1915433694",
    "1923848237",
    "1926479043",
]

if __name__ == "__main__":
    run(KEPT, START, 349, HERE)
