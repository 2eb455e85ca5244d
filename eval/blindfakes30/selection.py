#!/usr/bin/env python3
"""Reproduce the walk order of the thirtieth blind FA-KES set (see README.md).

    python3 eval/blindfakes30/selection.py [N] [--write]

The walk is the first blind FA-KES set's (eval/blindfakes/selection.py), unchanged: this set
covers positions 329 to 338 of it (positions below 329 belong to other blind FA-KES sets or are
excluded from any blind set; positions from 339 on are left to other sets). Prints positions
START (329) to N-1 (N default 339) of the walk; with --write, also writes the article files of
this set's kept rows (title, blank line, content). Every position of the window has article
text and at least one attributed statement, and none is a repeated CSV row, so none was skipped.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "blindfakes"))

from selection import run  # noqa: E402  (the first set's walk)

START = 329  # positions below 329 belong to other blind FA-KES sets or are excluded
KEPT = [
    "1924058055",
    "1924058065",
    "1965511191",
    "1923848198",
    "1926479106",
    "1962495635",
    "1923848273",
    "1962495676",
    "1962495723",
    "1962495678",
]

if __name__ == "__main__":
    run(KEPT, START, 339, HERE)
