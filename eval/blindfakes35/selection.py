#!/usr/bin/env python3
"""Reproduce the walk order of the thirty-fifth blind FA-KES set (see README.md).

    python3 eval/blindfakes35/selection.py [N] [--write]

The walk is the first blind FA-KES set's (eval/blindfakes/selection.py), unchanged: this set
was given positions 347 to 353 of it and annotated positions 347 to 350 (positions below 347
belong to other blind FA-KES sets or are excluded from any blind set; positions 351 to 353 were
left unannotated under the time limit, for a later set, position 351 being a repeated CSV row
in any case). Prints positions START (347) to N-1 (N default 351) of the walk; with --write,
also writes the article files of this set's kept rows (title, blank line, content). Every
annotated position has article text and at least one attributed statement, and none is a
repeated CSV row, so none was skipped.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "blindfakes"))

from selection import run  # noqa: E402  (the first set's walk)

START = 347  # positions below 347 belong to other blind FA-KES sets or are excluded
KEPT = [
    "1965511170",
    "1923848254",
    "1924058148",
    "1923102823",
]

if __name__ == "__main__":
    run(KEPT, START, 351, HERE)
