"""`make bench`: how fast foitrack ingests a campaign, and how its queries scale.

Builds (or reuses) a synthetic campaign under bench/out/ (see make_campaign.py), then
measures, each in a fresh subprocess so runs never share caches or memory:

- PDF pages/s of the bare engines (pypdfium2, pdfminer.six) against whole ingest
  (read + normalise + extract + store) with --jobs 1 and the default jobs;
- documents/s of ingest for text, HTML, DOCX and email;
- peak memory (max RSS of the process tree, from os.wait4) and database size;
- `compare --topic funding` and `search "modern slavery"` on databases scaled up to
  10,000 and 100,000 documents by replicating ingested rows in SQL.

Ingest throughput is timed inside the process around `ingest_paths()` (probe.py), so the
fixed start-up of the command (listed as its own figure) does not blur the rate; the
whole-command runs are listed too. Each figure is printed with its target and PASS/MISS,
and all of them go to bench/out/results.json. A full run (not --quick) also writes the table,
with its date and the machine, to docs/bench.txt, which docs/performance.md includes (make cog).

Invariants: writes only under bench/out/ and to docs/bench.txt; never touches the user's foitrack.db.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import platform
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))

from make_campaign import DEFAULT_SEED, load_or_build, load_or_build_format_set  # noqa: E402

PYTHON = sys.executable
FOITRACK = str(Path(sys.executable).with_name("foitrack"))
PROBE = str(BENCH / "probe.py")
CLI_TIMEOUT = 180.0
QUERY_TIMEOUT = 60.0
TIME = "/usr/bin/time" if Path("/usr/bin/time").exists() else None
FINDING_TABLES = ("dates", "amounts", "answers", "exemptions")
DOCS_FIGURES = ROOT / "docs" / "bench.txt"


@dataclass(frozen=True)
class Config:
    """Sizes of one benchmark run (--quick shrinks them all)."""

    bodies: int
    pdfminer_files: int
    memory_small: int
    scale_sizes: tuple[int, ...]
    repeat: int
    out: Path
    docs: Path | None = None

    @property
    def campaign(self) -> Path:
        return self.out / f"campaign-{self.bodies}"

    @property
    def work(self) -> Path:
        return self.out / "work"


@dataclass
class Figure:
    """One printed figure: its value, its target and whether it met it (None: no target)."""

    section: str
    name: str
    value: float | None
    unit: str
    target: str = ""
    passed: bool | None = None
    note: str = ""


@dataclass
class Measured:
    """A finished subprocess: wall seconds, peak RSS of its process tree, output."""

    seconds: float
    max_rss_mb: float
    cpu_seconds: float
    returncode: int
    stdout: str
    stderr: str
    timed_out: bool = False

    def json(self) -> dict[str, Any]:
        """The probe's JSON answer; raises with the probe's stderr if it failed."""
        if self.returncode != 0:
            raise RuntimeError(f"probe failed ({self.returncode}): {self.stderr[-2000:]}")
        return dict(json.loads(self.stdout.strip().splitlines()[-1]))


@dataclass
class Bench:
    """The run in progress: its configuration and the figures gathered so far."""

    config: Config
    figures: list[Figure] = field(default_factory=list)
    raw: dict[str, Any] = field(default_factory=dict)
    given_up: set[str] = field(default_factory=set)

    def add(self, figure: Figure) -> Figure:
        self.figures.append(figure)
        shown = "-" if figure.value is None else f"{figure.value:,.2f}"
        log(f"  {figure.name}: {shown} {figure.unit} {_verdict(figure)}")
        return figure


def log(message: str) -> None:
    """Progress on stderr, so stdout holds only the results table."""
    print(message, file=sys.stderr, flush=True)


# ---------------------------------------------------------------------------------------------
# Running things
# ---------------------------------------------------------------------------------------------


def run_measured(command: Sequence[str], timeout: float = CLI_TIMEOUT) -> Measured:
    """Run a command; its wall time and the peak RSS and CPU time of it and its children.

    Memory and CPU come from /usr/bin/time, whose child starts from time's own small process:
    os.wait4 on a child of this (large) runner would report the runner's high-water mark,
    which a vforked child inherits across exec. Without /usr/bin/time, os.wait4 it is.
    """
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "200", "TERM": "dumb"}
    env.pop("FOITRACK_DB", None)
    with (
        tempfile.TemporaryFile() as out,
        tempfile.TemporaryFile() as err,
        tempfile.NamedTemporaryFile("r", suffix=".time") as usage_file,
    ):
        wrapped = [TIME, "-f", "%M %U %S", "-o", usage_file.name, *command] if TIME else list(command)
        start = time.perf_counter()
        process = subprocess.Popen(wrapped, stdout=out, stderr=err, env=env, cwd=ROOT, start_new_session=True)
        timer = threading.Timer(timeout, _kill_group, [process.pid])
        timer.start()
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
        timed_out = not timer.is_alive()
        timer.cancel()
        process.returncode = os.waitstatus_to_exitcode(status)
        rss_kb, cpu = usage.ru_maxrss, usage.ru_utime + usage.ru_stime
        if TIME:
            rss_kb, cpu = _time_usage(usage_file.read(), rss_kb, cpu)
        out.seek(0)
        err.seek(0)
        return Measured(
            seconds,
            rss_kb / 1024,
            cpu,
            process.returncode,
            out.read().decode(errors="replace"),
            err.read().decode(errors="replace"),
            timed_out,
        )


def _kill_group(pid: int) -> None:
    try:
        os.killpg(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def _time_usage(report: str, rss_kb: float, cpu: float) -> tuple[float, float]:
    """(max RSS KB, CPU s) from /usr/bin/time's '%M %U %S' line (its last line; killed runs have none)."""
    lines = [line.split() for line in report.splitlines() if line.strip()]
    if not lines or len(lines[-1]) != 3:
        return rss_kb, cpu
    peak, user, system = lines[-1]
    return float(peak), float(user) + float(system)


