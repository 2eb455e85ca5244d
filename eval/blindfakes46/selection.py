#!/usr/bin/env python3
"""Reproduce the walk order of the forty-sixth blind FA-KES set (see README.md).

    python3 eval/blindfakes46/selection.py [N] [--write]

The walk is the first blind FA-KES set's (eval/blindfakes/selection.py), unchanged: this set
was given positions 409 to 414 of it and annotated all six (positions below 409 belong to
other blind FA-KES sets or are excluded from any blind set; positions from 415 on are left to
other sets). Prints positions START (409) to N-1 (N default 415) of the walk; with --write,
also writes the article files of this set's kept rows (title, blank line, content). Every
annotated position has article text and at least one attributed statement, and none is a
repeated CSV row, so none was skipped.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "blindfakes"))

from selection import run  # noqa: E402  (the first set's walk)

START = 409  # positions below 409 belong to other blind FA-KES sets or are excluded
KEPT = [
    "1924058203",
    "1923102903",
    "1926479178",
    "1924058208",
    "1962495714",
    "1924058184",
]

if __name__ == "__main__":
    run(KEPT, START, 415, HERE)
