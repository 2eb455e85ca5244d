#!/usr/bin/env python3
"""Reproduce the walk order of the forty-third blind FA-KES set (see README.md).

    python3 eval/blindfakes43/selection.py [N] [--write]

The walk is the first blind FA-KES set's (eval/blindfakes/selection.py), unchanged: this set
was given positions 392 to 395 of it and annotated all four (positions below 392 belong to
other blind FA-KES sets or are excluded from any blind set; positions from 396 on are left to
other sets). Prints positions START (392) to N-1 (N default 396) of the walk; with --write,
also writes the article files of this set's kept rows (title, blank line, content). Every
position has article text and at least one attributed statement, and none is a repeated CSV
row, so none was skipped.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "blindfakes"))

from selection import run  # noqa: E402  (the first set's walk)

START = 392  # positions below 392 belong to other blind FA-KES sets or are excluded
KEPT = [
    "1926479326",
    "1924058079",
    "1924058117",
    "1926479033",
]

if __name__ == "__main__":
    run(KEPT, START, 396, HERE)
