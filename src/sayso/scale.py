"""Scale-out: shard the inputs, extract on a Dask cluster, write partitioned Parquet.

    summary = run_sharded(["crawl/"], out_dir="out/", workers=4)
    summary = run_sharded(["crawl/"], out_dir="out/", scheduler="tcp://10.0.0.5:8786")

The inputs are split into shards (groups of files; a container file such as a WARC or
a JSONL is a shard of its own). Each shard runs the whole pipeline in one worker process
(the spaCy pipeline is loaded once per process) and streams its records into
`OUT/articles/`, `OUT/claims/` and `OUT/figures/` as one Parquet file per shard, written
under a temporary name and renamed when complete. A finished shard leaves a marker in
`OUT/_shards/`, so a re-run skips it; a failed shard is retried once, then reported with
its reason. Memory stays bounded: a worker holds at most one batch of articles.

Dask's nanny sets `MALLOC_TRIM_THRESHOLD_` in its workers, which turns off glibc's
adaptive mmap threshold: spaCy's many mid-sized arrays then cost a page fault each and a
worker runs about a third slower than the same code in a plain process. `local_cluster`
starts workers without it; when you start your own (`dask worker`), set
`distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_: null` in its Dask config.

The Parquet output is the interchange with everything downstream: the ledger's bulk
load (`sayso ingest --workers`), or DuckDB and Spark for users who keep only the files.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyarrow as pa
import pyarrow.parquet as pq

from .config import Settings
from .errors import InputError, SaysoError
from .extract import extract_inputs
from .read import iter_inputs
from .tables import SCHEMAS, TABLES, rows_of

if TYPE_CHECKING:
    from distributed import LocalCluster

__all__ = [
    "Shard",
    "ShardReport",
    "Summary",
    "local_cluster",
    "peak_rss_mb",
    "plan_shards",
    "process_shard",
    "read_tables",
    "run_sharded",
    "shard_ids",
]

CONTAINER_SUFFIXES = (
    ".warc",
    ".warc.gz",
    ".jsonl",
    ".jsonl.gz",
    ".csv",
    ".csv.gz",
    ".xml",
    ".rss",
    ".atom",
)
"""Files that hold many articles: each is a shard of its own."""


@dataclass(frozen=True, slots=True)
class Shard:
    """A unit of work: some inputs, with an id that changes when they change."""

    id: str
    inputs: tuple[str, ...]

    @classmethod
    def of(cls, inputs: Iterable[str]) -> Shard:
        names = tuple(inputs)
        digest = hashlib.sha1()
        for name in names:
            stat = os.stat(name)
            digest.update(f"{os.path.abspath(name)}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
        return cls(digest.hexdigest()[:16], names)


@dataclass(slots=True)
class ShardReport:
    """What one shard produced."""

    shard: str
    inputs: int
    articles: int = 0
    claims: int = 0
    figures: int = 0
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0
    peak_rss_mb: float = 0.0


@dataclass(slots=True)
class Summary:
    """The outcome of a sharded run."""

    out_dir: str
    shards: int = 0
    skipped: int = 0
    articles: int = 0
    claims: int = 0
    figures: int = 0
    errors: list[str] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)
    """Shards that failed twice, with the reason."""
    seconds: float = 0.0
    peak_rss_mb: float = 0.0


def plan_shards(
    args: Iterable[str], files_per_shard: int = 64
) -> tuple[list[Shard], list[InputError]]:
    """Split the inputs into shards; arguments that name nothing come back as errors."""
    shards: list[Shard] = []
    errors: list[InputError] = []
    pending: list[str] = []
    for item in iter_inputs(args):
        if isinstance(item, InputError):
            errors.append(item)
            continue
        if item.path is None:
            errors.append(InputError(item.name, "standard input cannot be sharded; give files"))
            continue
        name = str(item.path)
        if name.lower().endswith(CONTAINER_SUFFIXES):
            shards.append(Shard.of([name]))
            continue
        pending.append(name)
        if len(pending) >= files_per_shard:
            shards.append(Shard.of(pending))
            pending = []
    if pending:
        shards.append(Shard.of(pending))
    return shards, errors


def peak_rss_mb() -> float:
    """Peak resident memory of this process (Linux VmHWM; getrusage elsewhere), in MB."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    try:
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    except ImportError:  # pragma: no cover - Windows
        return 0.0


class _ShardWriter:
    """Streams one shard's rows into a Parquet file per table, renamed when complete."""

    def __init__(self, out_dir: Path, shard: str) -> None:
        self.final = {name: out_dir / name / f"shard-{shard}.parquet" for name in TABLES}
        self.temp = {name: path.with_suffix(".parquet.tmp") for name, path in self.final.items()}
        for path in self.temp.values():
            path.parent.mkdir(parents=True, exist_ok=True)
        self.writers = {name: pq.ParquetWriter(self.temp[name], SCHEMAS[name]) for name in TABLES}
        self.rows: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}

    def add(self, rows: dict[str, list[dict[str, Any]]]) -> None:
        for name, part in rows.items():
            self.rows[name].extend(part)

    def flush(self) -> None:
        for name in TABLES:
            if self.rows[name]:
                table = pa.Table.from_pylist(self.rows[name], schema=SCHEMAS[name])
                self.writers[name].write_table(table)
                self.rows[name] = []

    def close(self) -> None:
        self.flush()
        for name in TABLES:
            self.writers[name].close()
            os.replace(self.temp[name], self.final[name])

    def abort(self) -> None:
        for name in TABLES:
            self.writers[name].close()
            self.temp[name].unlink(missing_ok=True)


