#!/usr/bin/env python3
"""Reproduce the walk order of the second blind FA-KES set (see README.md).

    python3 eval/blindfakes2/selection.py [N] [--write]

The walk is the first blind FA-KES set's (eval/blindfakes/selection.py), unchanged: this set
continues it from position 12 (positions 0-11 are the first set). Prints positions START
(12) to N-1 (N default 24) of the walk; with --write, also writes the article files of this
set's kept rows (title, blank line, content).
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "blindfakes"))

from selection import run  # noqa: E402  (the first set's walk)

START = 12  # positions 0-11 are the first blind FA-KES set
KEPT = [
    "1962495649",
    "1965511189",
    "1926479221",
    "1962495701",
    "1926479056",
    "1923848286",
    "1914947533",
    "1962495736",
    "1923102880",
    "1923102952",
    "1924058064",
    "1923102918",
]

if __name__ == "__main__":
    run(KEPT, START, 24, HERE)
