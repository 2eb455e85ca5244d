#!/usr/bin/env python3
"""Reproduce the walk order of the seventh blind FA-KES set (see README.md).

    python3 eval/blindfakes7/selection.py [N] [--write]

The walk is the first blind FA-KES set's (eval/blindfakes/selection.py), unchanged: this set
continues it from position 72 (0-11 are the first set, 12-23 the second, 24-35 the third,
36-47 the fourth, 48-55 the fifth; 56-71 belong to the sixth). Prints positions START (72)
to N-1 (N default 100) of the walk; with --write, also writes the article files of this set's
kept rows (title, blank line, content). Positions 100-111 are excluded from any blind set
(sayso's output has been read for them); this walk stops before.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "blindfakes"))

from selection import run  # noqa: E402  (the first set's walk)

START = 72  # positions 0-55 are the first five blind FA-KES sets, 56-71 the sixth
KEPT = [
    "1965511183",
    "1926479318",
    "1965511164",
    "1962495688",
    "1923848269",
    "1923848127",
    "1919191752",
    "1926479349",
]

if __name__ == "__main__":
    run(KEPT, START, 100, HERE)
