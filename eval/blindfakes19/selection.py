#!/usr/bin/env python3
"""Reproduce the walk order of the nineteenth blind FA-KES set (see README.md).

    python3 eval/blindfakes19/selection.py [N] [--write]

The walk is the first blind FA-KES set's (eval/blindfakes/selection.py), unchanged: this set
covers positions 229 to 238 of it (positions below 229 belong to other blind FA-KES sets or are
excluded from any blind set; positions from 239 on are left to later sets). Prints positions
START (229) to N-1 (N default 239) of the walk; with --write, also writes the article files of
this set's kept rows (title, blank line, content). The walk kept nine of the ten positions;
position 233 (1965495343, Sputnik) was skipped: it has no attributed statement.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "blindfakes"))

from selection import run  # noqa: E402  (the first set's walk)

START = 229  # positions below 229 belong to other blind FA-KES sets or are excluded
KEPT = [
    "1923848179",
    "1923848213",
    "1962495699",
    "1924058039",
    "1926478984",
    "1923102875",
    "1926478910",
    "1924058090",
    "1923848214",
]

if __name__ == "__main__":
    run(KEPT, START, 239, HERE)
