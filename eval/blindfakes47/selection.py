#!/usr/bin/env python3
"""Reproduce the walk order of the forty-seventh blind FA-KES set (see README.md).

    python3 eval/blindfakes47/selection.py [N] [--write]

The walk is the first blind FA-KES set's (eval/blindfakes/selection.py), unchanged: this set
was given positions 415 to 420 of it (positions below 415 belong to other blind FA-KES sets
or are excluded from any blind set; positions from 421 on are left to other sets). Prints
positions START (415) to N-1 (N default 421) of the walk; with --write, also writes the
article files of this set's kept rows (title, blank line, content). See README.md for the
decision on every position of the window.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "blindfakes"))

from selection import run  # noqa: E402  (the first set's walk)

START = 415  # positions below 415 belong to other blind FA-KES sets or are excluded
KEPT = [
    "1962495679",
    "1965495384",
    "1962495735",
    "1923848124",
    "1962495689",
    "1923102958",
]

if __name__ == "__main__":
    run(KEPT, START, 421, HERE)