def probe(*args: str | Path, timeout: float = CLI_TIMEOUT * 2) -> tuple[dict[str, Any], Measured]:
    """Run one probe.py sub-command in a fresh interpreter; its JSON and the run."""
    run = run_measured([PYTHON, PROBE, *map(str, args)], timeout=timeout)
    return run.json(), run


def run_cli(args: Sequence[str], timeout: float = CLI_TIMEOUT) -> Measured:
    """Run `foitrack ARGS`; raises when it crashed (a traceback) rather than reporting bad files."""
    run = run_measured([FOITRACK, *args], timeout=timeout)
    if run.timed_out or run.returncode not in (0, 1) or "Traceback" in run.stderr:
        raise RuntimeError(f"foitrack {args[0]} failed ({run.returncode}): {run.stderr[-3000:]}")
    return run


def write_list(config: Config, name: str, paths: Sequence[Path]) -> Path:
    """A file listing `paths`, one a line, for probe.py."""
    target = config.work / f"{name}.list"
    target.write_text("".join(f"{p}\n" for p in paths), encoding="utf-8")
    return target


def fresh_db(config: Config, name: str) -> Path:
    """A database path with no file (nor WAL) behind it yet."""
    path = config.work / f"{name}.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return path


def db_bytes(path: Path) -> int:
    """Size of a database with its WAL, in bytes."""
    return sum(Path(f"{path}{s}").stat().st_size for s in ("", "-wal") if Path(f"{path}{s}").exists())


def at_least(section: str, name: str, value: float, unit: str, limit: float, note: str = "") -> Figure:
    return Figure(section, name, value, unit, f">= {limit:g}", value >= limit, note)


def at_most(section: str, name: str, value: float, unit: str, limit: float, note: str = "") -> Figure:
    return Figure(section, name, value, unit, f"< {limit:g}", value < limit, note)


