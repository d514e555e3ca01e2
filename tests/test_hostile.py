"""Hostile input: odd file names, dying or hanging readers, markup and escape codes in text.

Every hostile file is written here, small, in the test's own folder.
"""

from __future__ import annotations

import io
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from conftest import Run

from foitrack.db import open_db
from foitrack.ingest import pipeline
from foitrack.ingest.pipeline import IngestOptions, ingest_paths
from foitrack.sandbox import Limits

REPLY = "Q1. Does the council fund the project?\nYes, it does. [redacted] [name removed] [/]\n"


def write_replies(folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(count):
        path = folder / f"reply-{n}.txt"
        path.write_text(f"Reply number {n}.\n{REPLY}", encoding="utf-8")
        paths.append(path)
    return paths


def statuses(results: list[pipeline.FileResult]) -> dict[str, str]:
    return {Path(r.path).name: r.status for r in results}


def test_a_file_name_that_is_not_utf8_fails_nothing_and_reruns_cleanly(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write_replies(folder, 2)
    with open(os.fsencode(folder) + b"/bad\xff\xfe name.txt", "wb") as handle:
        handle.write(REPLY.encode())
    db = open_db(tmp_path / "t.db")
    first = ingest_paths(db, [folder], IngestOptions())
    assert sorted(r.status for r in first) == ["ingested"] * 3, first
    assert "bad\ufffd\ufffd name.txt" in {r[0] for r in db.execute("select file from documents")}
    again = ingest_paths(db, [folder], IngestOptions())
    assert sorted(r.status for r in again) == ["present"] * 3


def _die_on_doomed(real):  # type: ignore[no-untyped-def]
    def read(path: Path, data: bytes | None = None, **kwargs):  # type: ignore[no-untyped-def]
        if "doomed" in path.name:
            os._exit(3)
        if "sleepy" in path.name:
            time.sleep(30)
        if "greedy" in path.name:
            hoard = [bytearray(64 * 1024 * 1024) for _ in range(64)]
            return hoard  # never reached: the memory limit stops it first
        return real(path, data, **kwargs)

    return read


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_worker_that_dies_fails_its_file_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: int) -> None:
    monkeypatch.setattr(pipeline, "read_document", _die_on_doomed(pipeline.read_document))
    paths = write_replies(tmp_path / "in", 6)
    doomed = tmp_path / "in" / "doomed.txt"
    doomed.write_text(REPLY)
    db = open_db(tmp_path / "t.db")
    results = ingest_paths(db, [paths[0], doomed, *paths[1:]], IngestOptions(jobs=jobs))
    assert statuses(results)["doomed.txt"] == "failed"
    assert [r.reason for r in results if r.status == "failed"] == [
        "the reader process died while reading it (exit code 3)"
    ]
    assert sum(r.status == "ingested" for r in results) == 6
    assert db.execute("select count(*) from documents").fetchone()[0] == 6


@pytest.mark.slow
def test_a_file_that_takes_too_long_is_stopped_and_the_rest_go_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "read_document", _die_on_doomed(pipeline.read_document))
    paths = write_replies(tmp_path / "in", 3)
    sleepy = tmp_path / "in" / "sleepy.txt"
    sleepy.write_text(REPLY)
    started = time.monotonic()
    results = ingest_paths(open_db(tmp_path / "t.db"), [sleepy, *paths], IngestOptions(limits=Limits(seconds=1.5)))
    assert time.monotonic() - started < 20
    failed = [r for r in results if r.status == "failed"]
    assert [Path(r.path).name for r in failed] == ["sleepy.txt"]
    assert "took longer than 1.5 s" in (failed[0].reason or "")
    assert sum(r.status == "ingested" for r in results) == 3


def test_a_file_that_needs_too_much_memory_fails_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "read_document", _die_on_doomed(pipeline.read_document))
    paths = write_replies(tmp_path / "in", 2)
    greedy = tmp_path / "in" / "greedy.txt"
    greedy.write_text(REPLY)
    results = ingest_paths(open_db(tmp_path / "t.db"), [greedy, *paths], IngestOptions(limits=Limits(memory_mb=256)))
    failed = [r for r in results if r.status == "failed"]
    assert [Path(r.path).name for r in failed] == ["greedy.txt"]
    assert "memory" in (failed[0].reason or "")
    assert sum(r.status == "ingested" for r in results) == 2


