#!/usr/bin/env python3
"""Reproduce the walk order of the twenty-second blind FA-KES set (see README.md).

    python3 eval/blindfakes22/selection.py [N] [--write]

The walk is the first blind FA-KES set's (eval/blindfakes/selection.py), unchanged: this set
covers positions 222 to 228 of it (the positions blindfakes18 left unread; other annotators take
the neighbouring positions). Prints positions START (222) to N-1 (N default 229) of the walk;
with --write, also writes the article files of this set's kept rows (title, blank line,
content). Position 227 is a repeated CSV row (already blindfakes7's position 73): skipped.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "blindfakes"))

from selection import run  # noqa: E402  (the first set's walk)

START = 222  # this set's window is positions 222-228; other positions belong to other sets
KEPT = [
    "1926479179",
    "1915433695",
    "1965511194",
    "1926479384",
    "1923848260",
    "1923848148",
]

if __name__ == "__main__":
    run(KEPT, START, 229, HERE)