def info(section: str, name: str, value: float | None, unit: str, note: str = "") -> Figure:
    return Figure(section, name, value, unit, "", None, note)


def default_jobs() -> int:
    """What `foitrack ingest` uses without --jobs: every core."""
    return max(1, os.cpu_count() or 1)


# ---------------------------------------------------------------------------------------------
# The measurements
# ---------------------------------------------------------------------------------------------


def measure_machine(bench: Bench, when: str) -> float:
    """Load average and the speed-up a pure-Python burn gets on every core, right now."""
    jobs = default_jobs()
    result, _ = probe("parallelism", jobs)
    bench.raw[f"parallelism_{when}"] = result
    bench.add(
        info(
            "machine",
            f"{when}: speed-up of a CPU burn on {jobs} processes",
            result["speedup"],
            "x",
            f"load average {os.getloadavg()[0]:.2f}; other users' work lowers this",
        )
    )
    return float(result["speedup"])


def compile_bytecode() -> None:
    """Write foitrack's bytecode before timing anything, as installing foitrack does.

    With PYTHONDONTWRITEBYTECODE set (as on the shared machine) an editable install never
    writes it, and every command then compiles the foitrack modules it imports from source
    (~0.05 s for `compare`), a cost no installed foitrack pays.
    """
    compileall.compile_dir(str(ROOT / "foitrack"), quiet=1)


def measure_startup(bench: Bench) -> float:
    """Best-of-3 wall time of `foitrack --version` (interpreter + imports)."""
    best = min(run_cli(["--version"]).seconds for _ in range(3))
    bench.add(info("machine", "start-up: foitrack --version (interpreter + imports)", best, "s"))
    return best


def ingest_probe(
    bench: Bench, name: str, files: Sequence[Path], jobs: int, engine: str = "pdfium"
) -> tuple[dict[str, Any], Measured]:
    """ingest_paths over `files` into a fresh database, timed in a fresh process."""
    listing = write_list(bench.config, name, files)
    result, run = probe("ingest", listing, fresh_db(bench.config, name), jobs, engine)
    if result["failures"]:
        log(f"  {name}: {result['statuses']}; e.g. {result['failures'][0]}")
    bench.raw[name] = {**result, "max_rss_mb": run.max_rss_mb}
    return result, run


def measure_pdfium(bench: Bench, pdfs: Sequence[Path], startup: float) -> None:
    """Bare pypdfium2 pages/s against ingest pages/s (jobs 1 and default), and the CLI end to end."""
    section = "PDF (pdfium)"
    log(f"{section}: {len(pdfs)} PDFs")
    bare, _ = probe("pdfium", write_list(bench.config, "pdfs", pdfs))
    bare_rate = bare["pages"] / bare["seconds"]
    bench.raw["pdfium_bare"] = bare
    bench.add(info(section, f"bare pypdfium2, {bare['pages']} pages", bare_rate, "pages/s"))
    for jobs in (1, default_jobs()):
        result, run = ingest_probe(bench, f"pdfium-j{jobs}", pdfs, jobs)
        rate = bare["pages"] / result["seconds"]
        bench.add(info(section, f"ingest --jobs {jobs}", rate, "pages/s", f"peak RSS {run.max_rss_mb:.0f} MB"))
        ratio = rate / bare_rate
        if jobs == 1:
            bench.add(info(section, "ingest --jobs 1 / bare engine", ratio, "x"))
        else:
            bench.add(at_least(section, f"ingest --jobs {jobs} (default) / bare engine", ratio, "x", 0.70))
        bench.add(
            info(
                section,
                f"CPU time, bare engine / ingest --jobs {jobs}",
                bare["cpu_seconds"] / result["cpu_seconds"],
                "x",
                f"{1000 * result['cpu_seconds'] / bare['pages']:.1f} ms CPU a page "
                f"(bare {1000 * bare['cpu_seconds'] / bare['pages']:.1f})",
            )
        )
    cli = run_cli(["ingest", *map(str, pdfs), "--db", str(fresh_db(bench.config, "pdfium-cli")), "--quiet"])
    rate = bare["pages"] / cli.seconds
    bench.add(
        info(
            section,
            "whole CLI `foitrack ingest` (default jobs), wall",
            rate,
            "pages/s",
            f"{cli.seconds:.1f} s incl. {startup:.2f} s start-up; ratio {rate / bare_rate:.2f}",
        )
    )


