#!/usr/bin/env python3
"""Reproduce the walk order of the forty-first blind FA-KES set (see README.md).

    python3 eval/blindfakes41/selection.py [N] [--write]

The walk is the first blind FA-KES set's (eval/blindfakes/selection.py), unchanged: this set
was given positions 378 to 380 of it and annotated all three (positions below 378 belong to
other blind FA-KES sets or are excluded from any blind set; positions from 381 on are left to
other sets). Prints positions START (378) to N-1 (N default 381) of the walk; with --write,
also writes the article files of this set's kept rows (title, blank line, content). Every
annotated position has article text and at least one attributed statement, and none is a
repeated CSV row, so none was skipped.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "blindfakes"))

from selection import run  # noqa: E402  (the first set's walk)

START = 378  # positions below 378 belong to other blind FA-KES sets or are excluded
KEPT = [
    "1924058037",
    "1923848193",
    "1923102920",
]

if __name__ == "__main__":
    run(KEPT, START, 381, HERE)
