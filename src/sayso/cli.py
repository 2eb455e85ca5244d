"""The `sayso` command: a thin layer over the library's functions.

Every command parses its options, calls one importable function, and prints. Errors
in one input print one line on stderr (`sayso: INPUT: reason`) and the batch goes on;
the exit status is 1 when any input failed.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from .config import Settings
from .errors import InputError, SaysoError
from .extract import extract_inputs
from .progress import progress_bar
from .records import Article

__all__ = ["app"]

app = typer.Typer(
    name="sayso",
    help="Read news and keep a sourced ledger of who says what.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
_err = Console(stderr=True, highlight=False, soft_wrap=True)


class Format(StrEnum):
    table = "table"
    jsonl = "jsonl"
    json = "json"


class ListFormat(StrEnum):
    table = "table"
    jsonl = "jsonl"
    csv = "csv"


class ExportFormat(StrEnum):
    csv = "csv"
    jsonl = "jsonl"
    parquet = "parquet"


DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        help="The ledger: a file path or postgresql://user@host/dbname "
        "(default: $SAYSO_DB, else ./sayso.db).",
    ),
]


ModelOption = Annotated[
    str | None,
    typer.Option(
        "--model", "-m", help="Any installed spaCy English pipeline, e.g. en_core_web_trf."
    ),
]
MaxBytesOption = Annotated[
    int | None, typer.Option("--max-bytes", help="Refuse inputs larger than this many bytes.")
]
TextFieldOption = Annotated[
    str | None,
    typer.Option(
        "--text-field",
        help="CSV column or JSONL key holding the article text "
        "(guessed: text, article_content, content, body...). "
        "Example: --text-field article_content",
    ),
]
HtmlFieldOption = Annotated[
    str | None,
    typer.Option(
        "--html-field",
        help="CSV column or JSONL key holding each page's HTML (guessed: html, raw_html...). "
        "Example: --html-field raw_html",
    ),
]
TimeoutOption = Annotated[
    float | None,
    typer.Option("--timeout", help="Seconds allowed per URL, all included (default 20)."),
]
SeenOption = Annotated[
    Path | None,
    typer.Option(
        "--seen",
        help="File of feed entries already read: they are skipped, new ones are added. "
        "Example: --seen seen.txt",
    ),
]
InputsArgument = Annotated[
    list[str],
    typer.Argument(
        help="Pages (.txt, .html), URLs, feeds (.rss, .atom, or a feed URL), web "
        "archives (.warc, .warc.gz), tables of articles (.csv, .jsonl), any of them "
        "gzipped, directories, or - for stdin.",
        metavar="INPUT...",
    ),
]


def _settings(
    model: str | None,
    max_bytes: int | None,
    text_field: str | None,
    html_field: str | None,
    timeout: float | None,
    seen: Path | None,
) -> Settings:
    """The settings the reading options give (over `SAYSO_*` variables)."""
    return Settings.from_env(
        model=model,
        max_bytes=max_bytes,
        text_field=text_field,
        html_field=html_field,
        timeout=timeout,
        seen_file=seen,
    )


def _console() -> Console:
    console = Console(highlight=False)
    if not console.is_terminal and "COLUMNS" not in os.environ:
        console.width = 140
    return console


def _guarded(work: Callable[[], None]) -> None:
    """Run a ledger command; a `SaysoError` prints one line and exits with status 2."""
    try:
        work()
    except SaysoError as error:
        _fail(str(error))
        raise typer.Exit(2) from None


def _cap(limit: int | None, fmt: ListFormat, table_default: int) -> int | None:
    """How many rows to print: `--limit` if given (0: all), else all for machines and
    `table_default` for a table."""
    if limit is not None:
        return limit or None
    return table_default if fmt is ListFormat.table else None


def _since(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date; use YYYY-MM-DD") from None


def _fail(message: str) -> None:
    _err.print(f"sayso: {message}", markup=False)


def claims_table(article: Article) -> Table:
    """A Rich table of an article's claims: source, cue, content and figures."""
    name = Path(article.input).name if article.input != "-" else "stdin"
    title = f"[bold]{article.title or name}[/bold]"
    origin = [
        part
        for part in (article.publisher, article.site if article.site != article.publisher else None)
        if part
    ]
    caption = f"{name}" + (f" · {' via '.join(origin)}" if origin else "")
    table = Table(
        title=title, caption=caption, title_justify="left", caption_justify="left", expand=True
    )
    table.add_column("source", style="bold", ratio=2, min_width=14, overflow="fold")
    table.add_column("cue", style="cyan", min_width=12, max_width=16, overflow="fold")
    table.add_column("claim", ratio=6, overflow="fold")
    table.add_column("figures", style="green", ratio=3, overflow="fold")
    introduced: set[str] = set()
    for claim in article.claims:
        if claim.source is None and not claim.figures:
            continue
        source = claim.source.name if claim.source else "[dim](reporter)[/dim]"
        if claim.source and claim.source.role and claim.source.name not in introduced:
            source += f"\n[dim]{claim.source.role}[/dim]"
            introduced.add(claim.source.name)
        figures = "\n".join(
            f.text
            + (f" {f.counted}" if f.counted else "")
            + (f" [dim]{f.outcome}[/dim]" if f.outcome else "")
            + (f" [dim]per {f.per}[/dim]" if f.per else "")
            for f in claim.figures
        )
        table.add_row(source, claim.cue or "", claim.content, figures)
    return table


