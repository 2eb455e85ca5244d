#!/usr/bin/env python3
"""Reproduce the walk order of the eighth blind FA-KES set (see README.md).

    python3 eval/blindfakes8/selection.py [N] [--write]

The walk is the first blind FA-KES set's (eval/blindfakes/selection.py), unchanged: this set
continues it from position 64 (0-11 are the first set, 12-23 the second, 24-35 the third,
36-47 the fourth, 48-55 the fifth, 56-63 the sixth). Prints positions START (64) to N-1
(N default 72) of the walk; with --write, also writes the article files of this set's kept
rows (title, blank line, content). Position 64 was skipped (no attributed statement).
Positions 72 onwards belong to another set, and positions 100-111 are excluded from any
blind set (sayso's output has been read for them); this walk stops before both.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "blindfakes"))

from selection import run  # noqa: E402  (the first set's walk)

START = 64  # positions 0-63 are the first six blind FA-KES sets
KEPT = [
    "1965511192",
    "1926478942",
    "1926479354",
    "1923848310",
    "1965511213",
    "1962495671",
    "1926479159",
]

if __name__ == "__main__":
    run(KEPT, START, 72, HERE)
