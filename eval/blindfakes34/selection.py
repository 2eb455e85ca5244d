#!/usr/bin/env python3
"""Reproduce the walk order of the thirty-fourth blind FA-KES set (see README.md).

    python3 eval/blindfakes34/selection.py [N] [--write]

The walk is the first blind FA-KES set's (eval/blindfakes/selection.py), unchanged: this set
was given positions 364 to 373 of it and annotated positions 364 to 367 (positions below 364
belong to other blind FA-KES sets or are excluded from any blind set; positions 368 to 373 were
left unannotated under the time limit, for a later set). Prints positions START (364) to N-1
(N default 368) of the walk; with --write, also writes the article files of this set's kept
rows (title, blank line, content). Every annotated position has article text and at least one
attributed statement, and none is a repeated CSV row, so none was skipped.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "blindfakes"))

from selection import run  # noqa: E402  (the first set's walk)

START = 364  # positions below 364 belong to other blind FA-KES sets or are excluded
KEPT = [
    "1915433682",
    "1965511171",
    "1962495721",
    "1923848186",
]

if __name__ == "__main__":
    run(KEPT, START, 368, HERE)