@app.command()
def extract(
    inputs: InputsArgument,
    fmt: Annotated[
        Format,
        typer.Option(
            "--format",
            "-f",
            help="table for people; jsonl (one record per line) or json for machines.",
        ),
    ] = Format.table,
    model: ModelOption = None,
    max_bytes: MaxBytesOption = None,
    text_field: TextFieldOption = None,
    html_field: HtmlFieldOption = None,
    timeout: TimeoutOption = None,
    seen: SeenOption = None,
) -> None:
    """Extract articles, claims and figures from news pages, feeds, archives and tables.

    Examples:

        sayso extract --format jsonl examples/ > claims.jsonl

        sayso extract -f jsonl ../shared/data/fa-kes/fakes.csv > fakes.jsonl

        sayso extract -f jsonl --seen seen.txt https://example.org/feed.rss
    """
    settings = _settings(model, max_bytes, text_field, html_field, timeout, seen)
    failed = False
    articles: list[Article] = []
    out = sys.stdout
    try:
        for result in extract_inputs(inputs, settings):
            if isinstance(result, InputError):
                failed = True
                _fail(str(result))
                continue
            for warning in result.warnings:
                _fail(f"{result.input}: warning: {warning}")
            if fmt is Format.jsonl:
                out.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
                out.flush()
            else:
                articles.append(result)
    except SaysoError as error:
        _fail(str(error))
        raise typer.Exit(2) from None
    if fmt is Format.json:
        json.dump([a.to_dict() for a in articles], out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif fmt is Format.table:
        console = _console()
        for article in articles:
            console.print(claims_table(article))
            console.print()
    if failed:
        raise typer.Exit(1)


@app.command()
def ingest(
    inputs: InputsArgument,
    db: DbOption = None,
    model: ModelOption = None,
    max_bytes: MaxBytesOption = None,
    text_field: TextFieldOption = None,
    html_field: HtmlFieldOption = None,
    timeout: TimeoutOption = None,
    seen: SeenOption = None,
    workers: Annotated[
        int,
        typer.Option(
            "--workers",
            "-w",
            help="Run on a Dask LocalCluster of this many worker processes (0: this process).",
        ),
    ] = 0,
    scheduler: Annotated[
        str | None,
        typer.Option(
            "--scheduler", help="Use an existing Dask cluster. Example: tcp://10.0.0.5:8786"
        ),
    ] = None,
    out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            help="Write partitioned Parquet (articles, claims, figures) here and stop: "
            "no ledger. Example: --out parquet/",
        ),
    ] = None,
    work_dir: Annotated[
        Path,
        typer.Option(
            "--work-dir",
            help="Where a scaled run keeps its Parquet shards before the ledger load; "
            "a re-run skips the finished ones.",
        ),
    ] = Path(".sayso-shards"),
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="One line per article stored.")
    ] = False,
) -> None:
    """Read news pages into the ledger: articles, claims, figures and their sources.

    The same article twice is stored once; a syndicated copy counts once; each article
    commits whole or not at all, so an interrupted run can simply be started again.
    With --workers or --scheduler the pipeline runs on Dask, shard by shard, into
    Parquet, then one load into the ledger; --out keeps only the Parquet.

    Examples:

        sayso ingest examples/ && sayso claims --source Kirby

        sayso ingest --workers 4 crawl/ --db postgresql://postgres@127.0.0.1/test

        sayso ingest --workers 2 --out parquet/ crawl/*.warc.gz
    """
    from .ledger.ingest import IngestStats, ingest_inputs
    from .ledger.store import database_url, describe_url

    settings = _settings(model, max_bytes, text_field, html_field, timeout, seen)
    stats = IngestStats()
    console = _console()

    def report(stored: object) -> None:
        if isinstance(stored, InputError):
            _fail(str(stored))
        elif verbose:
            console.print(str(stored), markup=False, soft_wrap=True)

    def summary() -> None:
        where = describe_url(database_url(db))
        parts = ", ".join(f"{n} {status}" for status, n in sorted(stats.statuses.items()))
        times = f"reading {stats.extract_s:.1f} s, storing {stats.store_s:.1f} s"
        console.print(
            f"{stats.articles} articles into {where} ({parts or 'none'}); "
            f"{stats.claims} claims, {stats.figures} figures; {times}",
            markup=False,
            soft_wrap=True,
        )

    def work() -> None:
        with progress_bar(None, "ingest") as bar:
            for result in ingest_inputs(inputs, db, settings, stats):
                bar.advance(inputs=1, articles=0 if isinstance(result, InputError) else 1)
                report(result)
        summary()

    def scaled() -> None:
        from .ledger.bulk import load_shards
        from .ledger.store import open_ledger
        from .scale import plan_shards, run_sharded

        folder = out if out is not None else work_dir
        shards, _ = plan_shards(inputs)
        with progress_bar(sum(len(s.inputs) for s in shards), "extract") as bar:
            result = run_sharded(
                inputs,
                folder,
                workers=workers,
                scheduler=scheduler,
                settings=settings,
                progress=lambda shard: bar.advance(inputs=shard.inputs, articles=shard.articles),
            )
        for error in result.errors:
            _fail(error)
        for shard, reason in result.failed.items():
            _fail(f"shard {shard} failed twice: {reason}")
        stats.failed += len(result.errors) + len(result.failed)
        console.print(
            f"{result.articles} articles, {result.claims} claims, {result.figures} figures "
            f"into {folder}/ ({result.shards} shards, {result.skipped} done before) "
            f"in {result.seconds:.1f} s",
            markup=False,
            soft_wrap=True,
        )
        if out is not None:
            return
        with open_ledger(db) as ledger, progress_bar(None, "load") as bar:
            for stored in load_shards(folder, ledger, stats):
                bar.advance(articles=1)
                report(stored)
        summary()

    _guarded(scaled if (workers > 0 or scheduler or out is not None) else work)
    if stats.failed:
        raise typer.Exit(1)


