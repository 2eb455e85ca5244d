#!/usr/bin/env python3
"""Reproduce the walk order of the tenth blind FA-KES set (see README.md).

    python3 eval/blindfakes10/selection.py [N] [--write]

The walk is the first blind FA-KES set's (eval/blindfakes/selection.py), unchanged: this set
continues it from position 112 (positions 0-99 belong to the earlier blind FA-KES sets, and
positions 100-111 are excluded from any blind set because sayso's output has been read for
them). Prints positions START (112) to N-1 (N default 140) of the walk; with --write, also
writes the article files of this set's kept rows (title, blank line, content). No position
was skipped: the walk kept positions 112-119 and stopped there.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "blindfakes"))

from selection import run  # noqa: E402  (the first set's walk)

START = 112  # positions 0-99 are the earlier blind FA-KES sets; 100-111 are excluded
KEPT = [
    "1926479220",
    "1924058188",
    "1923848234",
    "1923848312",
    "1926479189",
    "1926479123",
    "1926479298",
    "1926479248",
]

if __name__ == "__main__":
    run(KEPT, START, 140, HERE)
