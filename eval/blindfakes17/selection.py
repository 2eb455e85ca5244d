#!/usr/bin/env python3
"""Reproduce the walk order of the seventeenth blind FA-KES set (see README.md).

    python3 eval/blindfakes17/selection.py [N] [--write]

The walk is the first blind FA-KES set's (eval/blindfakes/selection.py), unchanged: this set
covers positions 208 to 217 of it (positions below 208 belong to other blind FA-KES sets or are
excluded from any blind set; positions from 218 on are left to other sets). Prints positions
START (208) to N-1 (N default 218) of the walk; with --write, also writes the article files of
this set's kept rows (title, blank line, content). Every position of the window has article
text and at least one attributed statement, and none is a repeated CSV row, so none was skipped.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "blindfakes"))

from selection import run  # noqa: E402  (the first set's walk)

START = 208  # positions below 208 belong to other blind FA-KES sets or are excluded
KEPT = [
    "1924058146",
    "1965495371",
    "1923848278",
    "1923102851",
    "1965511211",
    "1965511157",
    "1965495355",
    "1923848230",
    "1923848195",
    "1919191742",
]

if __name__ == "__main__":
    run(KEPT, START, 218, HERE)
