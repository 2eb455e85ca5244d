#!/usr/bin/env python3
"""Reproduce the walk order of the twenty-seventh blind FA-KES set (see README.md).

    python3 eval/blindfakes27/selection.py [N] [--write]

The walk is the first blind FA-KES set's (eval/blindfakes/selection.py), unchanged: this set
covers positions 299 to 308 of it (positions below 299 belong to other blind FA-KES sets or are
excluded from any blind set; positions from 309 on are left to other sets). Prints positions
START (299) to N-1 (N default 309) of the walk; with --write, also writes the article files of
this set's kept rows (title, blank line, content). Position 307 (1965511121) has no attributed
statement and was skipped; none of the window is a repeated CSV row.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "blindfakes"))

from selection import run  # noqa: E402  (the first set's walk)

START = 299  # positions below 299 belong to other blind FA-KES sets or are excluded
KEPT = [
    "1924058103",
    "1926479161",
    "1923848303",
    "1965511224",
    "1965511176",
    "1965495378",
    "1926479005",
    "1918398778",
    "1923848176",
]

if __name__ == "__main__":
    run(KEPT, START, 309, HERE)
