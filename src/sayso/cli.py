"""The `sayso` command: a thin layer over the library's functions.

Every command parses its options, calls one importable function, and prints. Errors
in one input print one line on stderr (`sayso: INPUT: reason`) and the batch goes on;
the exit status is 1 when any input failed.
"""

from __future__ import annotations

import json
import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from .config import Settings
from .errors import InputError, SaysoError
from .extract import extract_inputs
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
    inputs: Annotated[
        list[str],
        typer.Argument(
            help="Pages (.txt, .html), URLs, feeds (.rss, .atom, or a feed URL), web "
            "archives (.warc, .warc.gz), tables of articles (.csv, .jsonl), any of them "
            "gzipped, directories, or - for stdin.",
            metavar="INPUT...",
        ),
    ],
    fmt: Annotated[
        Format,
        typer.Option(
            "--format",
            "-f",
            help="table for people; jsonl (one record per line) or json for machines.",
        ),
    ] = Format.table,
    model: Annotated[
        str | None,
        typer.Option(
            "--model", "-m", help="Any installed spaCy English pipeline, e.g. en_core_web_trf."
        ),
    ] = None,
    max_bytes: Annotated[
        int | None, typer.Option("--max-bytes", help="Refuse inputs larger than this many bytes.")
    ] = None,
    text_field: Annotated[
        str | None,
        typer.Option(
            "--text-field",
            help="CSV column or JSONL key holding the article text "
            "(guessed: text, article_content, content, body...). "
            "Example: --text-field article_content",
        ),
    ] = None,
    html_field: Annotated[
        str | None,
        typer.Option(
            "--html-field",
            help="CSV column or JSONL key holding each page's HTML (guessed: html, raw_html...). "
            "Example: --html-field raw_html",
        ),
    ] = None,
    timeout: Annotated[
        float | None,
        typer.Option("--timeout", help="Seconds allowed per URL, all included (default 20)."),
    ] = None,
    seen: Annotated[
        Path | None,
        typer.Option(
            "--seen",
            help="File of feed entries already read: they are skipped, new ones are added. "
            "Example: --seen seen.txt",
        ),
    ] = None,
) -> None:
    """Extract articles, claims and figures from news pages, feeds, archives and tables.

    Examples:

        sayso extract --format jsonl examples/ > claims.jsonl

        sayso extract -f jsonl ../shared/data/fa-kes/fakes.csv > fakes.jsonl

        sayso extract -f jsonl --seen seen.txt https://example.org/feed.rss
    """
    settings = Settings.from_env(
        model=model,
        max_bytes=max_bytes,
        text_field=text_field,
        html_field=html_field,
        timeout=timeout,
        seen_file=seen,
    )
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
        console = Console(highlight=False)
        if not console.is_terminal and "COLUMNS" not in os.environ:
            console.width = 140
        for article in articles:
            console.print(claims_table(article))
            console.print()
    if failed:
        raise typer.Exit(1)


@app.callback()
def main() -> None:
    """Read news and keep a sourced ledger of who says what."""


if __name__ == "__main__":  # pragma: no cover
    app()
