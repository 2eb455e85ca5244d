#!/usr/bin/env python3
"""Reproduce the walk order of the ninth blind FA-KES set (see README.md).

    python3 eval/blindfakes9/selection.py [N] [--write]

The walk is the first blind FA-KES set's (eval/blindfakes/selection.py), unchanged: this set
continues it from position 80 (0-11 are the first set, 12-23 the second, 24-35 the third,
36-47 the fourth, 48-55 the fifth, 56-63 the sixth, 64-71 the eighth, 72-79 the seventh).
Prints positions START (80) to N-1 (N default 100) of the walk; with --write, also writes the
article files of this set's kept rows (title, blank line, content). No position was skipped:
the first eight, 80-87, are kept. Positions 100-111 are excluded from any blind set (sayso's
output has been read for them), and positions 112 onwards belong to another set; this walk
stops before both.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "blindfakes"))

from selection import run  # noqa: E402  (the first set's walk)

START = 80  # positions 0-79 are the first eight blind FA-KES sets
KEPT = [
    "1965511108",
    "1965511219",
    "1965495332",
    "1926479032",
    "1926479136",
    "1923848153",
    "1926479165",
    "1923848274",
]

if __name__ == "__main__":
    run(KEPT, START, 100, HERE)
