#!/usr/bin/env python3
"""Reproduce the walk order of the thirty-seventh blind FA-KES set (see README.md).

    python3 eval/blindfakes37/selection.py [N] [--write]

The walk is the first blind FA-KES set's (eval/blindfakes/selection.py), unchanged: this set
was given positions 368 to 373 of it (the positions blindfakes34 left unannotated under its
time limit; positions below 368 belong to other blind FA-KES sets or are excluded from any
blind set). Prints positions START (368) to N-1 (N default 374) of the walk; with --write,
also writes the article files of this set's kept rows (title, blank line, content). See
README.md for the decision on each position.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "blindfakes"))

from selection import run  # noqa: E402  (the first set's walk)

START = 368  # positions below 368 belong to other blind FA-KES sets or are excluded
KEPT = [
    "1923848160",
    "1965511162",
    "1926478911",
    "1926479061",
    "1962495722",
    "1962495655",
]

if __name__ == "__main__":
    run(KEPT, START, 374, HERE)