def test_fifos_devices_and_links_out_of_the_folder_are_skipped(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write_replies(folder, 1)
    os.mkfifo(folder / "pipe.txt")
    (folder / "zero.txt").symlink_to("/dev/zero")
    outside = tmp_path / "elsewhere.txt"
    outside.write_text("Private notes, not a reply.\n")
    (folder / "out.txt").symlink_to(outside)
    (folder / "inside.txt").symlink_to(folder / "reply-0.txt")
    (folder / "sub").mkdir()
    (folder / "sub" / "up").symlink_to(tmp_path)
    results = ingest_paths(open_db(tmp_path / "t.db"), [folder], IngestOptions())
    got = {Path(r.path).name: (r.status, r.reason) for r in results}
    assert got["pipe.txt"] == ("skipped", "not a regular file (a FIFO, device or socket): not read")
    assert got["zero.txt"][0] == got["out.txt"][0] == "skipped"
    assert "outside the folder" in (got["out.txt"][1] or "")
    assert sorted([got["reply-0.txt"][0], got["inside.txt"][0]]) == ["ingested", "present"]
    assert "elsewhere.txt" not in got


def test_a_fifo_named_on_the_command_line_is_skipped_not_waited_on(tmp_path: Path, run: Run) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    result = run("ingest", tmp_path / "pipe.txt", "--db", tmp_path / "t.db")
    assert "not a regular file" in result.stderr
    assert result.exit_code == 0


# ---------------------------------------------------------------- what the terminal shows

BRACKETS = ("[/]", "[redacted]", "[name removed]", "[bold]")


def _ingest_brackets(tmp_path: Path, run: Run) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "[redacted] reply [b].txt").write_text(
        "Marshwood Borough Council\n" + REPLY + "Contact [bold] officer.\n", encoding="utf-8"
    )
    db = tmp_path / "t.db"
    assert run("ingest", folder, "--db", db).exit_code == 0
    return db


@pytest.mark.parametrize(
    "command",
    [
        ["show", "1"],
        ["documents"],
        ["search", "redacted"],
        ["compare", "--topic", "funding", "--quotes"],
    ],
)
def test_square_brackets_neither_crash_nor_vanish(tmp_path: Path, run: Run, command: list[str]) -> None:
    db = _ingest_brackets(tmp_path, run)
    result = run(*command, "--db", db)
    assert result.exit_code == 0, result.output
    flat = " ".join(result.stdout.split())
    assert "[redacted]" in flat
    if command[0] in ("show", "compare"):
        for text in BRACKETS[:3]:
            assert text in flat, (text, result.stdout)


def test_square_brackets_in_requests_and_history(tmp_path: Path, run: Run) -> None:
    db = tmp_path / "t.db"
    added = run(
        "request", "add", "Leads [/] [redacted]", "--sent", "2024-01-11", "--to", "Thurrock Council", "--db", db
    )
    assert added.exit_code == 0, added.output
    assert "[/] [redacted]" in added.stderr
    marked = run(
        "mark", "1", "Thurrock Council", "note", "--on", "2024-01-12", "--note", "[name removed] rang", "--db", db
    )
    assert marked.exit_code == 0, marked.output
    listed = run("requests", "--db", db, "--today", "2024-01-20")
    assert listed.exit_code == 0 and "[/] [redacted]" in listed.stdout
    history = run("history", "1", "--db", db)
    assert history.exit_code == 0 and "[name removed] rang" in history.stdout


def test_escape_sequences_in_names_never_reach_the_terminal(tmp_path: Path, run: Run) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "evil\x1b]0;pwned\x07\x1b[2Jname.txt").write_text(REPLY + "Bell \x07 and \x9b31m here.\n")
    db = tmp_path / "t.db"
    ingested = run("ingest", folder, "--db", db)
    for command in (["documents"], ["show", "1"]):
        result = run(*command, "--db", db)
        assert result.exit_code == 0
        assert "\x1b" not in result.stdout and "\x07" not in result.stdout and "\x9b" not in result.stdout
        assert "^[]0;pwned" in result.stdout
    assert "\x1b" not in ingested.stderr