def measure_pdfminer(bench: Bench, pdfs: Sequence[Path], capacity: float) -> None:
    """Bare pdfminer.six against ingest --pdf-engine pdfminer with --jobs 1 and 2."""
    section = "PDF (pdfminer)"
    subset = list(pdfs[: bench.config.pdfminer_files])
    log(f"{section}: {len(subset)} PDFs")
    bare, _ = probe("pdfminer", write_list(bench.config, "pdfminer", subset))
    bare_rate = bare["pages"] / bare["seconds"]
    bench.raw["pdfminer_bare"] = bare
    bench.add(info(section, f"bare pdfminer.six, {bare['pages']} pages", bare_rate, "pages/s"))
    seconds: dict[int, float] = {}
    for jobs in (1, 2):
        result, run = ingest_probe(bench, f"pdfminer-j{jobs}", subset, jobs, "pdfminer")
        seconds[jobs] = result["seconds"]
        rate = bare["pages"] / result["seconds"]
        bench.add(
            info(
                section,
                f"ingest --pdf-engine pdfminer --jobs {jobs}",
                rate,
                "pages/s",
                f"{rate / bare_rate:.2f} of bare; peak RSS {run.max_rss_mb:.0f} MB",
            )
        )
    bench.add(
        at_least(
            section,
            "parallel speed-up, --jobs 2 vs --jobs 1",
            seconds[1] / seconds[2],
            "x",
            1.8,
            f"a pure-Python burn got {capacity:.2f}x on this machine at the start",
        )
    )


def measure_formats(bench: Bench, by_format: dict[str, list[Path]]) -> None:
    """Documents/s of ingest for each non-PDF format (default jobs).

    For TXT and HTML, whose target is a rate, each call also pays a fixed cost (the worker
    pool, the extractors' patterns and the gazetteer loaded once, the last commit) that a
    batch of 100-150 files cannot hide. So the target is applied to the marginal rate, what
    a batch of thousands runs at: a format set four times the campaign's share of that format
    is ingested at a quarter, a half, three quarters and all of its length (best of 2 each),
    and the rate is one over the least-squares slope of seconds against files, the fixed cost
    its intercept. Two sizes of 75 and 150 files, as before, left the rate to the difference
    of two short calls and moved it by 15% from run to run.
    """
    section = "other formats"
    targets = {"txt": 200.0, "html": 200.0}
    for fmt in ("txt", "html", "docx", "eml"):
        files = by_format[fmt]
        log(f"{section}: {len(files)} {fmt}")
        result, run = _best_ingest(bench, fmt, files, 2 if fmt in targets else 1)
        rate = len(files) / result["seconds"]
        note = f"{len(files)} files, {result['documents']} documents; peak RSS {run.max_rss_mb:.0f} MB"
        bench.add(info(section, f"ingest {fmt} (default jobs), whole call", rate, "docs/s", note))
        if fmt in targets:
            bench.add(_marginal_rate(bench, fmt, len(files), targets[fmt]))


