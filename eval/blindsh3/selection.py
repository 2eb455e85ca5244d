#!/usr/bin/env python3
"""Reproduce the walk of the third blind ScrapingHub set (see README.md).

    python3 eval/blindsh3/selection.py [N]

The order is the first blind ScrapingHub set's (eval/blindsh/selection.py), unchanged: this
set continues its walk from position 27 (positions 0-14 are the first set, 15-26 the second).
Prints positions START (27) to N-1 (N default 47; the walk stopped at 46) with each page's
decision.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "blindsh"))

from selection import continue_walk  # noqa: E402  (the first set's walk)

START = 27  # positions 0-14 are the first blind ScrapingHub set, 15-26 the second
DECISIONS = {
    27: "kept",
    28: "kept",
    29: "skipped: WSJ opinion column (labelled Opinion, Commentary), paywalled",
    30: "skipped: four-sentence stub with no attributed statement",
    31: "kept",
    32: "skipped: AP debate preview in questions ('Seven big questions'), not a news report",
    33: "kept",
    34: "skipped: business-coaching blog post, not news",
    35: "skipped: celebrity photo post with no attributed statement",
    36: "skipped: product review",
    37: "kept",
    38: "skipped: editorial ('The Guardian view'), opinion",
    39: "skipped: Russian",
    40: "skipped: Indonesian",
    41: "kept",
    42: "kept",
    43: "kept",
    44: "kept",
    45: "skipped: WIRED Ideas column, opinion",
    46: "kept",
}
KEPT = [
    "d1c57d7821e5a5b27fb468c59489601bb2a042b1c05221166e3221d2b5dc217f",
    "686bb170effe273eaff1c0f88e412172e8d972518a6d1454c896f52aafaa9643",
    "f8ff621a0b9b7646cc0d57d37416feabba2bf78ef5dd0bfc5b080f9f97bbe584",
    "db6b0816c612296c7f1f001c6df874214fcca0da0fc86fb3aea9358c7f681754",
    "776a1c046798b474e410f6edf3225d6a27fecd0de6aac22aef7b7f64fe87caaf",
    "5f9c5ed5d64dfe682d9bde13b9b4f032a3ebdbf165c06ec49c0705bcbe106e3b",
    "51374560f40088e227f0053ff1bb0b8525d10a8d7bfbff1cd6033f42347fd85b",
    "e372e42c0a3df7b86e1c0bacf7bc14d042144a01e88833bc5a643d61b3547090",
    "1ace8c85aaee21b9d4505eca506d50c4721c29db62848b567a9703bfe0583892",
    "098bb3e96c0acdf36efdcde45fb9cca3f8c82c7cb2071b76097a1b96155f1eb2",
]

if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    continue_walk(START, DECISIONS, KEPT, int(args[0]) if args else 47)
