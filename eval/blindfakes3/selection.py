#!/usr/bin/env python3
"""Reproduce the walk order of the third blind FA-KES set (see README.md).

    python3 eval/blindfakes3/selection.py [N] [--write]

The walk is the first blind FA-KES set's (eval/blindfakes/selection.py), unchanged: this set
continues it from position 24 (0-11 are the first set, 12-23 the second). Prints positions
START (24) to N-1 (N default 36) of the walk; with --write, also writes the article files of this
set's kept rows (title, blank line, content).
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "blindfakes"))

from selection import run  # noqa: E402  (the first set's walk)

START = 24  # positions 0-11 are the first blind FA-KES set, 12-23 the second
KEPT = [
    "1926479081",
    "1915433675",
    "1965511130",
    "1965511208",
    "1965511119",
    "1924058102",
    "1923848250",
    "1926478941",
    "1923848301",
    "1924058165",
    "1924058181",
    "1924058212",
]

if __name__ == "__main__":
    run(KEPT, START, 36, HERE)
