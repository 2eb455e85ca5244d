#!/usr/bin/env python3
"""Reproduce the walk order of the fifteenth blind FA-KES set (see README.md).

    python3 eval/blindfakes15/selection.py [N] [--write]

The walk is the first blind FA-KES set's (eval/blindfakes/selection.py), unchanged: this set
continues it from position 158 (positions 0-99 and 112-157 belong to the earlier blind FA-KES
sets, and positions 100-111 are excluded from any blind set because sayso's output has been
read for them). Prints positions START (158) to N-1 (N default 200: positions 200 onwards belong
to another set) of the walk; with --write, also writes the article files of this set's kept rows
(title, blank line, content). The walk kept positions 158-165 and stopped there: every one of them
has article text and at least one attributed statement, so none was skipped.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "blindfakes"))

from selection import run  # noqa: E402  (the first set's walk)

START = 158  # positions 0-99 and 112-157 are the earlier blind FA-KES sets; 100-111 are excluded
KEPT = [
    "1923848173",
    "1914947536",
    "1924058100",
    "1962495698",
    "1962495687",
    "1926479222",
    "1923848141",
    "1965511127",
]

if __name__ == "__main__":
    run(KEPT, START, 200, HERE)
