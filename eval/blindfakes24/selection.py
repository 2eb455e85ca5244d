#!/usr/bin/env python3
"""Reproduce the walk order of the twenty-fourth blind FA-KES set (see README.md).

    python3 eval/blindfakes24/selection.py [N] [--write]

The walk is the first blind FA-KES set's (eval/blindfakes/selection.py), unchanged: this set
covers positions 269 to 278 of it (positions below 269 belong to other blind FA-KES sets or are
excluded from any blind set; positions from 279 on are left to other sets). Prints positions
START (269) to N-1 (N default 279) of the walk; with --write, also writes the article files of
this set's kept rows (title, blank line, content). Every position of the window has article
text and at least one attributed statement, and none is a repeated CSV row, so none was skipped.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "blindfakes"))

from selection import run  # noqa: E402  (the first set's walk)

START = 269  # positions below 269 belong to other blind FA-KES sets or are excluded
KEPT = [
    "1924058183",
    "1923848150",
    "1924058051",
    "1924058211",
    "1924058059",
    "1924058196",
    "1923102944",
    "1924058060",
    "1923848164",
    "1924058056",
]

if __name__ == "__main__":
    run(KEPT, START, 279, HERE)
