#!/usr/bin/env python3
"""Reproduce the walk order of the twenty-ninth blind FA-KES set (see README.md).

    python3 eval/blindfakes29/selection.py [N] [--write]

The walk is the first blind FA-KES set's (eval/blindfakes/selection.py), unchanged: this set
covers positions 319 to 328 of it (positions below 319 belong to other blind FA-KES sets or are
excluded from any blind set; positions from 329 on are left to other sets). Prints positions
START (319) to N-1 (N default 329) of the walk; with --write, also writes the article files of
this set's kept rows (title, blank line, content). Every position of the window has article
text and at least one attributed statement, and none repeats a row of an earlier set (position
320 holds a unit_id that the CSV has twice; its later row is at position 534), so none was skipped.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "blindfakes"))

from selection import run  # noqa: E402  (the first set's walk)

START = 319  # positions below 319 belong to other blind FA-KES sets or are excluded
KEPT = [
    "1923848246",
    "1926479296",
    "1918150044",
    "1926479162",
    "1923102965",
    "1965511195",
    "1962495725",
    "1923102825",
    "1919191745",
    "1924058155",
]

if __name__ == "__main__":
    run(KEPT, START, 329, HERE)
