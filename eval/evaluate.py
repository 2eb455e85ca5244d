#!/usr/bin/env python3
"""Score sayso on the gold sets with the shared scorer (../shared/eval/score.py).

    .venv/bin/python eval/evaluate.py            # seed + development set, a table
    .venv/bin/python eval/evaluate.py -v dev     # one set, every miss listed

Gold sets: `seed` (the reference page, ../shared/eval/gold/seed.jsonl), `fakes` (20
FA-KES articles, eval/dev/fakes.jsonl), `pages` (10 ScrapingHub benchmark pages,
eval/dev/pages.jsonl, read from ../shared/data). `dev` is fakes + pages. `blind` (10
MediaCloud 2020 news pages, eval/blind/mediacloud.jsonl, annotated before sayso saw them; not in
the default run) is the held-out estimate. The floors that CI enforces are in eval/floors.json.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SAYSO_SHARED", ROOT.parent / "shared")).resolve()
SCORER = SHARED / "eval" / "score.py"
BENCHMARK_HTML = SHARED / "data" / "scrapinghub-article-extraction-benchmark" / "html"
MEDIACLOUD_HTML = SHARED / "data" / "htmldate-mediacloud-2020" / "html"


def gold_files(name: str) -> list[Path]:
    """The gold file(s) of a set: seed, fakes, pages, dev, or a held-out set's folder
    (`eval/blind*/`, each holding one .jsonl)."""
    fixed = {
        "seed": [SHARED / "eval" / "gold" / "seed.jsonl"],
        "fakes": [ROOT / "eval" / "dev" / "fakes.jsonl"],
        "pages": [ROOT / "eval" / "dev" / "pages.jsonl"],
        "dev": [ROOT / "eval" / "dev" / "fakes.jsonl", ROOT / "eval" / "dev" / "pages.jsonl"],
    }
    if name in fixed:
        return fixed[name]
    held_out = sorted((ROOT / "eval" / name).glob("*.jsonl")) if name.startswith("blind") else []
    if len(held_out) != 1:
        raise KeyError(f"no gold set {name!r}: seed, fakes, pages, dev or an eval/blind* folder")
    return held_out


def inputs_of(gold: Path) -> Iterator[str]:
    """The input path of every gold record: in the repo, in ../shared, or a data page."""
    for line in gold.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        file = json.loads(line)["file"]
        for base in (ROOT, SHARED, BENCHMARK_HTML, MEDIACLOUD_HTML):
            if (base / file).is_file():
                yield str(base / file)
                break
        else:
            raise FileNotFoundError(f"{gold.name}: no input file for {file!r}")


def predict(golds: list[Path], out: Path) -> None:
    import sayso

    with out.open("w", encoding="utf-8") as fh:
        for result in sayso.extract_inputs([i for g in golds for i in inputs_of(g)]):
            if isinstance(result, sayso.InputError):
                print(f"evaluate: {result}", file=sys.stderr)
                continue
            fh.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")


def score(name: str, verbose: bool = False) -> dict[str, object]:
    """Run sayso on a gold set and return the scorer's numbers."""
    golds = gold_files(name)
    with tempfile.TemporaryDirectory() as tmp:
        pred = Path(tmp) / "pred.jsonl"
        predict(golds, pred)
        args = [
            sys.executable,
            str(SCORER),
            "--gold",
            *map(str, golds),
            "--pred",
            str(pred),
            "--json",
        ]
        if verbose:
            subprocess.run([*args[:-1], "-v"], check=True)
        done = subprocess.run(args, check=True, capture_output=True, text=True)
    return json.loads(done.stdout.splitlines()[0])


KEYS = (
    "claims_f1",
    "source_acc",
    "cue_acc",
    "style_acc",
    "figures_f1",
    "figure_attr_acc",
    "body_acc",
    "false_attr",
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", default=["seed", "fakes", "pages", "dev"])
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    if not SCORER.is_file():
        print(f"evaluate: the scorer is missing ({SCORER}); set SAYSO_SHARED", file=sys.stderr)
        return 2
    rows = {name: score(name, args.verbose) for name in args.sets}
    print(f"{'set':<7}" + "".join(f"{k:>17}" for k in KEYS))
    for name, result in rows.items():
        print(f"{name:<7}" + "".join(f"{result.get(k, '')!s:>17}" for k in KEYS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
