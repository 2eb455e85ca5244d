#!/usr/bin/env python3
"""Reproduce the walk order of the thirty-third blind FA-KES set (see README.md).

    python3 eval/blindfakes33/selection.py [N] [--write]

The walk is the first blind FA-KES set's (eval/blindfakes/selection.py), unchanged: this set
covers positions 354 to 363 of it (the positions before 354 belong to other blind FA-KES sets
or are excluded from any blind set; the positions from 364 on are left to other sets). Prints
positions START (354) to N-1 (N default 364) of the walk; with --write, also writes the article
files of this set's kept rows (title, blank line, content). Under the time limit the walk was
annotated up to position 356; positions 357 to 363 are left unread for a later set.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "blindfakes"))

from selection import run  # noqa: E402  (the first set's walk)

START = 354  # positions below 354 belong to other blind FA-KES sets or are excluded
KEPT = [
    "1965511179",
    "1923102976",
    "1965495335",
]

if __name__ == "__main__":
    run(KEPT, START, 364, HERE)