def _marginal_rate(bench: Bench, fmt: str, campaign_count: int, target: float) -> Figure:
    """The fitted marginal rate of ingesting one format (see measure_formats)."""
    section = "other formats"
    files = load_or_build_format_set(bench.config.campaign, fmt, 4 * campaign_count)
    sizes = [len(files) * quarter // 4 for quarter in (1, 2, 3, 4)]
    log(f"{section}: {fmt} marginal rate over {sizes} files")
    seconds = [_best_ingest(bench, f"{fmt}-{size}", files[:size], 2)[0]["seconds"] for size in sizes]
    slope, intercept = least_squares(sizes, seconds)
    worst = max(abs(s - (intercept + slope * n)) for n, s in zip(sizes, seconds, strict=True))
    marginal = 1 / slope if slope > 0 else float("inf")
    note = f"fit over {sizes[0]}-{sizes[-1]} files; fixed cost {intercept:.2f} s, worst residual {worst:.3f} s"
    return at_least(section, f"ingest {fmt}, marginal rate", marginal, "docs/s", target, note)


def least_squares(xs: Sequence[float], ys: Sequence[float]) -> tuple[float, float]:
    """(slope, intercept) of the least-squares line through the points."""
    mean_x, mean_y = sum(xs) / len(xs), sum(ys) / len(ys)
    spread = sum((x - mean_x) ** 2 for x in xs)
    slope = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True)) / spread
    return slope, mean_y - slope * mean_x


def _best_ingest(bench: Bench, name: str, files: Sequence[Path], rounds: int) -> tuple[dict[str, Any], Measured]:
    runs = [ingest_probe(bench, f"{name}-{i}", files, default_jobs()) for i in range(rounds)]
    return min(runs, key=lambda r: r[0]["seconds"])


def measure_memory(bench: Bench, campaign: Sequence[Path]) -> Path:
    """Peak RSS of the CLI ingesting a small prefix and the whole campaign; database size."""
    section = "memory and size"
    small = list(campaign[: bench.config.memory_small])
    peaks: dict[int, float] = {}
    whole_db = fresh_db(bench.config, "campaign")
    for files, db in ((small, fresh_db(bench.config, "memory-small")), (list(campaign), whole_db)):
        log(f"{section}: CLI ingest of {len(files)} files")
        run = run_cli(["ingest", *map(str, files), "--db", str(db), "--quiet"], timeout=900)
        peaks[len(files)] = run.max_rss_mb
        bench.add(
            info(
                section,
                f"CLI ingest of {len(files)} mixed files, peak RSS",
                run.max_rss_mb,
                "MB",
                f"{run.seconds:.1f} s wall, {len(files) / run.seconds:.0f} files/s",
            )
        )
    growth = peaks[len(campaign)] / peaks[len(small)]
    bench.add(at_most(section, f"peak RSS growth, {len(campaign)} vs {len(small)} files", growth, "x", 1.25))
    size, inputs = db_bytes(whole_db), sum(p.stat().st_size for p in campaign)
    documents = sqlite3.connect(whole_db).execute("SELECT count(*) FROM documents").fetchone()[0]
    bench.add(
        info(
            section,
            f"database size, {documents} documents",
            size / 2**20,
            "MB",
            f"{size / documents / 1024:.0f} KB/document; inputs {inputs / 2**20:.0f} MB",
        )
    )
    return whole_db


# ---------------------------------------------------------------------------------------------
# Scale: replicate ingested rows in SQL
# ---------------------------------------------------------------------------------------------


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f"PRAGMA table_info([{table}])")]


def _copy_expression(table: str, column: str) -> str:
    """How copy k of a row derives each column from the original row.

    Authorities are kept: copy k stands for the campaign's bodies answering the k-th of many
    requests, as a newsroom's database grows (1,000 bodies, a hundred requests each), so a
    comparison has one row per body whatever the number of documents.
    """
    shifted = {
        "id": ":doc_stride" if table == "documents" else ":row_stride",
        "document_id": ":doc_stride",
        "parent_id": ":doc_stride",
    }
    if column in shifted:
        return f"[{column}] + k * {shifted[column]}"
    if table == "documents" and column == "sha256":
        return "printf('%08x', k) || substr(sha256, 9)"
    if table == "documents" and column in ("file", "path"):
        return f"printf('c%05d-', k) || [{column}]"
    return f"[{column}]"


