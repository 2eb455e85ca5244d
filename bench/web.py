#!/usr/bin/env python3
"""Time the web pages over the full FA-KES ledger; optionally screenshot each page.

    .venv/bin/python bench/web.py --db /tmp/fakes.db [--repeat 20] [--screenshots docs/screenshots]

The ledger is built first when the file is missing (`bench/fakes_ledger.py`: all 804
FA-KES articles, about three minutes on two cores), and the bundled examples are added
to it. Pages are fetched over real HTTP from uvicorn on 127.0.0.1 (httpx, one client,
keep-alive), so the times include the ASGI server, the middlewares and the database;
each is the median of `--repeat` requests after one warm-up request. The first request
to a page that needs the reconciled table builds it (`QuantityIndex`); that one-off
cost is printed on its own.

With `--screenshots DIR`, Debian's headless Chromium saves a picture of each page there
(laptop width, and the article page at phone width too) for the README.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

import httpx

from fakes_ledger import build  # bench/ is on sys.path when a script in it runs
from sayso.extract import extract_raw
from sayso.ledger.ingest import ingest_articles
from sayso.ledger.queries import list_sources, reconciled
from sayso.ledger.store import open_ledger
from sayso.read import iter_inputs
from sayso.web import create_app
from sayso.web.data import recent_articles
from sayso.web.serve import serve_in_thread

ROOT = Path(__file__).resolve().parents[1]


def _prepare(db: str) -> None:
    if not Path(db).exists():
        print(f"building {db} from FA-KES (a few minutes)...", flush=True)
        stats = build(db)
        print(f"  {stats.articles} articles, {stats.claims} claims, {stats.figures} figures")
    with open_ledger(db) as ledger:
        examples = os.path.relpath(ROOT / "examples")  # as a person would type it
        for _ in ingest_articles(ledger, extract_raw(iter_inputs([examples]))):
            pass


def _targets(db: str) -> dict[str, str]:
    """The pages to time: the biggest and a typical article, the most reported quantity
    and the one with most sources, the most quoted source, home and search."""
    with open_ledger(db, create=False) as ledger:
        articles = recent_articles(ledger, limit=100_000)
        quantities = reconciled(ledger)
        sources = list_sources(ledger)
    by_claims = sorted(articles, key=lambda a: a.claims)
    typical = by_claims[len(by_claims) // 2]
    biggest = by_claims[-1]
    nbc = next((a for a in articles if "nbc-north-korean" in a.input), biggest)
    most_sources = max(quantities, key=lambda q: len(q.sources))
    towns = [q for q in quantities if q.time_kind == "event" and q.place and q.place.level == 3]
    incident = max(towns or quantities, key=lambda q: (len(q.sources), len(q.observations)))
    return {
        "home": "/",
        f"article, typical ({typical.claims} claims)": f"/articles/{typical.id}",
        f"article, largest ({biggest.claims} claims)": f"/articles/{biggest.id}",
        "article, NBC example": f"/articles/{nbc.id}",
        f"quantity, incident ({len(incident.sources)} sources)": f"/quantities/{incident.id}",
        f"quantity, most sources ({len(most_sources.sources)})": f"/quantities/{most_sources.id}",
        f"source, most quoted ({sources[0].claims} claims)": f"/sources/{sources[0].id}",
        "search 'Idlib'": "/search?q=Idlib",
        "quantities table": "/quantities",
        "api: /api/articles": "/api/articles",
    }


def _time(client: httpx.Client, path: str, repeat: int) -> tuple[float, float, int]:
    started = time.perf_counter()
    first = client.get(path)
    first.raise_for_status()
    cold = time.perf_counter() - started
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        response = client.get(path)
        times.append(time.perf_counter() - started)
        response.raise_for_status()
    return cold, statistics.median(times), len(first.content)


def _screenshots(base: str, targets: dict[str, str], folder: Path) -> None:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    folder.mkdir(parents=True, exist_ok=True)
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--hide-scrollbars",
        "--force-device-scale-factor=1",
    ):
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tempfile.mkdtemp(prefix='sayso-shots-')}")
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    pages = [
        ("home", "/", 1366, 900),
        ("article", targets["article, NBC example"], 1366, 1100),
        ("article-phone", targets["article, NBC example"], 390, 1400),
        ("source", targets["source"], 1366, 1100),
        ("quantity", targets["quantity"], 1366, 1300),
        ("search", "/search?q=Idlib", 1366, 1000),
        ("analyse", "/analyse", 1366, 760),
    ]
    try:
        for name, path, width, height in pages:
            driver.set_window_size(width, height)
            driver.get(base + path)
            driver.save_screenshot(str(folder / f"{name}.png"))
            print(f"  {folder / f'{name}.png'}")
    finally:
        driver.quit()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="/tmp/sayso-fakes.db", help="the FA-KES ledger")
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--screenshots", type=Path, default=None, help="save pictures here")
    args = parser.parse_args()
    _prepare(args.db)
    targets = _targets(args.db)
    app = create_app(args.db)
    state = app.state.web
    with serve_in_thread(app) as base, httpx.Client(base_url=base, timeout=120) as client:
        articles = client.get("/api/articles?limit=1000").json()
        print(f"ledger: {len(articles)} articles ({args.db}); {base}")
        started = time.perf_counter()
        count = len(state.quantities.quantities())
        print(f"reconciled table built once: {count} quantities in "
              f"{time.perf_counter() - started:.2f} s")  # fmt: skip
        print(f"{'page':44} {'first':>9} {'median':>9} {'bytes':>9}")
        for name, path in targets.items():
            cold, median, size = _time(client, path, args.repeat)
            print(f"{name:44} {cold * 1000:7.1f}ms {median * 1000:7.1f}ms {size:9,}")
        if args.screenshots:
            shots = {
                "article, NBC example": targets["article, NBC example"],
                "source": next(p for n, p in targets.items() if n.startswith("source")),
                "quantity": next(p for n, p in targets.items() if "incident" in n),
            }
            _screenshots(base, shots, args.screenshots)


if __name__ == "__main__":
    main()
