#!/usr/bin/env python3
"""Reproduce the walk order of the sixteenth blind FA-KES set (see README.md).

    python3 eval/blindfakes14/selection.py [N] [--write]

The walk is the first blind FA-KES set's (eval/blindfakes/selection.py), unchanged: this set
continues it from position 200 (positions below 200 belong to other blind FA-KES sets or are
excluded from any blind set). Prints positions START (200) to N-1 (N default 240) of the walk;
with --write, also writes the article files of this set's kept rows (title, blank line,
content). The walk kept positions 200-207 and stopped there: every one of them has article
text and at least one attributed statement, and none is a repeated CSV row, so none was
skipped.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "blindfakes"))

from selection import run  # noqa: E402  (the first set's walk)

START = 200  # positions below 200 belong to other blind FA-KES sets or are excluded
KEPT = [
    "1965511112",
    "1965495360",
    "1965495362",
    "1923848192",
    "1923848172",
    "1962495696",
    "1923848245",
    "1965495359",
]

if __name__ == "__main__":
    run(KEPT, START, 240, HERE)
