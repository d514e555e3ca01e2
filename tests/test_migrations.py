"""The schema comes from numbered migrations; an older database upgrades in place."""

from __future__ import annotations

import re
import shutil
import sqlite3
from pathlib import Path

from foitrack.db import SCHEMA, open_db, open_reader
from foitrack.migrations import migrations


def test_migration_names_are_numbered_sorted_and_unique() -> None:
    names = [m.name for m in migrations._migrations]
    assert all(re.fullmatch(r"m\d{3}_[a-z0-9_]+", n) for n in names)
    assert names == sorted(names)
    assert len({n[:4] for n in names}) == len(names)


def test_blank_database_gets_every_table(db_path: Path) -> None:
    db = open_db(db_path)
    tables = set(db.table_names())
    assert {"documents", "extractions", "answers", "amounts", "exemptions", "dates", "documents_fts"} <= tables
    assert db["answers"].columns_dict["quote"] is str
    assert db["amounts"].columns_dict["gbp"] is str
    assert db["answers"].columns_dict["confidence"] is float  # m005
    assert db.journal_mode == "wal"
    applied = [r["name"] for r in db["_sqlite_migrations"].rows]
    assert applied == [m.name for m in migrations._migrations]


def test_reopening_applies_nothing_twice(db_path: Path) -> None:
    open_db(db_path).close()
    db = open_db(db_path)
    assert db["_sqlite_migrations"].count == len(migrations._migrations)


def test_database_from_first_version_upgrades_with_rows_kept(tmp_path: Path) -> None:
    old = tmp_path / "old.db"
    shutil.copyfile(Path(__file__).parent / "files" / "foitrack-v1.db", old)
    upgraded = open_db(old)
    assert [r["file"] for r in upgraded["documents"].rows] == ["old-reply.txt"]
    assert [r["quote"] for r in upgraded["answers"].rows] == ["Yes."]
    assert "requests" in upgraded.table_names()
    assert [r["answer_count"] for r in upgraded["extractions"].rows] == [1]  # m003 filled it in
    assert [r["confidence"] for r in upgraded["answers"].rows] == [None]  # m005: never computed
    assert upgraded["amounts"].columns_dict["restated"] is int  # m010: stored amounts read as no copy (0)
    assert [r["name"] for r in upgraded["_sqlite_migrations"].rows] == [m.name for m in migrations._migrations]
    assert upgraded.execute("select count(*) from documents_fts where documents_fts match 'lead'").fetchone()[0] == 1


