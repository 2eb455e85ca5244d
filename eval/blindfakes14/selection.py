#!/usr/bin/env python3
"""Reproduce the walk order of the fourteenth blind FA-KES set (see README.md).

    python3 eval/blindfakes14/selection.py [N] [--write]

The walk is the first blind FA-KES set's (eval/blindfakes/selection.py), unchanged: this set
continues it from position 150 (positions 0-99 and 112-149 belong to the earlier blind FA-KES
sets, and positions 100-111 are excluded from any blind set because sayso's output has been
read for them). Prints positions START (150) to N-1 (N default 180) of the walk; with --write,
also writes the article files of this set's kept rows (title, blank line, content). The walk
kept positions 150-157 and stopped there: every one of them has article text and at least one
attributed statement, so none was skipped.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "blindfakes"))

from selection import run  # noqa: E402  (the first set's walk)

START = 150  # positions 0-99 and 112-149 are the earlier blind FA-KES sets; 100-111 are excluded
KEPT = [
    "1962495730",
    "1923848233",
    "1923848297",
    "1923102969",
    "1919191741",
    "1962495739",
    "1924058031",
    "1965511185",
]

if __name__ == "__main__":
    run(KEPT, START, 180, HERE)
