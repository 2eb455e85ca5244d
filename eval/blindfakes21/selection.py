#!/usr/bin/env python3
"""Reproduce the walk order of the twenty-first blind FA-KES set (see README.md).

    python3 eval/blindfakes21/selection.py [N] [--write]

The walk is the first blind FA-KES set's (eval/blindfakes/selection.py), unchanged: this set
covers positions 249 to 258 of it (positions below 249 belong to other blind FA-KES sets or are
excluded from any blind set; positions from 259 on are left to other sets). Prints positions
START (249) to N-1 (N default 259) of the walk; with --write, also writes the article files of
this set's kept rows (title, blank line, content). Every position of the window has article
text and at least one attributed statement, and none is a repeated CSV row, so none was skipped.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "blindfakes"))

from selection import run  # noqa: E402  (the first set's walk)

START = 249  # positions below 249 belong to other blind FA-KES sets or are excluded
KEPT = [
    "1965511115",
    "1926479070",
    "1923102968",
    "1924058042",
    "1923102911",
    "1923848256",
    "1923848276",
    "1962495724",
    "1923102909",
    "1926479096",
]

if __name__ == "__main__":
    run(KEPT, START, 259, HERE)
