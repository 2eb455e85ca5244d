#!/usr/bin/env python3
"""Reproduce the walk order of the fifth blind FA-KES set (see README.md).

    python3 eval/blindfakes5/selection.py [N] [--write]

The walk is the first blind FA-KES set's (eval/blindfakes/selection.py), unchanged: this set
continues it from position 48 (0-11 are the first set, 12-23 the second, 24-35 the third,
36-47 the fourth). Prints positions START (48) to N-1 (N default 56) of the walk; with --write,
also writes the article files of this set's kept rows (title, blank line, content). Positions
100-111 are excluded from any blind set (sayso's output has been read for them); this walk
stops before.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "blindfakes"))

from selection import run  # noqa: E402  (the first set's walk)

START = 48  # positions 0-47 are the first four blind FA-KES sets
KEPT = [
    "1965511156",
    "1962495691",
    "1924058094",
    "1918150031",
    "1924058201",
    "1924058193",
    "1926479109",
    "1926479015",
]

if __name__ == "__main__":
    run(KEPT, START, 56, HERE)
