"""Ingest through the CLI: batches, identity by content, failures, and what is stored."""

from __future__ import annotations

import json
import sqlite3
from email.message import EmailMessage
from pathlib import Path

import pytest
from conftest import Run

from foitrack.db import open_db

REPLY = """Ashdown District Council
Freedom of Information Act 2000
Our ref: FOI/2024/0412
Date: 6 February 2024

Thank you for your request received on 9 January 2024.

Q1. Does the council have a named lead officer for modern slavery?
Yes, the Community Safety Manager is our lead.

Q2. How much did the council spend on modern slavery training in 2022-23?
We spent £4,250 on training in 2022-23.

Q3. Please provide the names of frontline staff who attended.
This information is exempt under section 40(2) of the Act (personal information).

Ashdown District Council holds the information you asked for except as stated above.
"""


def write(folder: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding=encoding)
    return path


def test_ingest_then_list_show_and_export(tmp_path: Path, run: Run) -> None:
    write(tmp_path / "in", "ashdown.txt", REPLY)
    result = run("ingest", tmp_path / "in")
    assert result.exit_code == 0, result.output
    listed = run("documents", "--format", "json")
    docs = json.loads(listed.stdout)
    assert [d["file"] for d in docs] == ["ashdown.txt"]
    shown = run("show", str(docs[0]["id"]))
    assert shown.exit_code == 0
    assert "£4,250" in shown.stdout
    exported = json.loads(run("export", "json").stdout)
    record = exported[0]
    assert record["file"] == "ashdown.txt" and len(record["sha256"]) == 64 and record["parent"] is None
    assert {"authority", "reference", "dates", "amounts", "answers", "exemptions", "outcome"} <= set(record)
    assert any(a["gbp"] == 4250 for a in record["amounts"])
    assert "s40" in "".join(record["exemptions"])


def test_same_bytes_under_another_name_adds_nothing(tmp_path: Path, run: Run, db_path: Path) -> None:
    write(tmp_path, "a.txt", REPLY)
    write(tmp_path, "copy-of-a.txt", REPLY)
    first = run("ingest", tmp_path / "a.txt")
    again = run("ingest", tmp_path / "a.txt", tmp_path / "copy-of-a.txt")
    assert first.exit_code == again.exit_code == 0
    assert again.stderr.count("already present") == 2
    conn = sqlite3.connect(db_path)
    assert conn.execute("select count(*) from documents").fetchone()[0] == 1
    assert conn.execute("select count(*) from answers").fetchone()[0] == 3


def test_reingest_changes_nothing_and_force_reextracts(tmp_path: Path, run: Run, db_path: Path) -> None:
    write(tmp_path, "a.txt", REPLY)
    run("ingest", tmp_path / "a.txt")
    before = sqlite3.connect(db_path).execute("select * from answers order by id").fetchall()
    run("ingest", tmp_path / "a.txt")
    assert sqlite3.connect(db_path).execute("select * from answers order by id").fetchall() == before
    forced = run("ingest", "--force", tmp_path / "a.txt")
    assert forced.exit_code == 0
    conn = sqlite3.connect(db_path)
    assert conn.execute("select count(*) from documents").fetchone()[0] == 1
    assert conn.execute("select count(*) from answers").fetchone()[0] == len(before)


def test_bad_files_get_one_line_each_and_the_batch_goes_on(tmp_path: Path, run: Run, db_path: Path) -> None:
    folder = tmp_path / "batch"
    write(folder, "good.txt", REPLY)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "broken.pdf").write_bytes(b"%PDF-1.7\n garbage that is not a pdf")
    (folder / "photo.jpeg").write_bytes(b"\xff\xd8\xff\xe0 not really")
    result = run("ingest", folder, tmp_path / "missing.txt")
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error:")]
    assert len(errors) == 3
    assert any("empty.txt" in e and "empty" in e for e in errors)
    assert any("broken.pdf" in e for e in errors)
    assert any("missing.txt" in e for e in errors)
    assert "skipped 1 .jpeg file (not a reply format)" in result.stderr and "photo.jpeg" in result.stderr
    assert "Traceback" not in result.output
    conn = sqlite3.connect(db_path)
    assert [r[0] for r in conn.execute("select file from documents")] == ["good.txt"]


def test_email_attachments_become_child_documents(tmp_path: Path, run: Run, db_path: Path) -> None:
    message = EmailMessage()
    message["From"] = "FOI Team <foi@kent.gov.uk>"
    message["To"] = "requester@example.org"
    message["Subject"] = "Your FOI request FOI-2024-0077"
    message["Date"] = "Mon, 05 Feb 2024 10:15:00 +0000"
    message.set_content("Please find our response attached.")
    message.add_attachment(REPLY.encode(), maintype="text", subtype="plain", filename="response.txt")
    (tmp_path / "reply.eml").write_bytes(bytes(message))
    result = run("ingest", tmp_path / "reply.eml")
    assert result.exit_code == 0, result.output
    records = json.loads(run("export", "json").stdout)
    by_file = {r["file"]: r for r in records}
    assert by_file["response.txt"]["parent"] == "reply.eml"
    assert by_file["reply.eml"]["dates"]["response"] == "2024-02-05"


