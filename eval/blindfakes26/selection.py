#!/usr/bin/env python3
"""Reproduce the walk order of the twenty-sixth blind FA-KES set (see README.md).

    python3 eval/blindfakes26/selection.py [N] [--write]

The walk is the first blind FA-KES set's (eval/blindfakes/selection.py), unchanged: this set
covers positions 289 to 298 of it (positions below 289 belong to other blind FA-KES sets or are
excluded from any blind set; positions from 299 on are left to other sets). Prints positions
START (289) to N-1 (N default 299) of the walk; with --write, also writes the article files of
this set's kept rows (title, blank line, content). Every position of the window has article
text and at least one attributed statement, and none is a repeated CSV row, so none was skipped.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "blindfakes"))

from selection import run  # noqa: E402  (the first set's walk)

START = 289  # positions below 289 belong to other blind FA-KES sets or are excluded
KEPT = [
    "1923102893",
    "1919191761",
    "1924058153",
    "1918150046",
    "1924058217",
    "1923848201",
    "1924058189",
    "1926478956",
    "1965495329",
    "1924058115",
]

if __name__ == "__main__":
    run(KEPT, START, 299, HERE)