def process_shard(shard: Shard, out_dir: str, settings: Settings | None = None) -> ShardReport:
    """Extract one shard and write its Parquet files (runs in a worker process)."""
    settings = settings or Settings()
    started = time.perf_counter()
    out = Path(out_dir)
    report = ShardReport(shard.id, len(shard.inputs))
    writer = _ShardWriter(out, shard.id)
    try:
        for result in extract_inputs(shard.inputs, settings):
            if isinstance(result, InputError):
                report.errors.append(str(result))
                continue
            rows = rows_of(result)
            writer.add(rows)
            report.articles += 1
            report.claims += len(rows["claims"])
            report.figures += len(rows["figures"])
            if report.articles % settings.batch_size == 0:
                writer.flush()
        writer.close()
    except BaseException:
        writer.abort()
        raise
    report.seconds = time.perf_counter() - started
    report.peak_rss_mb = peak_rss_mb()
    marker = out / "_shards" / f"{shard.id}.json"
    marker.parent.mkdir(parents=True, exist_ok=True)
    temp = marker.with_suffix(".tmp")
    temp.write_text(json.dumps({**asdict(report), "inputs": list(shard.inputs)}), encoding="utf-8")
    os.replace(temp, marker)
    return report


def _done(out_dir: Path, shard: Shard) -> bool:
    return (out_dir / "_shards" / f"{shard.id}.json").is_file()


Progress = Callable[[ShardReport], None]


def _results_local(
    shards: list[Shard], out_dir: str, settings: Settings
) -> Iterator[tuple[Shard, ShardReport | BaseException]]:
    for shard in shards:
        try:
            yield shard, process_shard(shard, out_dir, settings)
        except (SaysoError, OSError, ValueError, RuntimeError, MemoryError) as error:
            yield shard, error


def local_cluster(workers: int) -> LocalCluster:
    """A Dask LocalCluster of `workers` single-threaded processes, tuned for spaCy.

    The workers start without the nanny's `MALLOC_TRIM_THRESHOLD_` (see the module's
    docstring): with it, they parse about a third slower.
    """
    import dask
    from distributed import LocalCluster

    with dask.config.set({"distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None}):
        return LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
        )


def _results_dask(
    shards: list[Shard], out_dir: str, settings: Settings, workers: int, scheduler: str | None
) -> Iterator[tuple[Shard, ShardReport | BaseException]]:
    from distributed import Client, as_completed

    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = local_cluster(workers)
        client = Client(cluster)
    try:
        futures = {
            client.submit(
                process_shard, shard, out_dir, settings, key=f"sayso-shard-{shard.id}", pure=False
            ): shard
            for shard in shards
        }
        for future in as_completed(futures):
            shard = futures[future]
            try:
                yield shard, future.result()
            except Exception as error:  # a worker's exception, re-raised here
                yield shard, error
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def run_sharded(
    args: Iterable[str],
    out_dir: str | os.PathLike[str],
    *,
    workers: int = 0,
    scheduler: str | None = None,
    settings: Settings | None = None,
    files_per_shard: int = 64,
    progress: Progress | None = None,
) -> Summary:
    """Run sayso over many inputs, shard by shard, into partitioned Parquet.

    `workers=0` runs in this process; `workers=N` starts a Dask LocalCluster of N worker
    processes; `scheduler="tcp://HOST:PORT"` uses an existing Dask cluster. Finished shards
    are skipped on a re-run; a shard that fails is retried once.
    """
    settings = settings or Settings()
    started = time.perf_counter()
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    shards, errors = plan_shards(args, files_per_shard)
    summary = Summary(str(out), shards=len(shards), errors=[str(e) for e in errors])
    todo = [shard for shard in shards if not _done(out, shard)]
    summary.skipped = len(shards) - len(todo)
    for attempt in (1, 2):
        if not todo:
            break
        if workers > 0 or scheduler:
            results = _results_dask(todo, str(out), settings, max(workers, 1), scheduler)
        else:
            results = _results_local(todo, str(out), settings)
        retry: list[Shard] = []
        for shard, result in results:
            if isinstance(result, ShardReport):
                summary.articles += result.articles
                summary.claims += result.claims
                summary.figures += result.figures
                summary.errors.extend(result.errors)
                summary.peak_rss_mb = max(summary.peak_rss_mb, result.peak_rss_mb)
                if progress is not None:
                    progress(result)
            elif attempt == 1:
                retry.append(shard)
            else:
                summary.failed[shard.id] = f"{type(result).__name__}: {result}"
        todo = retry
    summary.seconds = time.perf_counter() - started
    return summary


def shard_ids(out_dir: str | os.PathLike[str]) -> list[str]:
    """The ids of the finished shards of an output folder, in a stable order."""
    return sorted(marker.stem for marker in (Path(out_dir) / "_shards").glob("*.json"))


def read_tables(out_dir: str | os.PathLike[str]) -> dict[str, pa.Table]:
    """Read a sharded output back as three tables."""
    out = Path(out_dir)
    tables = {}
    for name in TABLES:
        files = sorted((out / name).glob("shard-*.parquet"))
        parts = [pq.read_table(f, schema=SCHEMAS[name]) for f in files]
        tables[name] = pa.concat_tables(parts) if parts else SCHEMAS[name].empty_table()
    return tables
