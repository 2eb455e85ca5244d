#!/usr/bin/env python3
"""Reproduce the walk of the second blind ScrapingHub set (see README.md).

    python3 eval/blindsh2/selection.py [N]

The order is the first blind ScrapingHub set's (eval/blindsh/selection.py), unchanged: this
set continues its walk from position 15 (positions 0-14 are the first set). Prints positions
START (15) to N-1 (N default 27; the walk stopped at 26) with each page's decision.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "blindsh"))

from selection import continue_walk  # noqa: E402  (the first set's walk)

START = 15  # positions 0-14 are the first blind ScrapingHub set
DECISIONS = {
    15: "kept",
    16: "kept",
    17: "skipped: PolitiFact fact-check (the site's own rating of a claim), not a news report",
    18: "kept",
    19: "kept",
    20: "kept",
    21: "kept",
    22: "kept",
    23: "skipped: Portuguese",
    24: "kept",
    25: "kept",
    26: "kept",
}
KEPT = [
    "921019755f4a96ac4abf9dbcb4ef9d5ac202624a542d5ea70912330aa6fcc71f",
    "0dd1357045727799a447563fd8851f4ebe79f042073ea16991a9b67aa595f81a",
    "a1fca19b884e0e946ad3fbe2a7f5031e5e3b23372702a76db302b6143c77cb31",
    "55bb6340e3d7dd8632ba45179ae43c39f8ad0cfcecb4719e3b9cf6106ffb70a3",
    "432362af0be43f6da757ea778bd7f2f000094a565bdebac5af7442987a5372f3",
    "0d46122928b6f468cc4bbc694051d0dbae5702bc75a16dab82a99b58daf150a0",
    "3c5bf8db4272925bf1dd5713fc325e179fd0d1cc6fb8c77aa2d917cfd2518a32",
    "c50845a7158af12ee75acea301a3ea0dad1e848d6b9dbdb43ba7f2d825b2528b",
    "9eef8162bbb67b0bd73792313b91b87dc9304f43f85f479e67e71c166417451e",
    "c7e39ac49fa1235f5d50f83bf2444248bd3aa4e6df044377916c812dd109ba23",
]

if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    continue_walk(START, DECISIONS, KEPT, int(args[0]) if args else 27)
