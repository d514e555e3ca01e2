"""The schema comes from numbered migrations; an older database upgrades in place."""

from __future__ import annotations

import re
import shutil
import sqlite3
from pathlib import Path

from foitrack.db import open_db
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
