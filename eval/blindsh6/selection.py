#!/usr/bin/env python3
"""Reproduce the walk of the sixth blind ScrapingHub set (see README.md).

    python3 eval/blindsh6/selection.py [N]

The order is the first blind ScrapingHub set's (eval/blindsh/selection.py), unchanged: this
set continues its walk from position 90 (positions 0-14 are the first set, 15-26 the second,
27-46 the third, 47-69 the fourth, 70-89 the fifth). Prints positions START (90) to N-1 (N
default 108; the walk stopped at 107 with 7 pages, see README.md) with each page's decision.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "blindsh"))

from selection import continue_walk  # noqa: E402  (the first set's walk)

# 0-14: the first set, 15-26: the second, 27-46: the third, 47-69: the fourth, 70-89: the fifth
START = 90
DECISIONS = {
    90: "skipped: a company press release on the company's own news page (Ascom), not news",
    91: "skipped: Italian",
    92: "kept",
    93: "skipped: an open-thread invitation on a charity's own blog; no attributed statement",
    94: "skipped: a tour note whose only attribution has an object only; no attributed statement",
    95: "kept",
    96: "kept",
    97: "skipped: a theatre's own promotional blog post (visitors' reviews), not news",
    98: "kept",
    99: "kept",
    100: "kept",
    101: "skipped: an opinion column (Sputnik columnists)",
    102: "skipped: a shopping deals list, not news",
    103: "skipped: a game review",
    104: "skipped: a high-school sports round-up of box scores, no attributed statement",
    105: "skipped: a charity evaluator's blog post on its own grant, on its own site, not news",
    106: "skipped: a product review (a book and record)",
    107: "kept",
}
KEPT = [
    "5a822960e9a2cb1e664d334b6c936c5cb6e41fb5331877538c2c8339cb59d57e",
    "8267acacb9e4a109b1f7ee7bafe735b73e9c94180b703b131f9e90c9be044f39",
    "156770d676ce79905198e1c8407f81e5ecfb617d9aa44712718707eb7e3b8e38",
    "b0cf2bbf0192315eec95ede9c59bbf4ae58699275739d590edc24b012e3e8800",
    "7a664e40d256470fdb12d10c3f8d1c6db0581e9b080c71765e55f273a3ac7d03",
    "abd9d6291b6bfae0c3ffad8ab7623b482c6da46face0271dc42af6324d8f0ce5",
    "65408257dbe4b41f71a35ade24e30243265095fc1d4988a35b9a6ca52f2b4eab",
]

if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    continue_walk(START, DECISIONS, KEPT, int(args[0]) if args else 108)
