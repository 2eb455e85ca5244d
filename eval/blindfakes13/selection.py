#!/usr/bin/env python3
"""Reproduce the walk order of the thirteenth blind FA-KES set (see README.md).

    python3 eval/blindfakes13/selection.py [N] [--write]

The walk is the first blind FA-KES set's (eval/blindfakes/selection.py), unchanged: this set
continues it from position 130 (positions 0-99 and 112-129 belong to the earlier blind FA-KES
sets, and positions 100-111 are excluded from any blind set because sayso's output has been
read for them). Prints positions START (130) to N-1 (N default 150) of the walk; with --write,
also writes the article files of this set's kept rows (title, blank line, content). The walk
kept positions 130-137 and stopped there: every one of them has article text and at least one
attributed statement, and none is a repeated CSV row of an article already in a set.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "blindfakes"))

from selection import run  # noqa: E402  (the first set's walk)

START = 130  # positions 0-99 and 112-129 are the earlier blind FA-KES sets; 100-111 are excluded
KEPT = [
    "1926479090",
    "1923848207",
    "1965511149",
    "1965495382",
    "1923102835",
    "1923848319",
    "1965511152",
    "1924058204",
]

if __name__ == "__main__":
    run(KEPT, START, 150, HERE)