def _copy_sql(conn: sqlite3.Connection, table: str) -> str:
    columns = _columns(conn, table)
    key = "id" if table == "documents" else "document_id"
    names = ", ".join(f"[{c}]" for c in columns)
    exprs = ", ".join(_copy_expression(table, c) for c in columns)
    return (
        f"WITH RECURSIVE copies(k) AS (SELECT :first UNION ALL SELECT k + 1 FROM copies WHERE k < :last) "
        f"INSERT INTO [{table}] ({names}) SELECT {exprs} FROM [{table}], copies "
        f"WHERE [{key}] <= :doc_stride AND (k > :first OR [{key}] > :first_skip) "
        f"AND (k < :last OR [{key}] <= :last_limit)"
    )


@dataclass
class ScaleDb:
    """A database grown by copies of its first `base` documents (ids 1..base).

    Copy k of document i gets id i + k * base; `copies` is the last copy started and
    `filled` how many of its documents are in.
    """

    path: Path
    base: int
    copies: int = 0
    filled: int = 0

    def grow_to(self, documents: int) -> None:
        """Add whole copies, and part of one, until the database holds `documents` documents."""
        last = -(-documents // self.base) - 1
        last_limit = documents - self.base * last
        first, first_skip = (self.copies, self.filled) if self.filled < self.base else (self.copies + 1, 0)
        if last < first or (last == first and last_limit <= first_skip):
            return
        conn = sqlite3.connect(self.path, isolation_level=None)
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA synchronous = OFF")
        conn.execute("PRAGMA cache_size = -32000")
        conn.execute("BEGIN")
        for table in ("documents", "extractions", *FINDING_TABLES):
            key = "id" if table == "documents" else "document_id"
            row_stride = conn.execute(
                f"SELECT coalesce(max(rowid), 0) FROM [{table}] WHERE [{key}] <= ?", [self.base]
            ).fetchone()[0]
            conn.execute(
                _copy_sql(conn, table),
                {
                    "first": first,
                    "first_skip": first_skip,
                    "last": last,
                    "last_limit": last_limit,
                    "doc_stride": self.base,
                    "row_stride": row_stride,
                },
            )
        conn.execute("COMMIT")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.close()
        self.copies, self.filled = last, last_limit


def prepare_scale_db(config: Config, source: Path) -> ScaleDb:
    """A copy of the ingested campaign whose document ids are exactly 1..N, ready to grow."""
    target = fresh_db(config, "scale")
    shutil.copyfile(source, target)
    conn = sqlite3.connect(target)
    count, top = conn.execute("SELECT count(*), max(id) FROM documents").fetchone()
    for table in FINDING_TABLES:
        ids = conn.execute(f"SELECT count(*), max(id) FROM [{table}]").fetchone()
        if ids[0] != (ids[1] or 0):
            raise RuntimeError(f"{table} ids are not 1..n; cannot replicate")
    conn.close()
    if count != top:
        raise RuntimeError("document ids are not 1..n; cannot replicate")
    return ScaleDb(target, count, copies=0, filled=count)


def check_consistency(path: Path) -> tuple[int, int]:
    """(documents, rows in the full-text index): equal when the FTS triggers kept up."""
    conn = sqlite3.connect(path)
    documents = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    indexed = conn.execute("SELECT count(*) FROM documents_fts").fetchone()[0]
    conn.close()
    return documents, indexed


def measure_scale(bench: Bench, source: Path) -> None:
    """compare and search times, library and CLI, at each scale size."""
    scale = prepare_scale_db(bench.config, source)
    for size in bench.config.scale_sizes:
        section = f"scale {size:,} docs"
        log(f"{section}: replicating rows")
        start = time.perf_counter()
        scale.grow_to(size)
        documents, indexed = check_consistency(scale.path)
        bench.add(
            info(
                section,
                f"build by SQL replication ({documents:,} documents, {indexed:,} in FTS)",
                time.perf_counter() - start,
                "s",
                f"database {db_bytes(scale.path) / 2**20:,.0f} MB",
            )
        )
        if documents != indexed:
            raise RuntimeError(f"FTS index out of step: {documents} documents, {indexed} indexed")
        measure_queries(bench, section, scale.path)


def measure_queries(bench: Bench, section: str, db: Path) -> None:
    """Time compare --topic funding and search "modern slavery" at one size."""
    repeat = str(bench.config.repeat)
    result, _ = probe("compare", db, repeat)
    bench.add(
        at_most(
            section,
            "compare --topic funding, library call",
            result["seconds"],
            "s",
            1.0,
            f"{result['rows']:,} bodies; first call {result['first_seconds']:.2f} s",
        )
    )
    _cli_figure(
        bench,
        section,
        "CLI compare --topic funding (table), wall",
        [FOITRACK, "compare", "--topic", "funding", "--db", str(db)],
    )
    _cli_figure(
        bench,
        section,
        "CLI compare --topic funding -f csv, wall",
        [FOITRACK, "compare", "--topic", "funding", "--db", str(db), "-f", "csv"],
    )
    result, _ = probe("search", db, repeat, "modern slavery")
    bench.add(
        at_most(
            section,
            'search "modern slavery", library call',
            result["seconds"],
            "s",
            1.0,
            f"{result['rows']} rows; first call {result['first_seconds']:.3f} s",
        )
    )
    _cli_figure(
        bench, section, 'CLI search "modern slavery", wall', [FOITRACK, "search", "modern slavery", "--db", str(db)]
    )


def _cli_figure(bench: Bench, section: str, name: str, command: list[str]) -> None:
    """Time one query command; once it has been killed at one size it is not run at larger ones."""
    if name in bench.given_up:
        bench.add(Figure(section, name, None, "s", "< 1", False, "not run: killed at a smaller size"))
        return
    run = run_measured(command, timeout=QUERY_TIMEOUT)
    failed = run.returncode != 0 or "Traceback" in run.stderr
    if run.timed_out or failed:
        bench.given_up.add(name)
        why = f"killed after {QUERY_TIMEOUT:.0f} s" if run.timed_out else f"failed: {run.stderr.strip()[-300:]}"
        bench.add(Figure(section, name, None, "s", "< 1", False, why))
        return
    bench.add(at_most(section, name, run.seconds, "s", 1.0, f"peak RSS {run.max_rss_mb:.0f} MB"))


# ---------------------------------------------------------------------------------------------
# Report
# ---------------------------------------------------------------------------------------------


def _verdict(figure: Figure) -> str:
    return {True: "PASS", False: "MISS", None: ""}[figure.passed]


def format_table(figures: Sequence[Figure]) -> str:
    """The results, grouped by section: figure, value, target, PASS/MISS, note."""
    width = max(len(f.name) for f in figures) + 2
    section = ""
    lines = []
    for figure in figures:
        if figure.section != section:
            section = figure.section
            lines.append(f"\n{section}")
        value = "-" if figure.value is None else f"{figure.value:,.2f} {figure.unit}"
        target = f"{figure.target} {figure.unit}".strip() if figure.target else ""
        lines.append(f"  {figure.name:<{width}}{value:>18}  {target:<16}{_verdict(figure):<5} {figure.note}".rstrip())
    missed = [f for f in figures if f.passed is False]
    lines.append(f"\n{sum(f.passed is True for f in figures)} PASS, {len(missed)} MISS")
    return "\n".join(lines)


def machine() -> dict[str, Any]:
    """What the figures were measured on."""
    return {
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "platform": platform.platform(),
    }


def write_docs_figures(path: Path, figures: Sequence[Figure], seconds: float) -> None:
    """docs/bench.txt: the table of a full run with its date and machine (docs/performance.md includes it)."""
    about = machine()
    head = [
        f"date: {time.strftime('%Y-%m-%d')}",
        "command: make bench (bench/run_bench.py, default sizes)",
        f"machine: {about['cpus']} CPUs, Python {about['python']}, SQLite {about['sqlite']}, {about['platform']}",
        f"took: {seconds / 60:.1f} min",
    ]
    path.write_text("\n".join(head) + "\n" + format_table(figures) + "\n", encoding="utf-8")


def write_results(bench: Bench, seconds: float) -> Path:
    """bench/out/results.json: every figure, the raw probe answers and the machine."""
    path = bench.config.out / "results.json"
    payload = {
        "when": time.strftime("%Y-%m-%dT%H:%M:%S"),
        "seconds": seconds,
        "machine": machine(),
        "config": {**asdict(bench.config), "out": str(bench.config.out), "docs": str(bench.config.docs)},
        "figures": [asdict(f) for f in bench.figures],
        "raw": bench.raw,
    }
    path.write_text(json.dumps(payload, indent=1, default=str), encoding="utf-8")
    return path


# ---------------------------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------------------------


def parse_args(argv: Sequence[str] | None = None) -> Config:
    """Command-line options as a Config."""
    parser = argparse.ArgumentParser(description="foitrack benchmarks (make bench)")
    parser.add_argument("--quick", action="store_true", help="small sizes: a smoke run in under a minute")
    parser.add_argument("--bodies", type=int, default=None, help="bodies in the campaign (default 1000; 100 quick)")
    parser.add_argument("--out", type=Path, default=BENCH / "out", help="where the campaign and results go")
    args = parser.parse_args(argv)
    if args.quick:
        return Config(args.bodies or 100, 4, 40, (1_000, 2_000), 2, args.out)
    docs = DOCS_FIGURES if args.bodies in (None, 1000) else None  # only a full default run stands for the docs
    return Config(args.bodies or 1000, 60, 200, (10_000, 100_000), 3, args.out, docs)


def campaign_files(config: Config) -> tuple[list[Path], dict[str, list[Path]]]:
    """Every reply of the campaign in body order, and the replies grouped by format."""
    entries = load_or_build(config.campaign, config.bodies, DEFAULT_SEED)
    files = [config.campaign / str(e["path"]) for e in entries]
    by_format: dict[str, list[Path]] = {}
    for entry, path in zip(entries, files, strict=True):
        by_format.setdefault(str(entry["format"]), []).append(path)
    return files, by_format


def main(argv: Sequence[str] | None = None) -> None:
    """Run every measurement, print the table, write results.json."""
    config = parse_args(argv)
    started = time.perf_counter()
    log(f"campaign: {config.bodies} bodies in {config.campaign}")
    files, by_format = campaign_files(config)
    shutil.rmtree(config.work, ignore_errors=True)
    config.work.mkdir(parents=True)
    bench = Bench(config)
    compile_bytecode()
    log(f"campaign ready after {time.perf_counter() - started:.0f} s")
    capacity = measure_machine(bench, "start")
    startup = measure_startup(bench)
    measure_pdfium(bench, by_format["pdf"], startup)
    measure_pdfminer(bench, by_format["pdf"], capacity)
    measure_formats(bench, by_format)
    whole_db = measure_memory(bench, files)
    measure_scale(bench, whole_db)
    measure_machine(bench, "end")
    seconds = time.perf_counter() - started
    print(format_table(bench.figures))
    print(f"\nbench finished in {seconds / 60:.1f} min; results in {write_results(bench, seconds)}")
    if config.docs is not None:
        write_docs_figures(config.docs, bench.figures, seconds)
        print(f"figures for the docs in {config.docs}: run make cog to update docs/performance.md")


if __name__ == "__main__":
    main()
