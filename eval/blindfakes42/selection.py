#!/usr/bin/env python3
"""Reproduce the walk order of the forty-second blind FA-KES set (see README.md).

    python3 eval/blindfakes42/selection.py [N] [--write]

The walk is the first blind FA-KES set's (eval/blindfakes/selection.py), unchanged: this set
was given positions 385 to 388 of it (positions below 385 belong to other blind FA-KES sets or
are excluded from any blind set; positions from 389 on are left to other sets). Prints
positions START (385) to N-1 (N default 389) of the walk; with --write, also writes the article
files of this set's kept rows (title, blank line, content). Position 387 (row 736, 1965511144)
has article text but no attributed statement, so it was skipped; none of the four positions
is a repeated CSV row.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "blindfakes"))

from selection import run  # noqa: E402  (the first set's walk)

START = 385  # positions below 385 belong to other blind FA-KES sets or are excluded
KEPT = [
    "1923102885",
    "1965511165",
    "1923102821",
]

if __name__ == "__main__":
    run(KEPT, START, 389, HERE)
