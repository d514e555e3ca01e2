"""Crashes, concurrency and a full disk: nothing half-written, nothing lost."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from foitrack.db import open_db
from foitrack.ingest.pipeline import IngestOptions, ingest_paths

LETTER = """Marshwood Borough Council
Our ref: FOI-{n:04d}
Date: 3 March 2024

Q1. Does the council fund any modern slavery work?
Yes, £{n},500 in 2023-24.

Q2. Does it have a strategy?
No.
{padding}
"""


def make_replies(folder: Path, count: int, padding_lines: int = 0) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(count):
        path = folder / f"reply-{n:04d}.txt"
        padding = "\n".join(f"Further detail line {i} for reply {n}." for i in range(padding_lines))
        path.write_text(LETTER.format(n=n, padding=padding), encoding="utf-8")
        paths.append(path)
    return paths


def ingest_process(folder: Path, db: Path, *extra: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "foitrack", "ingest", str(folder), "--db", str(db), "--quiet", *extra],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def document_count(db: Path) -> int:
    try:
        conn = sqlite3.connect(db, timeout=30)
        return int(conn.execute("select count(*) from documents").fetchone()[0])
    except sqlite3.OperationalError:
        return 0


def assert_consistent(db: Path, expected: int) -> None:
    conn = sqlite3.connect(db)
    assert conn.execute("select count(*) from documents").fetchone()[0] == expected
    assert conn.execute("select count(distinct sha256) from documents").fetchone()[0] == expected
    for table in ("extractions", "answers", "amounts", "dates"):
        orphans = conn.execute(f"select count(*) from {table} where document_id not in (select id from documents)")
        assert orphans.fetchone()[0] == 0, table
    missing = conn.execute("select count(*) from documents where id not in (select document_id from extractions)")
    assert missing.fetchone()[0] == 0
    assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"


@pytest.mark.slow
def test_kill_9_mid_ingest_then_again_leaves_each_file_once(tmp_path: Path) -> None:
    folder = tmp_path / "replies"
    make_replies(folder, 150, padding_lines=200)
    db = tmp_path / "t.db"
    process = ingest_process(folder, db, "--jobs", "1")
    deadline = time.monotonic() + 60
    while document_count(db) < 5 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.05)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    partial = document_count(db)
    assert partial < 150, "ingest finished before it could be killed; make the batch bigger"
    again = ingest_process(folder, db)
    assert again.wait(timeout=300) == 0, again.stderr.read() if again.stderr else ""
    assert_consistent(db, 150)


@pytest.mark.slow
def test_two_ingests_into_one_database_at_once(tmp_path: Path) -> None:
    make_replies(tmp_path / "a", 60)
    make_replies(tmp_path / "b", 60)
    for n, path in enumerate(sorted((tmp_path / "b").iterdir())):
        path.write_text(path.read_text() + f"\nSecond batch copy {n}.\n")
    db = tmp_path / "t.db"
    open_db(db).close()
    first = ingest_process(tmp_path / "a", db, "--jobs", "1")
    second = ingest_process(tmp_path / "b", db, "--jobs", "1")
    assert first.wait(timeout=300) == 0, first.stderr.read() if first.stderr else ""
    assert second.wait(timeout=300) == 0, second.stderr.read() if second.stderr else ""
    assert_consistent(db, 120)


def test_full_disk_fails_the_file_cleanly(tmp_path: Path) -> None:
    paths = make_replies(tmp_path / "in", 3, padding_lines=3000)
    db = open_db(tmp_path / "t.db")
    pages = db.execute("pragma page_count").fetchone()[0]
    db.execute(f"pragma max_page_count = {pages + 30}")
    results = ingest_paths(db, paths, IngestOptions())
    failed = [r for r in results if r.status == "failed"]
    assert failed and all("disk is full" in (r.reason or "") for r in failed)
    stored = db.execute("select count(*) from documents").fetchone()[0]
    assert stored == len(results) - len(failed)
    orphans = db.execute("select count(*) from answers where document_id not in (select id from documents)")
    assert orphans.fetchone()[0] == 0


def test_parallel_ingest_stores_the_same_as_serial(tmp_path: Path) -> None:
    paths = make_replies(tmp_path / "in", 30)
    serial = open_db(tmp_path / "serial.db")
    parallel = open_db(tmp_path / "parallel.db")
    ingest_paths(serial, paths, IngestOptions(jobs=1))
    results = ingest_paths(parallel, paths, IngestOptions(jobs=2))
    assert sorted(r.status for r in results) == ["ingested"] * 30
    query = "select d.file, a.label, a.answer, a.quote from answers a join documents d on d.id = a.document_id"
    assert sorted(serial.execute(query).fetchall()) == sorted(parallel.execute(query).fetchall())


@pytest.mark.slow
def test_a_100_mb_text_is_stored_whole_and_extracted_in_part(tmp_path: Path) -> None:
    big = tmp_path / "dump.txt"
    line = "Row {n}: the council spent £1,250 on item {n} in 2022-23.\n"
    with big.open("w", encoding="utf-8") as handle:
        written = n = 0
        while written < 100_000_000:
            piece = line.format(n=n)
            handle.write(piece)
            written += len(piece)
            n += 1
    db = open_db(tmp_path / "t.db")
    [result] = ingest_paths(db, [big], IngestOptions())
    assert result.status == "ingested"
    assert any("only the first" in w for w in result.warnings)
    stored = db.execute("select length(text) from documents").fetchone()[0]
    assert stored >= 100_000_000 - 1000
    last = f"item {n - 1}"
    assert db.execute("select count(*) from documents_fts where documents_fts match ?", [f'"{last}"']).fetchone()[0]


def test_a_file_is_reported_only_once_its_batch_is_committed(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr("foitrack.ingest.pipeline.BATCH_FILES", 4)
    paths = make_replies(tmp_path / "in", 10)
    db_path = tmp_path / "t.db"
    db = open_db(db_path)
    reader = sqlite3.connect(db_path)
    visible: list[bool] = []

    def check(result) -> None:  # type: ignore[no-untyped-def]
        row = reader.execute("select 1 from documents where id = ?", [result.document_id]).fetchone()
        visible.append(row is not None)

    results = ingest_paths(db, paths, IngestOptions(jobs=2), on_result=check)
    assert sorted(r.status for r in results) == ["ingested"] * 10
    assert visible == [True] * 10
    assert_consistent(db_path, 10)


def test_a_failed_commit_fails_every_file_of_its_batch(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from foitrack.ingest import pipeline

    paths = make_replies(tmp_path / "in", 3)
    db_path = tmp_path / "t.db"
    db = open_db(db_path)
    save = pipeline.save_rows

    def save_then_break_the_batch(db, rows, **kwargs):  # type: ignore[no-untyped-def]
        saved = save(db, rows, **kwargs)
        if rows.document["file"].endswith("0002.txt"):  # a dangling row: the batch's COMMIT will fail
            db.execute("PRAGMA defer_foreign_keys = ON")
            db.execute("INSERT INTO extractions (document_id) VALUES (999999)")
        return saved

    monkeypatch.setattr(pipeline, "save_rows", save_then_break_the_batch)
    results = ingest_paths(db, paths, IngestOptions(jobs=1))
    assert [r.status for r in results] == ["failed"] * 3, results
    assert all("not saved: FOREIGN KEY constraint failed" in (r.reason or "") for r in results)
    assert document_count(db_path) == 0
    assert not db.conn.in_transaction


def test_a_file_that_fails_to_save_leaves_its_batch_and_nothing_of_itself(tmp_path: Path) -> None:
    from foitrack.db import transaction

    db = open_db(tmp_path / "t.db")
    db.execute("BEGIN IMMEDIATE")
    with transaction(db):
        db.execute("INSERT INTO documents (sha256, file, kind, status, text) VALUES ('a', 'a.txt', 'text', 'ok', 'a')")
    with pytest.raises(RuntimeError), transaction(db):
        db.execute("INSERT INTO documents (sha256, file, kind, status, text) VALUES ('b', 'b.txt', 'text', 'ok', 'b')")
        with transaction(db):  # nested savepoints share a name: the inner one is released on its own
            db.execute(
                "INSERT INTO documents (sha256, file, kind, status, text) VALUES ('c', 'c.txt', 'text', 'ok', 'c')"
            )
        raise RuntimeError("the second file's findings would not store")
    db.execute("COMMIT")
    assert [r[0] for r in db.execute("SELECT file FROM documents")] == ["a.txt"]
    assert db.execute("SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'b OR c'").fetchone()[0] == 0
