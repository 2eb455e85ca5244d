#!/usr/bin/env python3
"""Reproduce the walk order of the thirty-second blind FA-KES set (see README.md).

    python3 eval/blindfakes32/selection.py [N] [--write]

The walk is the first blind FA-KES set's (eval/blindfakes/selection.py), unchanged: this set
covers positions 344 to 353 of it (positions below 344 belong to other blind FA-KES sets or are
excluded from any blind set; positions from 354 on are left to other sets). Prints positions
START (344) to N-1 (N default 354) of the walk; with --write, also writes the article files of
this set's kept rows (title, blank line, content). Position 351 is a repeated CSV row
(1926479049, already blindfakes12's position 127) and was skipped; see README.md for the
positions annotated and those left unread.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "blindfakes"))

from selection import run  # noqa: E402  (the first set's walk)

START = 344  # positions below 344 belong to other blind FA-KES sets or are excluded
KEPT = [
    "1924058085",
    "1923102946",
    "1924058078",
]

if __name__ == "__main__":
    run(KEPT, START, 354, HERE)
