"""A progress bar for long runs: inputs done, articles, articles per second, time left.

    with progress_bar(total=len(files), enabled=sys.stderr.isatty()) as bar:
        bar.advance(inputs=1, articles=1)

Drawn on stderr with Rich, only where stderr is a terminal (pipes and logs stay clean).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

__all__ = ["Bar", "progress_bar"]


class _ArticleRate(ProgressColumn):
    """Articles stored so far and their rate over the elapsed time."""

    def render(self, task: Task) -> Text:
        articles = int(task.fields.get("articles", 0))
        elapsed = task.elapsed or 0.0
        rate = articles / elapsed if elapsed > 0 else 0.0
        return Text(f"{articles:,} articles {rate:6.1f}/s", style="progress.data.speed")


@dataclass(slots=True)
class Bar:
    """The handle a long run advances."""

    progress: Progress | None
    task: TaskID | None
    articles: int = 0

    def advance(self, inputs: int = 0, articles: int = 0) -> None:
        self.articles += articles
        if self.progress is not None and self.task is not None:
            self.progress.update(self.task, advance=inputs, articles=self.articles)


@contextmanager
def progress_bar(
    total: int | None, description: str = "reading", enabled: bool | None = None
) -> Iterator[Bar]:
    """A bar over `total` inputs (unknown: None); off unless stderr is a terminal."""
    console = Console(stderr=True)
    if enabled is None:
        enabled = console.is_terminal
    if not enabled:
        yield Bar(None, None)
        return
    columns = (
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        _ArticleRate(),
        TimeElapsedColumn(),
        TextColumn("eta"),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task(description, total=total, articles=0)
        yield Bar(progress, task)
