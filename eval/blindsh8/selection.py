#!/usr/bin/env python3
"""Reproduce the walk of the eighth blind ScrapingHub set (see README.md).

    python3 eval/blindsh8/selection.py [N]

The order is the first blind ScrapingHub set's (eval/blindsh/selection.py), unchanged: this
set continues its walk from position 124 (positions 0-14 are the first set, 15-26 the second,
27-46 the third, 47-69 the fourth, 70-89 the fifth, 90-107 the sixth, 108-123 the seventh).
Prints positions START (124) to N-1 (N default 129: the walk stopped at 128 with 5 pages, see
README.md) with each page's decision.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "blindsh"))

from selection import continue_walk  # noqa: E402  (the first set's walk)

# 0-14: the first set, 15-26: the second, 27-46: the third, 47-69: the fourth, 70-89: the fifth,
# 90-107: the sixth, 108-123: the seventh
START = 124
DECISIONS = {
    124: "kept",
    125: "kept",
    126: "kept",
    127: "kept",
    128: "kept",
}
KEPT = [
    "a6968f427cdb786531cfb326518e674bd8b48af94df7c5c6165cdf40e944357a",
    "7bb1ca90354313840329d2f569ea9fb3a582df2aa0a5e3669f8fc567eb6ea61b",
    "dc7ccccc1f34eb2928cb238739aaf18c712d59d8d34b41acfb29178aeba65356",
    "39d5c43beb60605c3eec760c99500e62e7bd71ebbe4ae05edf382125e1b0b80a",
    "961bd85ca85aaf791b278cc4a60058e92d57c4f32a3411cf8e7d802af183c926",
]

if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    continue_walk(START, DECISIONS, KEPT, int(args[0]) if args else 129)
