#!/usr/bin/env python3
"""Reproduce the walk order of the twentieth blind FA-KES set (see README.md).

    python3 eval/blindfakes20/selection.py [N] [--write]

The walk is the first blind FA-KES set's (eval/blindfakes/selection.py), unchanged: this set
covers positions 239 to 248 of it (positions below 239 belong to other blind FA-KES sets or are
excluded from any blind set; positions from 249 on are left to other sets). Prints positions
START (239) to N-1 (N default 249) of the walk; with --write, also writes the article files of
this set's kept rows (title, blank line, content). Two positions were skipped: 242
(1926479115, no attributed statement) and 246 (1926479123, a repeated CSV row, already
blindfakes10's); see README.md.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "blindfakes"))

from selection import run  # noqa: E402  (the first set's walk)

START = 239  # positions below 239 belong to other blind FA-KES sets or are excluded
KEPT = [
    "1924058156",
    "1923848197",
    "1923848316",
    "1965511140",
    "1926478986",
    "1965511173",
    "1923848200",
    "1962495673",
]

if __name__ == "__main__":
    run(KEPT, START, 249, HERE)
