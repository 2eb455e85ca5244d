#!/usr/bin/env python3
"""Reproduce the walk order of the forty-fourth blind FA-KES set (see README.md).

    python3 eval/blindfakes44/selection.py [N] [--write]

The walk is the first blind FA-KES set's (eval/blindfakes/selection.py), unchanged: this set
was given positions 396 to 402 of it and annotated all seven (positions below 396 belong to
other blind FA-KES sets or are excluded from any blind set; positions from 403 on are left
to other sets). Prints positions START (396) to N-1 (N default 403) of the walk; with
--write, also writes the article files of this set's kept rows (title, blank line, content).
Every position of the window has article text and at least one attributed statement, and
none is a repeated CSV row of an article already in a gold set, so none was skipped.
Position 400 (1926479154) is the first of its two CSV rows; the second stands at 558.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "blindfakes"))

from selection import run  # noqa: E402  (the first set's walk)

START = 396  # positions below 396 belong to other blind FA-KES sets or are excluded
KEPT = [
    "1923848169",
    "1962495693",
    "1923848252",
    "1924058066",
    "1926479154",
    "1926478973",
    "1962495717",
]

if __name__ == "__main__":
    run(KEPT, START, 403, HERE)