def test_markup_in_messages_is_shown_as_written(tmp_path: Path, run: Run) -> None:
    result = run("compare", "--topic", "[bold]nope[/]", "--db", tmp_path / "t.db")
    assert result.exit_code == 1
    assert "[bold]nope[/]" in result.stderr


# ---------------------------------------------------------------- the database's fault, not the file's


def test_a_database_from_a_newer_foitrack_is_refused_in_one_line(tmp_path: Path, run: Run) -> None:
    db = tmp_path / "t.db"
    reply = write_replies(tmp_path / "in", 1)[0]
    assert run("ingest", reply, "--db", db).exit_code == 0
    conn = sqlite3.connect(db)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('foitrack', 'm900_x', '')")
    conn.commit()
    conn.close()
    for command in (["documents"], ["ingest", reply]):
        result = run(*command, "--db", db)
        assert result.exit_code == 1
        assert "written by a newer foitrack (schema m900_x)" in result.stderr
        assert "Traceback" not in result.output and "reply-0" not in result.stderr


def test_a_broken_database_is_blamed_not_the_reply(tmp_path: Path, run: Run) -> None:
    db = tmp_path / "t.db"
    first, second = write_replies(tmp_path / "in", 2)
    assert run("ingest", first, "--db", db).exit_code == 0
    conn = sqlite3.connect(db)
    conn.execute("ALTER TABLE answers RENAME COLUMN quote TO quoted")
    conn.commit()
    conn.close()
    result = run("ingest", second, "--db", db)
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {db}: cannot write to the database:")
    assert "reply-1" not in result.stderr and "Traceback" not in result.output


def test_a_database_on_a_read_only_file_system_says_so(tmp_path: Path, run: Run) -> None:
    mount = tmp_path / "ro"
    mount.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mount)], capture_output=True).returncode:
        pytest.skip("cannot mount a file system here")
    try:
        reply = write_replies(tmp_path / "in", 1)[0]
        assert run("ingest", reply, "--db", mount / "t.db").exit_code == 0
        if subprocess.run(["mount", "-o", "remount,ro", str(mount)], capture_output=True).returncode:
            pytest.skip("cannot remount the file system read-only here")
        result = run("ingest", reply, "--db", mount / "t.db")
        assert result.exit_code == 1
        assert "read-only file system" in result.stderr and "Traceback" not in result.output
    finally:
        if subprocess.run(["umount", str(mount)], capture_output=True).returncode:
            subprocess.run(["umount", "-l", str(mount)], capture_output=True)


# ---------------------------------------------------------------- bombs, traps and silent loss

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import hostile_files  # noqa: E402 - bench/ is not a package


