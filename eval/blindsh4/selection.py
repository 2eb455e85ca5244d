#!/usr/bin/env python3
"""Reproduce the walk of the fourth blind ScrapingHub set (see README.md).

    python3 eval/blindsh4/selection.py [N]

The order is the first blind ScrapingHub set's (eval/blindsh/selection.py), unchanged: this
set continues its walk from position 47 (positions 0-14 are the first set, 15-26 the second,
27-46 the third). Prints positions START (47) to N-1 (N default 70; the walk stopped at 69)
with each page's decision.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "blindsh"))

from selection import continue_walk  # noqa: E402  (the first set's walk)

START = 47  # positions 0-14 are the first blind ScrapingHub set, 15-26 the second, 27-46 the third
DECISIONS = {
    47: "kept",
    48: "kept",
    49: "skipped: Russian",
    50: "kept",
    51: "kept",
    52: "kept",
    53: "skipped: a round-up of product-review excerpts (Stadia), not a news report",
    54: "skipped: a shopping list of gadgets with prices and store links, not news",
    55: "skipped: an opinion column (labelled 'Column:')",
    56: "skipped: Portuguese (a standings table)",
    57: "skipped: a shopping deals list, not news",
    58: "skipped: a list of swim-meet results with no attributed statement",
    59: "skipped: a podcast episode's description, not a news report; no attributed statement",
    60: "skipped: an events calendar, not news",
    61: "skipped: Korean",
    62: "skipped: a first-person culture essay, not news",
    63: "skipped: a business-coaching blog post, not news",
    64: "skipped: Portuguese",
    65: "kept",
    66: "kept",
    67: "kept",
    68: "kept",
    69: "kept",
}
KEPT = [
    "51d066b0602c9421d8d6410bc4b931700978409a3faa2a984e8fbde519ad7241",
    "785affa2c34e6e4844ef080e98e1a1e532eeeb671bdacebfb9e98ad7320ff382",
    "7f93c1944a41d01960f8a16fdfda6c562e86f04ead8375ab796c4278402df9a8",
    "14cc2a0ca59c62a8c9f205a171e9ccf4ef4cf69b0c642f51c8c65c051b39024f",
    "e7994d5500875202d93e736e8f0c8a0436107d10add94ce3789001b8c5c32358",
    "d605bdef2cde7308a9f2fbd1484d4a9c3da0167177245d346da61e455f42208d",
    "7a457a4f71735c17b8b34fafc88835d225cf879b2d812311857a64cfc891eee9",
    "c90731f051d033e49e4cfcc920895051bbc3b54ef1a11519abcf22a115c3aa79",
    "ffc109d474fdee1a59fa554df8b09643f4a7d45b23eceabad66f0712c3f7daed",
    "06ee193de4bd611f7fafbab0c59b0f6fe3495093516720632cd093b24c7a0e98",
]

if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    continue_walk(START, DECISIONS, KEPT, int(args[0]) if args else 70)
