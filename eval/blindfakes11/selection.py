#!/usr/bin/env python3
"""Reproduce the walk order of the eleventh blind FA-KES set (see README.md).

    python3 eval/blindfakes11/selection.py [N] [--write]

The walk is the first blind FA-KES set's (eval/blindfakes/selection.py), unchanged: this set
continues it from position 88 (0-11 are the first set, 12-23 the second, 24-35 the third,
36-47 the fourth, 48-55 the fifth, 56-63 the sixth, 64-71 the eighth, 72-79 the seventh,
80-87 the ninth; 112-119 the tenth).
Prints positions START (88) to N-1 (N default 100) of the walk; with --write, also writes the
article files of this set's kept rows (title, blank line, content). No position was skipped:
the first eight, 88-95, are kept. Positions 100-111 are excluded from any blind set (sayso's
output has been read for them); this walk stops before them.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "blindfakes"))

from selection import run  # noqa: E402  (the first set's walk)

START = 88  # positions 0-87 are the first nine blind FA-KES sets
KEPT = [
    "1923102970",
    "1965495338",
    "1926479099",
    "1926479133",
    "1962495647",
    "1965511187",
    "1962495667",
    "1926478959",
]

if __name__ == "__main__":
    run(KEPT, START, 100, HERE)
