#!/usr/bin/env python3
"""Reproduce the walk of the seventh blind ScrapingHub set (see README.md).

    python3 eval/blindsh7/selection.py [N]

The order is the first blind ScrapingHub set's (eval/blindsh/selection.py), unchanged: this
set continues its walk from position 108 (positions 0-14 are the first set, 15-26 the second,
27-46 the third, 47-69 the fourth, 70-89 the fifth, 90-107 the sixth). Prints positions START
(108) to N-1 (N default: one past the last kept page, see README.md) with each page's decision.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "blindsh"))

from selection import continue_walk  # noqa: E402  (the first set's walk)

# 0-14: the first set, 15-26: the second, 27-46: the third, 47-69: the fourth, 70-89: the fifth,
# 90-107: the sixth
START = 108
DECISIONS = {
    108: "skipped: a gift guide (shopping), not news",
    109: "skipped: Italian",
    110: "kept",
    111: "kept",
    112: "kept",
}
KEPT = [
    "bdb56ac83513635db1d8b9eb46b2da4c0de8da2f1f28f5bf5163df3eb3d3ec06",
    "833caf3bdba53dcf48de273cf646370eebe9ac565744b0d0e941e298e1b79730",
    "7de5241947a5f7147fe9787c6f6fa16685bfe66e6c35510a68780f27690dc4f0",
]

if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    continue_walk(START, DECISIONS, KEPT, int(args[0]) if args else max(DECISIONS) + 1)
