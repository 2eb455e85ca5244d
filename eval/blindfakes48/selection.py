#!/usr/bin/env python3
"""Reproduce the walk order of the forty-eighth blind FA-KES set (see README.md).

    python3 eval/blindfakes48/selection.py [N] [--write]

The walk is the first blind FA-KES set's (eval/blindfakes/selection.py), unchanged: this set
was given positions 421 to 426 of it and annotated positions 421 to 423 (positions below 421
belong to other blind FA-KES sets or are excluded from any blind set; positions 424 to 426 were
left unannotated under the time limit, for a later set). Prints positions START (421) to N-1
(N default 424) of the walk; with --write, also writes the article files of this set's kept
rows (title, blank line, content). Every annotated position has article text and at least one
attributed statement, and none is a repeated CSV row, so none was skipped.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "blindfakes"))

from selection import run  # noqa: E402  (the first set's walk)

START = 421  # positions below 421 belong to other blind FA-KES sets or are excluded
KEPT = [
    "1926479066",
    "1914947540",
    "1926479352",
]

if __name__ == "__main__":
    run(KEPT, START, 424, HERE)
