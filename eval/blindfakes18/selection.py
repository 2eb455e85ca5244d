#!/usr/bin/env python3
"""Reproduce the walk order of the eighteenth blind FA-KES set (see README.md).

    python3 eval/blindfakes18/selection.py [N] [--write]

The walk is the first blind FA-KES set's (eval/blindfakes/selection.py), unchanged: this set
covers positions 218 to 228 of it (other annotators take the neighbouring positions). Prints
positions START (218) to N-1 (N default 229) of the walk; with --write, also writes the article
files of this set's kept rows (title, blank line, content). The walk kept positions 218-221 and
stopped there for lack of time: positions 222-228 are left unread for a later set.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "blindfakes"))

from selection import run  # noqa: E402  (the first set's walk)

START = 218  # this set's window is positions 218-228; other positions belong to other sets
KEPT = [
    "1962495646",
    "1919191746",
    "1965495325",
    "1923848216",
]

if __name__ == "__main__":
    run(KEPT, START, 229, HERE)