def test_an_xlsx_with_a_stale_dimension_keeps_every_row(tmp_path: Path) -> None:
    from openpyxl import Workbook

    from foitrack.ingest import read_document

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for n in range(11):
        sheet.append([f"Item {n}", n * 100])
    saved = io.BytesIO()
    book.save(saved)
    stale = io.BytesIO()
    with zipfile.ZipFile(saved) as source, zipfile.ZipFile(stale, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = re.sub(rb'<dimension ref="[^"]*"/>', b'<dimension ref="A1:B1"/>', data)
            target.writestr(item, data)
    text = read_document(Path("spend.xlsx"), stale.getvalue()).text
    assert "Item 0 | 0" in text and "Item 10 | 1000" in text


def test_html_entities_are_decoded_once(tmp_path: Path) -> None:
    page = tmp_path / "reply.html"
    page.write_text("<p>Type &amp;lt;b&amp;gt; or &amp;amp; literally; 5 &lt; 6 and &lt;b&gt; shown.</p>")
    text = pipeline.prepare_file(page, IngestOptions()).text
    assert text == "Type &lt;b&gt; or &amp; literally; 5 < 6 and <b> shown."


def test_an_office_zip_bomb_inside_the_ratio_guard_is_refused_before_parsing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from foitrack.errors import UnreadableFile
    from foitrack.ingest import office, read_document

    monkeypatch.setattr(office, "MAX_XML_BYTES", 1024 * 1024)
    bomb = hostile_files.docx_bomb(tmp_path, megabytes=3)
    started = time.monotonic()
    with pytest.raises(UnreadableFile, match=r"too large to read safely: its XML inflates to 3 MB \(the limit is 1 MB"):
        read_document(bomb)
    assert time.monotonic() - started < 2


def test_a_pdf_with_a_huge_page_count_is_cut_with_a_warning(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from foitrack.ingest import pdf, read_document

    monkeypatch.setattr(pdf, "MAX_PAGES", 50)
    path = hostile_files.pdf_many_pages(tmp_path, pages=400)
    for engine in pdf.PDF_ENGINES:
        document = read_document(path, pdf_engine=engine)
        assert document.page_count == 50
        assert document.warnings[-1].startswith("only the first 50 of")


def test_deeply_nested_html_is_read_without_the_parser(tmp_path: Path) -> None:
    from foitrack.ingest import read_document

    path = hostile_files.nested_divs(tmp_path, depth=60_000)
    started = time.monotonic()
    document = read_document(path)
    assert time.monotonic() - started < 3  # Lexbor took ~8 s on this
    assert document.text == "Q1. Is it held? Yes."


@pytest.mark.slow
def test_one_long_line_of_section_mentions_is_extracted_in_linear_time(tmp_path: Path) -> None:
    from foitrack.extract import extract_all

    text = hostile_files.long_line(tmp_path, size=60_000).read_text()
    started = time.monotonic()
    extraction = extract_all(text, {}, None)
    assert time.monotonic() - started < 4  # 6 s before, growing with the square of the length
    assert [e.code for e in extraction.exemptions] == ["s40(2)"]


def test_mail_with_thousands_of_parts_is_refused_and_hundreds_of_attachments_cut(tmp_path: Path) -> None:
    from foitrack.errors import UnreadableFile
    from foitrack.ingest import email, read_document

    with pytest.raises(UnreadableFile, match="MIME parts, more than the 2,000 read"):
        read_document(hostile_files.many_attachments(tmp_path, count=2_500))
    many = tmp_path / "some"
    many.mkdir()
    prepared = pipeline.prepare_file(hostile_files.many_attachments(many, count=260), IngestOptions())
    assert len(prepared.children) == email.MAX_ATTACHMENTS
    assert "more than 200 attachments: the rest were not read" in prepared.document.warnings


def test_page_numbers_and_answer_labels_are_right_on_many_pages(tmp_path: Path) -> None:
    pages = [f"Q{n}. How much was spent in year {n}?\n£{n},000 was spent." for n in range(1, 301)]
    path = tmp_path / "long.txt"
    path.write_text("\f".join(pages))
    db = open_db(tmp_path / "t.db")
    [result] = ingest_paths(db, [path], IngestOptions())
    assert result.status == "ingested"
    rows = db.execute("select gbp, page, answer_label from amounts order by position").fetchall()
    assert len(rows) == 300
    assert all(int(float(gbp)) == page * 1000 for gbp, page, _ in rows)
    labelled = [label for _, _, label in rows if label]
    assert len(labelled) > 250 and all(
        label.lstrip("Q") == str(int(float(gbp)) // 1000) for gbp, _, label in rows if label
    )


@pytest.mark.slow
def test_a_2_mb_spending_csv_is_stored_quickly(tmp_path: Path) -> None:
    path = hostile_files.spending_csv(tmp_path)
    db = open_db(tmp_path / "t.db")
    started = time.monotonic()
    [result] = ingest_paths(db, [path], IngestOptions())
    assert result.status == "ingested"
    assert time.monotonic() - started < 20  # 52 s when each finding's page was counted from the start


# ---------------------------------------------------------------- mistakes that look like success


@pytest.mark.parametrize(
    "command",
    [["documents"], ["show", "1"], ["search", "x"], ["compare", "--topic", "funding"], ["requests"], ["overdue"]],
)
def test_read_commands_refuse_a_database_that_does_not_exist(tmp_path: Path, run: Run, command: list[str]) -> None:
    db = tmp_path / "typo" / "foitrak.db"
    result = run(*command, "--db", db)
    assert result.exit_code == 1
    assert result.stderr == f"Error: {db}: no such database (check --db, or start one with `foitrack ingest`)\n"
    assert not db.parent.exists()


def test_an_error_naming_a_long_path_stays_on_one_line(tmp_path: Path, run: Run) -> None:
    db = tmp_path / ("a-folder-whose-name-alone-is-wider-than-a-terminal-" * 2) / "foitrak.db"
    result = run("documents", "--db", db)
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1 and str(db) in result.stderr


def test_due_works_without_a_database_and_creates_none(tmp_path: Path, run: Run) -> None:
    db = tmp_path / "none.db"
    result = run("due", "--sent", "2024-01-11", "--db", db)
    assert result.exit_code == 0 and "Due (day 20): Thu 8 Feb 2024" in result.stdout
    assert not db.exists()


def test_an_unknown_nation_and_a_malformed_date_say_what_is_expected(run: Run) -> None:
    nation = run("due", "--sent", "2024-01-11", "--nation", "scotand")
    assert nation.exit_code == 2
    assert "unknown nation 'scotand': expected England, Wales, Scotland or Northern Ireland" in nation.stderr
    assert run("due", "--sent", "2024-01-11", "--nation", "northern-ireland").exit_code == 0
    date = run("due", "--sent", "11/01/2024")
    assert date.exit_code == 2
    assert "expected a date as YYYY-MM-DD (e.g. 2024-01-11), not '11/01/2024'" in " ".join(date.stderr.split())


@pytest.mark.parametrize("suffix", ["", "-wal"])
def test_report_and_export_never_write_over_the_database(tmp_path: Path, run: Run, suffix: str) -> None:
    db = tmp_path / "t.db"
    reply = write_replies(tmp_path / "in", 1)[0]
    assert run("ingest", reply, "--db", db).exit_code == 0
    before = db.read_bytes()
    target = Path(f"{db}{suffix}")
    for command in (["report", "-o", target], ["export", "csv", "-o", target], ["export", "xlsx", "-o", target]):
        result = run(*command, "--db", db)
        assert result.exit_code == 1
        assert "that is the database itself" in result.stderr
    assert db.read_bytes() == before
    assert run("documents", "--db", db).exit_code == 0


def test_topics_are_type_checked(tmp_path: Path, run: Run) -> None:
    from foitrack.compare import load_topics
    from foitrack.errors import FoitrackError

    topics = tmp_path / "mine.toml"
    topics.write_text('[mine]\ntitle = "Mine"\namounts = "false"\n')
    with pytest.raises(FoitrackError, match=r"mine.toml: \[mine\] amounts = 'false': expected true or false"):
        load_topics(topics)
    topics.write_text('[mine]\nquestion_words = "fund"\n')
    with pytest.raises(FoitrackError, match=r"\[mine\] question_words = 'fund': expected a list of strings"):
        load_topics(topics)
    topics.write_text('[mine]\nwords = ["fund"]\n')
    result = run("compare", "--topic", "mine", "--topics", topics, "--db", tmp_path / "none.db")
    assert result.exit_code == 1 and "[mine] words: unknown setting" in result.stderr
    topics.write_text('[mine]\ntitle = "Mine"\nquestion_words = ["fund"]\namounts = false\n')
    assert load_topics(topics)["mine"].amounts is False


@pytest.mark.slow
def test_ctrl_c_mid_ingest_says_what_was_saved_and_a_rerun_continues(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(120):
        body = "\n".join(f"Detail line {i} of reply {n}." for i in range(300))
        (folder / f"reply-{n:03d}.txt").write_text(f"Q1. Is it held? Yes.\n{body}\n")
    db = tmp_path / "t.db"
    command = [sys.executable, "-m", "foitrack", "ingest", str(folder), "--db", str(db), "--quiet", "--jobs", "1"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        try:
            if sqlite3.connect(db, timeout=5).execute("select count(*) from documents").fetchone()[0] >= 3:
                break
        except sqlite3.OperationalError:
            pass
        time.sleep(0.05)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    said = stderr.decode()
    assert process.returncode == 130, said
    saved = sqlite3.connect(db).execute("select count(*) from documents").fetchone()[0]
    assert f"interrupted: {saved} file(s) saved before the stop; run the same command again" in said
    assert "Traceback" not in said and 0 < saved < 120
    again = subprocess.run(command, capture_output=True, timeout=300)
    assert again.returncode == 0
    assert sqlite3.connect(db).execute("select count(*) from documents").fetchone()[0] == 120


def test_an_amount_of_29_digits_does_not_fail_its_reply(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("Q1. How much was spent?\n£12345678901234567890123456789 was spent, and £5,000 on training.\n")
    [result] = ingest_paths(open_db(tmp_path / "t.db"), [path], IngestOptions())
    assert result.status == "ingested", result.reason
    prepared = pipeline.prepare_file(path, IngestOptions())
    assert [str(a.gbp) for a in prepared.extraction.amounts] == ["5000"]


def test_a_corrupt_pdf_page_leaves_the_other_pages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import pypdfium2

    from foitrack.ingest import pdf, read_document

    path = hostile_files.pdf_many_pages(tmp_path, pages=3)
    real = pdf._pdfium_page_text

    def broken_second_page(document: pypdfium2.PdfDocument, index: int) -> str:
        if index == 1:
            raise pypdfium2.PdfiumError("Failed to load page.")
        return real(document, index)

    monkeypatch.setattr(pdf, "_pdfium_page_text", broken_second_page)
    document = read_document(path)
    assert document.page_count == 3
    assert document.text.split("\f")[0] and not document.text.split("\f")[1]
    assert "no text layer on page 2: needs OCR" in document.warnings


def test_the_memory_allowance_grows_with_the_file_up_to_a_ceiling() -> None:
    from foitrack.sandbox import MAX_MEMORY_MB

    limits = Limits(memory_mb=400, memory_per_mb=8)
    assert limits.memory_for(0) == 400
    assert limits.memory_for(100 * 2**20) == 1200
    assert limits.memory_for(50 * 2**30) == MAX_MEMORY_MB


def test_escape_sequences_in_mail_headers_never_reach_the_terminal(tmp_path: Path, run: Run) -> None:
    mail = tmp_path / "reply.eml"
    mail.write_bytes(
        b"From: Records \x1b[31mTeam <records@marshwood.example>\r\n"
        b"Subject: Your request \x1b]8;;http://evil.example\x07click\x1b]8;;\x07\r\n"
        b"Date: Mon, 5 Feb 2024 10:00:00 +0000\r\n"
        b"Content-Type: text/plain; charset=utf-8\r\n\r\n" + REPLY.encode()
    )
    db = tmp_path / "t.db"
    assert run("ingest", mail, "--db", db).exit_code == 0
    shown = run("show", "1", "--db", db)
    assert shown.exit_code == 0
    assert "\x1b" not in shown.stdout and "\x07" not in shown.stdout
    assert "^[]8;;http://evil.example^Gclick" in shown.stdout


def test_a_ctrl_c_while_a_file_is_stored_waits_for_the_file_to_be_whole() -> None:
    finished = []
    with pytest.raises(KeyboardInterrupt):
        with pipeline._ctrl_c_held():
            os.kill(os.getpid(), signal.SIGINT)
            finished.append("stored")
    assert finished == ["stored"]
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


def test_ingest_gives_each_file_a_memory_allowance_by_its_size(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from foitrack.sandbox import WorkerPool

    measures: list[object] = []
    real_init = WorkerPool.__init__

    def recording_init(self: WorkerPool, *args: object, **kwargs: object) -> None:
        real_init(self, *args, **kwargs)  # type: ignore[arg-type]
        measures.append(self.size_of)

    monkeypatch.setattr(WorkerPool, "__init__", recording_init)
    path = tmp_path / "reply.txt"
    path.write_text("Q1. Is it held? Yes.\n" * 50)
    ingest_paths(open_db(tmp_path / "t.db"), [path], IngestOptions(jobs=1))
    [size_of] = measures
    assert callable(size_of) and size_of((path, IngestOptions())) == path.stat().st_size
