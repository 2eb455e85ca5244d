#!/usr/bin/env python3
"""Reproduce the walk of the seventh blind ScrapingHub set (see README.md).

    python3 eval/blindsh7/selection.py [N]

The order is the first blind ScrapingHub set's (eval/blindsh/selection.py), unchanged: this
set continues its walk from position 108 (positions 0-14 are the first set, 15-26 the second,
27-46 the third, 47-69 the fourth, 70-89 the fifth, 90-107 the sixth). Prints positions START
(108) to N-1 (N default 124; the walk stopped at 123 with 8 pages, see README.md) with each
page's decision.
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
    113: "kept",
    114: "skipped: a nutrition and health guide (binge eating), not news",
    115: "kept",
    116: "skipped: a personal-finance how-to (retiring early), not news",
    117: "kept",
    118: "skipped: a recipe blog post (game-day snacks), not news",
    119: "skipped: an app's release notes, not news",
    120: "kept",
    121: "skipped: an opinion column (Washington Examiner /opinion/)",
    122: "skipped: an opinion column (Washington Examiner /opinion/)",
    123: "kept",
}
KEPT = [
    "bdb56ac83513635db1d8b9eb46b2da4c0de8da2f1f28f5bf5163df3eb3d3ec06",
    "833caf3bdba53dcf48de273cf646370eebe9ac565744b0d0e941e298e1b79730",
    "7de5241947a5f7147fe9787c6f6fa16685bfe66e6c35510a68780f27690dc4f0",
    "08f793762792bd252c75fb57544cdf506ffcc04785136cb87503f02364b82b56",
    "ba4dfe2d3e817ff7b8b01172ccc307850fc5469bcdd26c3c48ca046cb88ab7cf",
    "05844573ca7e1fba714d715bb11ca08c26e25328999c74a1cb3bc8a0e4399f0f",
    "70cb2d5bca75ab5a8f6bb378a38a52f882f6bda508de93b12502e74936d86ff2",
    "eecd2575093b85933997521d6babddd397599419588d7096c5c19dc4ffe2ea72",
]

if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    continue_walk(START, DECISIONS, KEPT, int(args[0]) if args else 124)
