#!/usr/bin/env python3
"""Reproduce the walk order of the twenty-third blind FA-KES set (see README.md).

    python3 eval/blindfakes23/selection.py [N] [--write]

The walk is the first blind FA-KES set's (eval/blindfakes/selection.py), unchanged: this set
covers positions 259 to 268 of it (positions below 259 belong to other blind FA-KES sets or are
excluded from any blind set; positions from 269 on are left to other sets). Prints positions
START (259) to N-1 (N default 269) of the walk; with --write, also writes the article files of
this set's kept rows (title, blank line, content). Every position of the window has article
text and at least one attributed statement, and none is a repeated CSV row, so none was skipped.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "blindfakes"))

from selection import run  # noqa: E402  (the first set's walk)

START = 259  # positions below 259 belong to other blind FA-KES sets or are excluded
KEPT = [
    "1924058139",
    "1926478970",
    "1923848206",
    "1918150036",
    "1924058172",
    "1923848175",
    "1926479276",
    "1923848258",
    "1923102951",
    "1924058095",
]

if __name__ == "__main__":
    run(KEPT, START, 269, HERE)
