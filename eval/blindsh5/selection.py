#!/usr/bin/env python3
"""Reproduce the walk of the fifth blind ScrapingHub set (see README.md).

    python3 eval/blindsh5/selection.py [N]

The order is the first blind ScrapingHub set's (eval/blindsh/selection.py), unchanged: this
set continues its walk from position 70 (positions 0-14 are the first set, 15-26 the second,
27-46 the third, 47-69 the fourth). Prints positions START (70) to N-1 (N default 90; the walk
stopped at 89) with each page's decision.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "blindsh"))

from selection import continue_walk  # noqa: E402  (the first set's walk)

START = 70  # positions 0-14 are the first set, 15-26 the second, 27-46 the third, 47-69 the fourth
DECISIONS = {
    70: "kept",
    71: "kept",
    72: "skipped: a design-week light installation described, not news; no attributed statement",
    73: "kept",
    74: "skipped: an opinion column (New York Times Opinion)",
    75: "skipped: a recipe blog post, not news",
    76: "skipped: a signed commentary (National Review), opinion",
    77: "kept",
    78: "skipped: a company's blog interview with its own new CEO, on its own site, not news",
    79: "skipped: a Snopes fact-check with its rating, not a news report",
    80: "skipped: a shopping deals list, not news",
    81: "kept",
    82: "skipped: a paywalled consumer guide, two paragraphs with no attributed statement",
    83: "kept",
    84: "kept",
    85: "skipped: an advice column (Dear Abby), not news",
    86: "kept",
    87: "skipped: a fan blog's snap-count and statistics analysis, not a news report",
    88: "kept",
    89: "kept",
}
KEPT = [
    "16c30add7e96315e9cc957d85aa876ccb6b70055f0ddab51547a586117cc1f56",
    "d90bda7ed14df19574f4ca8b1ccde5752a78f40058af1393e81cc99adb3e8756",
    "8e3efab59f48fd29a1e1e7aa135880c4251a9f090f94999668cdbaec59d30b5a",
    "ac1bfdd4c510f679c58f1b62101630d40fda20a16703235ae0f56b65a465e423",
    "bd673bd7988144f0ab7b9c5e19fed140fb5aaa30d8894cb045b72d3b79a7dc54",
    "702d1da63b8e064cb70617620e45c2d116b4912c9bc9d518dcf5ce54bb8057ed",
    "7916ecca969ffdd8f6fc32d171fbe0dd63db40fe4c1d2ade02b1dec5929a162f",
    "b37be3535e1fb61e5a238b7fa1ead1ad98b651cb09f138efadac3d54a122fb21",
    "fde930b01859de8311c6a14f8aa8c72be0659b551367803deb6736cf3526cf2e",
    "2c46804d9db4a85e8f8d31128ce0e11d02f25c7120c2faa5ec0664c604a47717",
]

if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    continue_walk(START, DECISIONS, KEPT, int(args[0]) if args else 90)