def test_not_a_database_is_one_clear_error(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.db"
    bogus.write_text("this is not sqlite at all " * 100)
    try:
        open_db(bogus)
    except Exception as error:  # noqa: BLE001
        assert "not a SQLite database" in str(error)
        assert str(bogus) in str(error)
    else:
        raise AssertionError("expected an error")


def test_sqlite_has_fts5() -> None:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(x)")


def test_m006_describes_amounts_stored_before_it(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from foitrack.cli import app
    from foitrack.migrations import describe_stored_amounts

    reply = tmp_path / "reply.txt"
    reply.write_text(
        "Q1. What did the library service spend on new books in 2021-22 and 2022-23?\n"
        "Response: £4,000 in 2021-22 and £4,500 in 2022-23, £8,500 in total. Binding costs £12 an hour.\n",
        encoding="utf-8",
    )
    path = tmp_path / "t.db"
    assert CliRunner().invoke(app, ["ingest", str(reply), "--db", str(path), "--jobs", "1"]).exit_code == 0
    db = open_db(path)
    described = [(r["period"], r["stated_total"], r["rate"]) for r in db.query("SELECT * FROM amounts ORDER BY start")]
    assert described == [("2021-22", 0, None), ("2022-23", 0, None), (None, 1, None), (None, 0, "hour")]
    db.execute("UPDATE amounts SET period = NULL, stated_total = 0, rate = NULL")  # as stored before m006
    describe_stored_amounts(db)
    assert [(r["period"], r["stated_total"], r["rate"]) for r in db.query("SELECT * FROM amounts ORDER BY start")] == (
        described
    )
    # a database that took m007 first: what a person corrected is not read again
    db.execute("UPDATE amounts SET period = NULL, checked = 'corrected' WHERE start = (SELECT min(start) FROM amounts)")
    describe_stored_amounts(db)
    periods = [r["period"] for r in db.query("SELECT * FROM amounts ORDER BY start")]
    assert periods[:2] == [None, "2022-23"]


def test_m007_corrections_table_and_checked_columns(db_path: Path) -> None:
    db = open_db(db_path)
    assert set(db["corrections"].columns_dict) == {
        "id",
        "document_id",
        "target",
        "context",
        "field",
        "old_value",
        "new_value",
        "note",
        "created_at",
        "undone_at",
        "applied",
        "effect",
    }
    for table in ("answers", "amounts", "dates"):
        assert db[table].columns_dict["checked"] is str
    assert {"authority_checked", "outcome_checked"} <= set(db["extractions"].columns_dict)


def test_old_database_gains_corrections_with_nothing_checked(tmp_path: Path) -> None:
    old = tmp_path / "old.db"
    shutil.copyfile(Path(__file__).parent / "files" / "foitrack-v1.db", old)
    upgraded = open_db(old)
    assert upgraded["corrections"].count == 0
    assert [r["checked"] for r in upgraded["answers"].rows] == [None]


def test_m008_adds_mail_kind_excluded_spans_and_parents_keeping_old_children(tmp_path: Path) -> None:
    old = tmp_path / "old.db"
    shutil.copyfile(Path(__file__).parent / "files" / "foitrack-v1.db", old)
    raw = sqlite3.connect(old)
    raw.execute(
        "INSERT INTO documents (sha256, file, kind, status, text, parent_id)"
        " VALUES ('c', 'child.txt', 'text', 'ok', 'x', 1)"
    )
    raw.commit()
    raw.close()
    db = open_db(old)
    assert {"mail_kind", "excluded"} <= set(db["documents"].columns_dict)
    child = db.execute("SELECT id FROM documents WHERE file = 'child.txt'").fetchone()[0]
    assert [(r["document_id"], r["parent_id"]) for r in db["document_parents"].rows] == [(child, 1)]


def test_m009_indexes_the_few_unanswered_replies_a_comparison_lists(db_path: Path) -> None:
    db = open_db(db_path)
    indexes = {row[0]: row[1] for row in db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index'")}
    assert "WHERE answer_count = 0 AND outcome = 'refused'" in indexes["idx_extractions_refused_unanswered"]
    assert "WHERE status = 'needs_ocr'" in indexes["idx_documents_needs_ocr"]


def test_schema_names_every_migration() -> None:
    assert list(SCHEMA) == [m.name for m in migrations._migrations]  # open_reader() tells a current db by it


def test_reader_reads_a_current_database_and_migrates_an_old_one(tmp_path: Path, db_path: Path) -> None:
    open_db(db_path).close()
    reader = open_reader(db_path)
    assert type(reader).__name__ == "_Reader"  # current: plain sqlite3
    assert list(reader.query("SELECT count(*) AS n, 1 AS one FROM documents")) == [{"n": 0, "one": 1}]
    assert list(reader.query("SELECT 1 AS a, 2 AS a")) == [{"a": 1, "a_2": 2}]  # as sqlite-utils names them
    assert "documents" in reader.table_names()
    assert reader["documents"].count == 0  # anything else comes from sqlite-utils
    reader.close()
    old = tmp_path / "old.db"
    shutil.copyfile(Path(__file__).parent / "files" / "foitrack-v1.db", old)
    upgraded = open_reader(old)  # not current: open_db() migrates it
    assert [r["name"] for r in upgraded["_sqlite_migrations"].rows] == list(SCHEMA)
    assert open_reader(old).execute("SELECT count(*) FROM documents").fetchone()[0] == 1
