"""In-process timings for the benchmark, each run in a fresh interpreter by run_bench.py.

Every sub-command prints one JSON object on stdout. Imports happen before the clock
starts, so the figures are the work itself (start-up is measured separately by
run_bench.py); the caller reads the process's peak memory from `os.wait4`.

  probe.py pdfium  LIST                      bare pypdfium2: open, get_text_bounded() on every page
  probe.py pdfminer LIST                     bare pdfminer.six: the same layout analysis foitrack uses
  probe.py ingest  LIST DB JOBS ENGINE       foitrack.ingest.pipeline.ingest_paths into DB
  probe.py compare DB REPEAT                 foitrack.compare.compare(topic=funding), best of REPEAT
  probe.py search  DB REPEAT QUERY           foitrack.db.search_documents, best of REPEAT
  probe.py parallelism JOBS                  speed-up of a pure-Python burn on JOBS processes (a busy
                                             machine gives less than JOBS; read parallel figures with it)

LIST is a text file with one path per line.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any


def cpu_seconds() -> float:
    """CPU time of this process and of its finished children (pool workers), user + system."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _paths(list_file: str) -> list[Path]:
    return [Path(line) for line in Path(list_file).read_text(encoding="utf-8").splitlines() if line]


def bare_pdfium(list_file: str) -> dict[str, Any]:
    """Pages/s of pypdfium2 alone over the listed PDFs."""
    import pypdfium2

    paths = _paths(list_file)
    pages = chars = 0
    cpu, start = cpu_seconds(), time.perf_counter()
    for path in paths:
        document = pypdfium2.PdfDocument(path)
        try:
            for page in document:
                textpage = page.get_textpage()
                chars += len(textpage.get_text_bounded())
                textpage.close()
                page.close()
                pages += 1
        finally:
            document.close()
    return _engine_figures(start, cpu, paths, pages, chars)


def _engine_figures(start: float, cpu: float, paths: list[Path], pages: int, chars: int) -> dict[str, Any]:
    """Wall and CPU seconds since (start, cpu), with what was read."""
    return {
        "seconds": time.perf_counter() - start,
        "cpu_seconds": cpu_seconds() - cpu,
        "files": len(paths),
        "pages": pages,
        "chars": chars,
    }


def bare_pdfminer(list_file: str) -> dict[str, Any]:
    """Pages/s of pdfminer.six alone (extract_pages + text of each text box)."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams, LTTextContainer

    laparams = LAParams(char_margin=30)  # as foitrack/ingest/pdf.py reads with pdfminer
    paths = _paths(list_file)
    pages = chars = 0
    cpu, start = cpu_seconds(), time.perf_counter()
    for path in paths:
        for layout in extract_pages(path, laparams=laparams):
            chars += sum(len(box.get_text()) for box in layout if isinstance(box, LTTextContainer))
            pages += 1
    return _engine_figures(start, cpu, paths, pages, chars)


def ingest(list_file: str, db_path: str, jobs: str, engine: str) -> dict[str, Any]:
    """Seconds for ingest_paths (read, normalise, extract, store) over the listed files."""
    from foitrack.db import open_db
    from foitrack.ingest.pipeline import IngestOptions, ingest_paths

    paths = _paths(list_file)
    db = open_db(db_path)
    cpu, start = cpu_seconds(), time.perf_counter()
    results = ingest_paths(db, paths, IngestOptions(jobs=int(jobs), pdf_engine=engine))
    seconds, cpu = time.perf_counter() - start, cpu_seconds() - cpu
    documents = db.execute("SELECT count(*) FROM documents").fetchone()[0]
    pages = db.execute("SELECT coalesce(sum(page_count), 0) FROM documents WHERE kind = 'pdf'").fetchone()[0]
    db.close()
    statuses = Counter(r.status for r in results)
    failures = [f"{r.path}: {r.reason}" for r in results if r.status == "failed"][:5]
    return {
        "seconds": seconds,
        "cpu_seconds": cpu,
        "files": len(paths),
        "documents": documents,
        "pdf_pages": pages,
        "statuses": dict(statuses),
        "failures": failures,
    }


def _best_of(repeat: str, call: Callable[[], Any], budget: float = 5.0) -> tuple[float, Any]:
    """Best time of up to `repeat` calls, stopping once `budget` seconds are spent (slow calls run once)."""
    best, spent, value = float("inf"), 0.0, None
    for _ in range(int(repeat)):
        start = time.perf_counter()
        value = call()
        elapsed = time.perf_counter() - start
        best, spent = min(best, elapsed), spent + elapsed
        if spent > budget:
            break
    return best, value


def compare(db_path: str, repeat: str) -> dict[str, Any]:
    """Best-of-N seconds for compare(topic=funding) on an open database."""
    from foitrack.compare import compare as compare_bodies
    from foitrack.compare import load_topics
    from foitrack.db import open_db

    db = open_db(db_path)
    topic = load_topics()["funding"]
    first = time.perf_counter()
    result = compare_bodies(db, topic=topic)
    first = time.perf_counter() - first
    best = first
    if first < 2.0:
        best, result = _best_of(repeat, lambda: compare_bodies(db, topic=topic))
    return {
        "seconds": min(best, first),
        "first_seconds": first,
        "rows": len(result.rows),
        "columns": len(result.columns),
    }


def search(db_path: str, repeat: str, query: str) -> dict[str, Any]:
    """Best-of-N seconds for search_documents(query) on an open database."""
    from foitrack.db import open_db, search_documents

    db = open_db(db_path)
    first = time.perf_counter()
    rows = search_documents(db, query)
    first = time.perf_counter() - first
    best, rows = _best_of(repeat, lambda: search_documents(db, query))
    return {"seconds": min(best, first), "first_seconds": first, "rows": len(rows)}


def _burn(steps: int) -> int:
    total = 0
    for i in range(steps):
        total += i * i
    return total


def parallelism(jobs: str) -> dict[str, Any]:
    """How many cores pure-Python work really gets now: 2*jobs equal tasks on 1 vs `jobs` processes."""
    from concurrent.futures import ProcessPoolExecutor

    tasks = [1_500_000] * (2 * int(jobs))
    seconds = {}
    for workers in (1, int(jobs)):
        start = time.perf_counter()
        with ProcessPoolExecutor(workers) as pool:
            list(pool.map(_burn, tasks))
        seconds[workers] = time.perf_counter() - start
    return {"speedup": seconds[1] / seconds[int(jobs)], "seconds": seconds}


COMMANDS: dict[str, Callable[..., dict[str, Any]]] = {
    "parallelism": parallelism,
    "pdfium": bare_pdfium,
    "pdfminer": bare_pdfminer,
    "ingest": ingest,
    "compare": compare,
    "search": search,
}


def main() -> None:
    """Run one probe and print its JSON."""
    if len(sys.argv) < 2 or sys.argv[1] not in COMMANDS:
        sys.exit(f"usage: probe.py {{{','.join(COMMANDS)}}} ARGS...")
    print(json.dumps(COMMANDS[sys.argv[1]](*sys.argv[2:])))


if __name__ == "__main__":
    main()
