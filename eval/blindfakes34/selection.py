#!/usr/bin/env python3
"""Reproduce the walk order of the thirty-fourth blind FA-KES set (see README.md).

    python3 eval/blindfakes34/selection.py [N] [--write]

The walk is the first blind FA-KES set's (eval/blindfakes/selection.py), unchanged: this set
covers positions 364 to 373 of it (positions below 364 belong to other blind FA-KES sets or are
excluded from any blind set; positions from 374 on are left to other sets). Prints positions
START (364) to N-1 (N default 374) of the walk; with --write, also writes the article files of
this set's kept rows (title, blank line, content). Every position of the window has article
text and at least one attributed statement, and none is a repeated CSV row, so none was skipped.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "blindfakes"))

from selection import run  # noqa: E402  (the first set's walk)

START = 364  # positions below 364 belong to other blind FA-KES sets or are excluded
KEPT = [
    "1915433682",
    "1965511171",
    "1962495721",
    "1923848186",
    "1923848160",
    "1965511162",
    "1926478911",
    "1926479061",
    "1962495722",
    "1962495655",
]

if __name__ == "__main__":
    run(KEPT, START, 374, HERE)
