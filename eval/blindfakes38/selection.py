#!/usr/bin/env python3
"""Reproduce the walk order of the thirty-eighth blind FA-KES set (see README.md).

    python3 eval/blindfakes38/selection.py [N] [--write]

The walk is the first blind FA-KES set's (eval/blindfakes/selection.py), unchanged: this set
was given positions 374 to 380 of it and annotated positions 374 to 377 (positions below 374
belong to other blind FA-KES sets or are excluded from any blind set; positions 378 to 380 were
left unannotated under the time limit, for a later set). Prints positions START (374) to N-1
(N default 378) of the walk; with --write, also writes the article files of this set's kept
rows (title, blank line, content). Every annotated position has article text and at least one
attributed statement, and none is a repeated CSV row, so none was skipped.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "blindfakes"))

from selection import run  # noqa: E402  (the first set's walk)

START = 374  # positions below 374 belong to other blind FA-KES sets or are excluded
KEPT = [
    "1923848248",
    "1962495706",
    "1965511175",
    "1915433670",
]

if __name__ == "__main__":
    run(KEPT, START, 378, HERE)
