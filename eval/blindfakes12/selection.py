#!/usr/bin/env python3
"""Reproduce the walk order of the twelfth blind FA-KES set (see README.md).

    python3 eval/blindfakes12/selection.py [N] [--write]

The walk is the first blind FA-KES set's (eval/blindfakes/selection.py), unchanged: this set
continues it from position 120 (positions 0-99 and 112-119 belong to the earlier blind FA-KES
sets, and positions 100-111 are excluded from any blind set because sayso's output has been
read for them). Prints positions START (120) to N-1 (N default 150) of the walk; with --write,
also writes the article files of this set's kept rows (title, blank line, content). The walk
kept positions 120, 122-127 and 129 and stopped there: position 121 has no attributed
statement, and position 128 is a second CSV row of blindfakes4's article 1926479313 (the same
unit_id, title and text).
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "blindfakes"))

from selection import run  # noqa: E402  (the first set's walk)

START = 120  # positions 0-99 and 112-119 are the earlier blind FA-KES sets; 100-111 are excluded
KEPT = [
    "1926479041",
    "1918398782",
    "1924058067",
    "1924058106",
    "1965511172",
    "1965511197",
    "1926479049",
    "1923848311",
]

if __name__ == "__main__":
    run(KEPT, START, 150, HERE)