@app.command()
def claims(
    source: Annotated[
        str | None, typer.Option("--source", "-s", help="A source's name or any alias: Kirby.")
    ] = None,
    about: Annotated[
        str | None, typer.Option("--about", "-a", help="Words in the claim or the headline.")
    ] = None,
    since: Annotated[
        str | None, typer.Option("--since", help="Articles published on or after YYYY-MM-DD.")
    ] = None,
    fmt: Annotated[ListFormat, typer.Option("--format", "-f", help="table, jsonl or csv.")] = (
        ListFormat.table
    ),
    limit: Annotated[
        int | None,
        typer.Option("--limit", "-n", help="At most this many (table: 100 unless given; 0: all)."),
    ] = None,
    db: DbOption = None,
) -> None:
    """List claims across the ledger, newest first: who said what, where and when.

    Example:

        sayso claims --source Kirby --since 2024-12-01 --format jsonl
    """
    from .ledger.queries import find_claims
    from .ledger.render import CLAIM_COLUMNS, claim_row, claims_table, write_csv, write_jsonl
    from .ledger.store import open_ledger

    day = _since(since)

    def work() -> None:
        with open_ledger(db, create=False) as ledger:
            found = find_claims(ledger, source=source, about=about, since=day)
        cap = _cap(limit, fmt, 100)
        shown = found[:cap] if cap else found
        if fmt is ListFormat.jsonl:
            write_jsonl((c.to_dict() for c in shown), sys.stdout)
        elif fmt is ListFormat.csv:
            write_csv((claim_row(c) for c in shown), sys.stdout, CLAIM_COLUMNS)
        else:
            more = (
                f" (the newest {len(shown)}; --limit 0 for all)" if len(shown) < len(found) else ""
            )
            _console().print(claims_table(shown, title=f"{len(found)} claims{more}"))

    _guarded(work)


