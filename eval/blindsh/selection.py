#!/usr/bin/env python3
"""Reproduce the page order of the blind ScrapingHub set (see README.md).

    python3 eval/blindsh/selection.py [--all]

Candidates: the 181 pages of ../shared/data/scrapinghub-article-extraction-benchmark
(ids = the keys of ground-truth.json), minus the 13 dev pages (eval/dev/pages.jsonl) and
minus the 32 pages whose sayso output had been read before this set was made (SEEN below).
The order is random.seed(2027) + random.sample over the sorted remaining ids.
Prints the first 40 positions (all 136 with --all).
"""

import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
SHARED = os.environ.get("SAYSO_SHARED", os.path.join(os.path.dirname(REPO), "shared"))
GT = os.path.join(SHARED, "data", "scrapinghub-article-extraction-benchmark", "ground-truth.json")

# Pages whose sayso output had already been read (SEEN_BY_SAYSO.txt, removed from the repository).
SEEN = [
    "0e014df693f182824fe5e24030ddbe1d0b96ddb9685cf20d5766457ed32ffa2d",
    "232a43fb15abde807427b2a7bf4f772e27b8760554370956d8291df4e8166dbf",
    "23aaecd14171f96cfd201a8a46666097e286ad71f74f29347a78c5ecba50da1e",
    "374ac9a59a85196cdacc1679fb8993521a7b7d9d6533720f102300be1c7face4",
    "3cb22bfabed8de715c0813a7bb5052363c96bd71ccce3bb2dfb3ab9d1d7a9bbc",
    "4a44ab3e4c41d56ce9b79eb07acb06aed1bc52aba68a950f06e7de7ef848400a",
    "57e2e98887a1965689955921208e32f410b10e2b95c907e74e57982d3edf3cc6",
    "5caf91b8a4423735f866b089d2611ea14503584cf3b6f487c6d26eb7b9521fca",
    "5f03fc173ebc6abdfae50b96ce0b05a6137b7d3f2ef379be35a9bb8ca9f49e87",
    "5fa5679de56c43edf70685762c2d1f2de296432ae53aa46e075b552fee17cab8",
    "65bf3048b500bbd84928d9122f99617ca898216b91add1d8b2ac09c670484a5c",
    "65ce3a4577a0306994efa190a0d96e84014f9d4257ad54753e807ede518f02c0",
    "6ebac05f637ece8aa57c298a2a5e3a8047f546f855d0f29cc683cea60ce85c85",
    "7dfc3e359d7c0ca48ac9046ae5759286cedf80abe7526fc6c6e6546b9ba43e33",
    "85439e26c41c75901820d01a13e8cea7836abb58635ea3986f71a163ab0311d3",
    "95301fb7883e0ee5214d1111554d30dd97e08c6380d7699369c0b9c15f42e6aa",
    "9a440270bf8625d586039dfae1b8df409b467524e075124cd7a5424a5806901b",
    "9cb8224b660f36c932823ab613fb76a07928fcbc41956c4c1f96f4ecab9202aa",
    "9da36ae4714bfccc72374c6c146e9d1cd3cca39e2110bd67ccdbcc806f4cf139",
    "a078b3656adc0295d0e37bd4f599342f4a0894da2451e0ef3038ac045434fef3",
    "aadb38e527d5379306de3b910ec62cb2447cc1035686b2b2d152580f8f8a1ea2",
    "b6906ca016bbfc64c90426e098c75b3e8c84457a77f51f1e7ea6941cb80c2147",
    "ba07d1e64775f4090e39116c382111f5a2cfe9528dd179673f4e9bfcea370c15",
    "c00962aabe7bdd1fca78f5360ea7fa93cd7674863b05157e00827506a7aa58c4",
    "c82b3d1d540bbbd6081bdfb78b4c068c583aa766bcaaefe7ad16d24e5413a829",
    "cc03ddb5ef7d5f1fdb8a87f5e6dfd058a2a70acedf2551655a898dc5c18eb79e",
    "e1c7023ee2148901b086256fdd30a0893d10b0720b510d5ff07a021109347266",
    "e7301133baab43596f19076beab32096f6405b868e0a69bcfc3349e595d62475",
    "ea25dd7edff4d27973600f35728f20aed5a3eedcc23257d9c3afc3d3e840c3de",
    "ecb46e3e489d2aac92b2563112e1801077b4219a6db9751f18e228bcaf457802",
    "f105de6e63ca91ea482f60193f6252092557f969f2fd128ff68c0d4d6b90dd7d",
    "ff0f958ade714ebfaf5c0b42b1c0152a62063f4e6f72141406ccefc4a2677f21",
]


def order() -> list[str]:
    with open(GT, encoding="utf-8") as fh:
        gt = json.load(fh)
    with open(os.path.join(REPO, "eval", "dev", "pages.jsonl"), encoding="utf-8") as fh:
        dev = {json.loads(line)["id"] for line in fh if line.strip()}
    assert len(gt) == 181 and len(dev) == 13 and len(SEEN) == 32
    assert not dev & set(SEEN) and set(SEEN) <= set(gt)
    ids = sorted(set(gt) - dev - set(SEEN))
    assert len(ids) == 136
    random.seed(2027)
    return random.sample(ids, len(ids))


def continue_walk(start: int, decisions: dict[int, str], kept: list[str], n: int) -> None:
    """Print positions `start` to n-1 of the walk with each page's decision, after checking
    that the pages decided "kept" are `kept` (what a later set's selection.py runs)."""
    with open(GT, encoding="utf-8") as fh:
        gt = json.load(fh)
    walk = order()
    assert [k for i, k in enumerate(walk) if decisions.get(i) == "kept"] == kept
    for i, k in enumerate(walk[:n]):
        if i >= start:
            print(i, k, gt[k]["url"], decisions.get(i, "not read"))


if __name__ == "__main__":
    with open(GT, encoding="utf-8") as fh:
        gt = json.load(fh)
    walk = order()
    n = len(walk) if "--all" in sys.argv else 40
    for i, k in enumerate(walk[:n]):
        print(i, k, gt[k]["url"])
