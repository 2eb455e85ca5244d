#!/usr/bin/env python3
"""Reproduce the walk order of the fourth blind FA-KES set (see README.md).

    python3 eval/blindfakes4/selection.py [N] [--write]

The walk is the first blind FA-KES set's (eval/blindfakes/selection.py), unchanged: this set
continues it from position 36 (0-11 are the first set, 12-23 the second, 24-35 the third).
Prints positions START (36) to N-1 (N default 48) of the walk; with --write, also writes the
article files of this set's kept rows (title, blank line, content). Positions 100-111 are
excluded from any blind set (sayso's output has been read for them); this walk stops before.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "blindfakes"))

from selection import run  # noqa: E402  (the first set's walk)

START = 36  # positions 0-11, 12-23 and 24-35 are the first three blind FA-KES sets
KEPT = [
    "1926479313",
    "1965495352",
    "1923102873",
    "1924058151",
    "1923102901",
    "1962495664",
    "1962495639",
    "1924058069",
    "1965511198",
    "1926479102",
    "1923848151",
    "1965495361",
]

if __name__ == "__main__":
    run(KEPT, START, 48, HERE)