@app.command()
def figures(
    about: Annotated[
        str | None,
        typer.Option(
            "--about", "-a", help="Words in the quantity, a figure, its sentence or headline."
        ),
    ] = None,
    min_sources: Annotated[
        int, typer.Option("--min-sources", help="Only quantities with this many sources.")
    ] = 1,
    conflicts: Annotated[
        bool, typer.Option("--conflicts", help="Only quantities whose sources conflict.")
    ] = False,
    fmt: Annotated[ListFormat, typer.Option("--format", "-f", help="table, jsonl or csv.")] = (
        ListFormat.table
    ),
    limit: Annotated[
        int | None,
        typer.Option(
            "--limit", "-n", help="At most this many quantities (table: 50 unless given; 0: all)."
        ),
    ] = None,
    db: DbOption = None,
) -> None:
    """The reconciled table: each quantity, every source's latest figure, low/best/high.

    Rules: docs/reconciliation.md. A later figure from the same source is a revision;
    sources whose figures cannot all be true are flagged as a conflict.

    Example:

        sayso figures --about Idlib --min-sources 2
    """
    from .ledger.queries import reconciled
    from .ledger.render import (
        QUANTITY_COLUMNS,
        figures_table,
        quantity_rows,
        write_csv,
        write_jsonl,
    )
    from .ledger.store import open_ledger

    def work() -> None:
        with open_ledger(db, create=False) as ledger:
            found = reconciled(
                ledger, about=about, min_sources=min_sources, conflicts_only=conflicts
            )
        cap = _cap(limit, fmt, 50)
        shown = found[:cap] if cap else found
        if fmt is ListFormat.jsonl:
            write_jsonl((q.to_dict() for q in shown), sys.stdout)
        elif fmt is ListFormat.csv:
            write_csv(quantity_rows(shown), sys.stdout, QUANTITY_COLUMNS)
        else:
            more = (
                f" (the first {len(shown)}; --limit 0 for all)" if len(shown) < len(found) else ""
            )
            title = f"{len(found)} quantities, the most sources first{more}"
            _console().print(figures_table(shown, title=title))

    _guarded(work)