def test_explicit_authority_wins(tmp_path: Path, run: Run) -> None:
    write(tmp_path, "a.txt", "Q1. Do you have a policy?\nNo.\n")
    run("ingest", tmp_path / "a.txt", "--authority", "Thurrock Council")
    record = json.loads(run("export", "json").stdout)[0]
    assert record["authority"] == "Thurrock Council"


def test_a_range_exports_as_its_two_sums_and_a_plain_sum_as_one(tmp_path: Path, run: Run) -> None:
    write(tmp_path, "a.txt", "Q1. What are the fees?\nFees range from £150 to £1,500. The licence costs £75.\n")
    run("ingest", tmp_path / "a.txt")
    amounts = json.loads(run("export", "json").stdout)[0]["amounts"]
    assert [(a["gbp"], a["range"]) for a in amounts] == [(150, "from"), (1500, "to"), (75, None)]


def test_search_finds_words_with_snippets(tmp_path: Path, run: Run) -> None:
    write(tmp_path, "a.txt", REPLY)
    run("ingest", tmp_path / "a.txt")
    found = run("search", "modern slavery", "--format", "json")
    rows = json.loads(found.stdout)
    assert rows and "[" in rows[0]["snippet"]
    assert json.loads(run("search", 'quote" OR (', "--format", "json").stdout) == []


@pytest.mark.parametrize("table", ["documents", "answers", "amounts", "exemptions", "dates"])
def test_export_csv_tables(tmp_path: Path, run: Run, table: str) -> None:
    write(tmp_path, "a.txt", REPLY)
    run("ingest", tmp_path / "a.txt")
    out = tmp_path / f"{table}.csv"
    result = run("export", "csv", "--table", table, "-o", out)
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").splitlines()[0]


def test_unknown_table_and_document_are_clear_errors(run: Run, db_path: Path) -> None:
    open_db(db_path).close()
    result = run("export", "csv", "--table", "nope")
    assert result.exit_code == 1 and "unknown table" in result.stderr
    result = run("show", "999")
    assert result.exit_code == 1 and "no document with id 999" in result.stderr


def test_read_only_database_is_one_clear_error(tmp_path: Path, run: Run) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    write(tmp_path, "a.txt", REPLY)
    db_file = folder / "x.db"
    run("ingest", tmp_path / "a.txt", "--db", db_file)
    for f in folder.iterdir():
        f.chmod(0o444)
    folder.chmod(0o555)
    try:
        write(tmp_path, "b.txt", REPLY + "\nmore")
        result = run("ingest", tmp_path / "b.txt", "--db", db_file)
        if result.exit_code == 0:
            pytest.skip("running as a user who can write read-only files (root)")
        assert "Traceback" not in result.output
        assert "Error:" in result.stderr
    finally:
        folder.chmod(0o755)
        for f in folder.iterdir():
            f.chmod(0o644)


def test_python_dash_m_works() -> None:
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "foitrack", "--version"], capture_output=True, text=True)
    assert done.returncode == 0 and done.stdout.startswith("foitrack ")


@pytest.mark.slow
def test_every_corpus_file_ingests_without_a_crash(shared: Path, run: Run, db_path: Path) -> None:
    for folder in (shared / "corpus" / "dev", shared / "corpus" / "files"):
        result = run("ingest", folder)
        assert "Traceback" not in result.output
        failures = [line for line in result.stderr.splitlines() if line.startswith("Error:")]
        assert failures == [], failures
    conn = sqlite3.connect(db_path)
    texts = len(list((shared / "corpus" / "dev").glob("*.txt")))
    assert conn.execute("select count(*) from documents where kind = 'text'").fetchone()[0] >= texts
    scanned = conn.execute("select file from documents where status = 'needs_ocr'").fetchall()
    assert {"cpd-p050032-responsive-letter-scanned.pdf", "cpd-16-1105-responsive-letter-scanned.pdf"} <= {
        f for (f,) in scanned
    }
    before = conn.execute("select count(*) from documents").fetchone()[0]
    again = run("ingest", shared / "corpus" / "dev")
    assert again.exit_code == 0
    assert again.stderr.count("already present") == texts
    assert conn.execute("select count(*) from documents").fetchone()[0] == before


def test_an_answer_without_a_span_is_stored_beside_answers_with_one() -> None:
    from foitrack.db import save_prepared
    from foitrack.models import Answer, Document, Extraction, PreparedFile, Span

    text = "Q1. Any policy?\nYes.\nQ2. Any staff?\n"
    answers = (
        Answer("Q1", "Any policy?", "yes", None, "Yes.", Span(16, 20, "Yes.")),
        Answer("Q2", "Any staff?", "none", None, "", None),
    )
    for order in (answers, answers[::-1]):
        db = open_db(":memory:")
        document = Document(text=text, kind="text")
        save_prepared(
            db, PreparedFile("0" * 64, "a.txt", "a.txt", len(text), document, text, Extraction(answers=order))
        )
        rows = db.execute("SELECT label, start, page FROM answers ORDER BY label").fetchall()
        assert rows == [("Q1", 16, 1), ("Q2", None, None)]
