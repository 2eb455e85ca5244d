#!/usr/bin/env python3
"""Reproduce the walk order of the forty-ninth blind FA-KES set (see README.md).

    python3 eval/blindfakes49/selection.py [N] [--write]

The walk is the first blind FA-KES set's (eval/blindfakes/selection.py), unchanged: this set
was given positions 427 to 432 of it and annotated all six (positions below 427 belong to
other blind FA-KES sets or are excluded from any blind set; positions from 433 on are left
to other sets). Prints positions START (427) to N-1 (N default 433) of the walk; with --write,
also writes the article files of this set's kept rows (title, blank line, content). Every
annotated position has article text and at least one attributed statement, and none is a
repeated CSV row, so none was skipped.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "blindfakes"))

from selection import run  # noqa: E402  (the first set's walk)

START = 427  # positions below 427 belong to other blind FA-KES sets or are excluded
KEPT = [
    "1962495640",
    "1962495633",
    "1923102850",
    "1926479036",
    "1924058076",
    "1965511202",
]

if __name__ == "__main__":
    run(KEPT, START, 433, HERE)
