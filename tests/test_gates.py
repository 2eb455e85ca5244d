"""Evaluation gates: accuracy floors on annotated data (eval/floors.json).

The seed gate is the acceptance test of the reference page; the development gate runs
38 annotated real articles (eval/dev); the blind gates, five sets of MediaCloud pages,
fifty of FA-KES articles and eight of ScrapingHub pages, each annotated before sayso
ever read them (eval/blind*: no longer blind since their first scores, which their READMEs
keep, but a check that the rules generalise); the extraction gate runs the readers on the
ScrapingHub benchmark (HTML and scraped text) and the MediaCloud dates
(bench/extraction.py). All use the shared scorer in ../shared/eval and skip, saying
why, where ../shared is absent.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

from tests.conftest import ROOT

FLOORS = json.loads((ROOT / "eval" / "floors.json").read_text())


def _evaluate() -> ModuleType:
    spec = importlib.util.spec_from_file_location("sayso_evaluate", ROOT / "eval" / "evaluate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    "gold_set",
    [
        "seed",
        "dev",
        "blind",
        "blind2",
        "blind3",
        "blind4",
        "blind5",
        "blindfakes",
        "blindfakes2",
        "blindfakes3",
        "blindfakes4",
        "blindfakes5",
        "blindfakes6",
        "blindfakes7",
        "blindfakes8",
        "blindfakes9",
        "blindfakes10",
        "blindfakes11",
        "blindfakes12",
        "blindfakes13",
        "blindfakes14",
        "blindfakes15",
        "blindfakes16",
        "blindfakes17",
        "blindfakes18",
        "blindfakes19",
        "blindfakes20",
        "blindfakes21",
        "blindfakes22",
        "blindfakes23",
        "blindfakes24",
        "blindfakes25",
        "blindfakes26",
        "blindfakes27",
        "blindfakes28",
        "blindfakes29",
        "blindfakes30",
        "blindfakes31",
        "blindfakes32",
        "blindfakes33",
        "blindfakes34",
        "blindfakes35",
        "blindfakes36",
        "blindfakes37",
        "blindfakes38",
        "blindfakes39",
        "blindfakes40",
        "blindfakes41",
        "blindfakes42",
        "blindfakes43",
        "blindfakes44",
        "blindfakes45",
        "blindfakes46",
        "blindfakes47",
        "blindfakes48",
        "blindfakes49",
        "blindfakes50",
        "blindsh",
        "blindsh2",
        "blindsh3",
        "blindsh4",
        "blindsh5",
        "blindsh6",
        "blindsh7",
        "blindsh8",
    ],
)
def test_accuracy_floors(shared: Path, gold_set: str) -> None:
    result = _evaluate().score(gold_set)
    assert result["articles_missing"] == 0
    misses = []
    for key, floor in FLOORS[gold_set].items():
        if key.endswith("_max"):
            value = result[key.removesuffix("_max")]
            if value > floor:
                misses.append(f"{key.removesuffix('_max')}={value} > {floor}")
        elif result[key] < floor:
            misses.append(f"{key}={result[key]} < {floor}")
    assert not misses, (
        f"{gold_set}: " + "; ".join(misses) + " (run eval/evaluate.py -v " + gold_set + ")"
    )


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("sayso_bench", ROOT / "bench" / "extraction.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_extraction_floors(shared: Path) -> None:
    """Body F1 on the ScrapingHub benchmark (HTML, and as scraped text) and date accuracy
    on the MediaCloud set stay at their floors (bench/extraction.py has the baselines)."""
    pytest.importorskip("html_text")
    bench = _bench()
    floors = FLOORS["extraction"]
    gold, pages = bench.scrapinghub()
    html, _ = bench.run(bench.sayso_html, pages)
    texts = {key: bench.as_scraped_text(page) for key, page in pages.items()}
    text, _ = bench.run(bench.sayso_text, texts)
    import lxml.html

    from sayso.read.dates import published_date

    items = bench.mediacloud()
    dated = sum(published_date(lxml.html.fromstring(h), url) == day for url, h, day in items)
    scores = {
        "html_body_f1": bench.body_scores(gold, html)[0],
        "text_body_f1": bench.body_scores(gold, text)[0],
        "date_acc": dated / len(items),
    }
    misses = [f"{k}={v:.3f} < {floors[k]}" for k, v in scores.items() if v < floors[k]]
    assert not misses, "; ".join(misses) + " (run bench/extraction.py)"