@app.command()
def sources(
    name: Annotated[
        str | None, typer.Argument(help="Only sources with this in their name or an alias.")
    ] = None,
    fmt: Annotated[ListFormat, typer.Option("--format", "-f", help="table, jsonl or csv.")] = (
        ListFormat.table
    ),
    db: DbOption = None,
) -> None:
    """List the sources across articles, with their aliases and how often they speak.

    Example:

        sayso sources Kirby
    """
    from .ledger.queries import list_sources
    from .ledger.render import SOURCE_COLUMNS, source_row, sources_table, write_csv, write_jsonl
    from .ledger.store import open_ledger

    def work() -> None:
        with open_ledger(db, create=False) as ledger:
            found = list_sources(ledger, name)
        if fmt is ListFormat.jsonl:
            write_jsonl((s.to_dict() for s in found), sys.stdout)
        elif fmt is ListFormat.csv:
            write_csv((source_row(s) for s in found), sys.stdout, SOURCE_COLUMNS)
        else:
            _console().print(sources_table(found))

    _guarded(work)


@app.command()
def show(
    article: Annotated[
        str, typer.Argument(help="An article id (or its first characters), URL or input path.")
    ],
    fmt: Annotated[
        Format, typer.Option("--format", "-f", help="table, or json/jsonl: the spec record.")
    ] = Format.table,
    db: DbOption = None,
) -> None:
    """Show one stored article: where it came from, its copies, its claims and figures.

    Example:

        sayso show 6037b162
    """
    from .ledger.queries import find_article
    from .ledger.store import open_ledger

    def work() -> None:
        with open_ledger(db, create=False) as ledger:
            view = find_article(ledger, article)
        if fmt is not Format.table:
            record = view.article.to_dict()
            record["inputs"] = view.inputs
            record["copies"] = view.copies
            record["superseded_by"] = view.superseded_by
            indent = 2 if fmt is Format.json else None
            sys.stdout.write(json.dumps(record, ensure_ascii=False, indent=indent) + "\n")
            return
        console = _console()
        a = view.article
        console.print(f"[bold]{view.id}[/bold]  {a.published or 'undated'}  {a.url or ''}")
        for line in (
            f"inputs: {', '.join(view.inputs)}",
            f"copy of: {view.copy_of}" if view.copy_of else "",
            f"copies: {', '.join(view.copies)}" if view.copies else "",
            f"superseded by: {view.superseded_by}" if view.superseded_by else "",
        ):
            if line:
                console.print(line, markup=False)
        console.print(claims_table(a))

    _guarded(work)


@app.command(name="export")
def export_ledger(
    fmt: Annotated[ExportFormat, typer.Option("--format", "-f", help="csv, jsonl or parquet.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder to write the files into.")],
    db: DbOption = None,
) -> None:
    """Write the ledger to files: articles, claims, figures, sources, quantities.

    Example:

        sayso export --format parquet --out ledger-export/
    """
    from .ledger.export import export
    from .ledger.store import open_ledger

    def work() -> None:
        with open_ledger(db, create=False) as ledger:
            counts = export(ledger, fmt.value, out)
        for name, rows in counts.items():
            print(f"{out / name}: {rows} rows")

    _guarded(work)


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[
        str,
        typer.Option(
            "--host", help="Address to listen on; 127.0.0.1 keeps the page on this machine."
        ),
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", "-p", help="Port to listen on.")] = 8000,
    allow_fetch: Annotated[
        bool,
        typer.Option(
            "--allow-fetch",
            help="Let the Analyse form fetch URLs (public addresses only; off by default).",
        ),
    ] = False,
    max_upload_bytes: Annotated[
        int, typer.Option("--max-upload-bytes", help="Largest request body the server reads.")
    ] = 2_000_000,
) -> None:
    """Serve the web page over the ledger: articles with their claims highlighted,
    sources, quantities with their charts, an Analyse form, and a JSON API under /api.

    Example:

        sayso serve --db sayso.db --port 8000    # then open http://127.0.0.1:8000/
    """
    from .web.serve import run_server

    _guarded(
        lambda: run_server(
            db, host=host, port=port, allow_fetch=allow_fetch, max_upload_bytes=max_upload_bytes
        )
    )


@app.callback()
def main() -> None:
    """Read news and keep a sourced ledger of who says what."""


if __name__ == "__main__":  # pragma: no cover
    app()
