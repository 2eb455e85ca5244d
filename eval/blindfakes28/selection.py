#!/usr/bin/env python3
"""Reproduce the walk order of the twenty-eighth blind FA-KES set (see README.md).

    python3 eval/blindfakes28/selection.py [N] [--write]

The walk is the first blind FA-KES set's (eval/blindfakes/selection.py), unchanged: this set
covers positions 309 to 318 of it (positions below 309 belong to other blind FA-KES sets or are
excluded from any blind set; positions from 319 on are left to other sets). Prints positions
START (309) to N-1 (N default 319) of the walk; with --write, also writes the article files of
this set's kept rows (title, blank line, content). Every position of the window has article
text and at least one attributed statement, and none is a repeated CSV row, so none was skipped.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "blindfakes"))

from selection import run  # noqa: E402  (the first set's walk)

START = 309  # positions below 309 belong to other blind FA-KES sets or are excluded
KEPT = [
    "1965511200",
    "1923848128",
    "1923848126",
    "1965511161",
    "1914947538",
    "1923848244",
    "1965495380",
    "1926479080",
    "1926478916",
    "1965511110",
]

if __name__ == "__main__":
    run(KEPT, START, 319, HERE)
