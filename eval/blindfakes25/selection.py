#!/usr/bin/env python3
"""Reproduce the walk order of the twenty-fifth blind FA-KES set (see README.md).

    python3 eval/blindfakes25/selection.py [N] [--write]

The walk is the first blind FA-KES set's (eval/blindfakes/selection.py), unchanged: this set
covers positions 279 to 288 of it (positions below 279 belong to other blind FA-KES sets or are
excluded from any blind set; positions from 289 on are left to other sets). Prints positions
START (279) to N-1 (N default 289) of the walk; with --write, also writes the article files of
this set's kept rows (title, blank line, content). None of the window is a repeated CSV row;
position 286 (1962495728) has no attributed statement and was skipped (see README.md).
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "blindfakes"))

from selection import run  # noqa: E402  (the first set's walk)

START = 279  # positions below 279 belong to other blind FA-KES sets or are excluded
KEPT = [
    "1923848140",
    "1924058145",
    "1926479237",
    "1923102846",
    "1919191753",
    "1926478925",
    "1923848131",
    "1926479156",
    "1962495641",
]

if __name__ == "__main__":
    run(KEPT, START, 289, HERE)
