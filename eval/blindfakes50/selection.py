#!/usr/bin/env python3
"""Reproduce the walk order of the fiftieth blind FA-KES set (see README.md).

    python3 eval/blindfakes50/selection.py [N] [--write]

The walk is the first blind FA-KES set's (eval/blindfakes/selection.py), unchanged: this set
was given positions 433 to 438 of it (positions below 433 belong to other blind FA-KES sets or
are excluded from any blind set; positions from 439 on are left to other sets). Prints positions
START (433) to N-1 (N default 439) of the walk; with --write, also writes the article files of
this set's kept rows (title, blank line, content). Position 433 was skipped (no attributed
statement); none of the six positions is a repeated CSV row.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "blindfakes"))

from selection import run  # noqa: E402  (the first set's walk)

START = 433  # positions below 433 belong to other blind FA-KES sets or are excluded
KEPT = [
    "1924058050",
    "1924058218",
    "1924058121",
    "1923848309",
    "1962495708",
]

if __name__ == "__main__":
    run(KEPT, START, 439, HERE)
