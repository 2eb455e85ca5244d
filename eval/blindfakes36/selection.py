#!/usr/bin/env python3
"""Reproduce the walk order of the thirty-sixth blind FA-KES set (see README.md).

    python3 eval/blindfakes36/selection.py [N] [--write]

The walk is the first blind FA-KES set's (eval/blindfakes/selection.py), unchanged: this set
was given positions 357 to 363 of it and annotated positions 357 to 360 (positions below 357
belong to other blind FA-KES sets or are excluded from any blind set; positions 361 to 363 were
left unannotated under the time limit, for a later set). Prints positions START (357) to N-1
(N default 361) of the walk; with --write, also writes the article files of this set's kept
rows (title, blank line, content). Every annotated position has article text and at least one
attributed statement, and none is a repeated CSV row, so none was skipped.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "blindfakes"))

from selection import run  # noqa: E402  (the first set's walk)

START = 357  # positions below 357 belong to other blind FA-KES sets or are excluded
KEPT = [
    "1926479108",
    "1926478971",
    "1965495372",
    "1926479074",
]

if __name__ == "__main__":
    run(KEPT, START, 361, HERE)
