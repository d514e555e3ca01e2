"""Issue 12: `foitrack review` driven through a pseudo-terminal, key by key, as a person would."""

from __future__ import annotations

import fcntl
import json
import os
import pty
import re
import select
import signal
import struct
import sys
import termios
import time
from pathlib import Path

import pytest
from conftest import Run
from sqlite_utils import Database

from foitrack.db import open_db
from foitrack.review import context

SAMPLES = Path(__file__).resolve().parents[1] / "samples" / "replies"
KENT = SAMPLES / "kent-county-council.txt"
ANSI = re.compile(r"\x1b\[[0-9;?]*[a-zA-Z]")


class Terminal:
    """foitrack running on the far side of a pseudo-terminal 80 columns wide."""

    def __init__(self, db_path: Path, *args: str) -> None:
        env = dict(os.environ, FOITRACK_DB=str(db_path), COLUMNS="80", LINES="24", TERM="xterm", NO_COLOR="1")
        self.pid, self.fd = pty.fork()
        if self.pid == 0:  # the child: foitrack, with the pty as its terminal
            os.execve(sys.executable, [sys.executable, "-m", "foitrack", "review", *args], env)
        fcntl.ioctl(self.fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
        self.seen = ""

    def expect(self, pattern: str, timeout: float = 30.0) -> str:
        """Read until `pattern` (a regex) shows; everything read since the last expect."""
        deadline = time.monotonic() + timeout
        start = len(self.seen)
        while not re.search(pattern, self.seen[start:], re.DOTALL):
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self.fd], [], [], left)[0]:
                raise AssertionError(f"{pattern!r} never showed; screen:\n{self.seen[start:]}")
            try:
                chunk = os.read(self.fd, 4096)
            except OSError:
                chunk = b""
            if not chunk:
                raise AssertionError(f"foitrack ended before {pattern!r}; screen:\n{self.seen[start:]}")
            self.seen += ANSI.sub("", chunk.decode("utf-8", "replace").replace("\r\n", "\n"))
        return self.seen[start:]

    def press(self, keys: str) -> None:
        os.write(self.fd, keys.encode())

    def exit_code(self) -> int:
        while True:  # drain, so the child never blocks writing its last lines
            try:
                chunk = os.read(self.fd, 4096)
            except OSError:
                break
            if not chunk:
                break
            self.seen += ANSI.sub("", chunk.decode("utf-8", "replace").replace("\r\n", "\n"))
        _, status = os.waitpid(self.pid, 0)
        os.close(self.fd)
        return os.waitstatus_to_exitcode(status)


@pytest.fixture
def kent_db(run: Run, db_path: Path) -> Path:
    assert run("ingest", KENT, "--jobs", "1").exit_code == 0
    return db_path


def history(run: Run) -> list[tuple[str, str, str | None]]:
    return [(h["what"], h["field"], h["new"]) for h in json.loads(run("corrections", "-f", "json").stdout)]


def test_accept_change_edit_quit_and_resume(kent_db: Path, run: Run) -> None:
    term = Terminal(kent_db, "--body", "Kent")
    screen = term.expect(r"\[q\]uit")
    assert "1 of 5" in screen and "Proposed:" in screen and "»" in screen
    assert max(len(line) for line in screen.splitlines()) <= 80
    first = re.search(r"Question (\w+):", screen)
    assert first is not None
    term.press("a")
    screen = term.expect(r"2 of 5.*?\[q\]uit")
    second = re.search(r"Question (\w+):", screen)
    assert second is not None
    term.press("c")
    term.expect("New class:")
    term.press("3")  # none
    screen = term.expect(r"Proposed: ∅ none [^\n]*✱ +\(corrected just now\).*?\[q\]uit")
    term.press("e")
    term.expect("New value")
    term.press("0\x7f42\r")  # a typo rubbed out
    term.expect(r"Proposed: ∅ none 42 ✱.*?\[q\]uit")
    term.press("a")
    term.expect(r"3 of 5.*?\[q\]uit")
    term.press("s")
    term.expect(r"4 of 5.*?\[q\]uit")
    term.press("q")
    assert term.exit_code() == 0
    assert "1 accepted, 1 class changed, 1 value edited, 1 skipped; 3 left to check" in " ".join(term.seen.split())

    assert history(run) == [
        (f"answer {first.group(1)}", "checked", "(confirmed)"),
        (f"answer {second.group(1)}", "answer", "none"),
        (f"answer {second.group(1)}", "value", "42"),
    ]

    again = Terminal(kent_db)
    screen = again.expect(r"\[q\]uit")
    assert "1 of 3" in screen and f"Question {first.group(1)}:" not in screen
    again.press("aaa")
    again.expect(r"0 left to\s+check")
    assert again.exit_code() == 0
    checked = [a["checked"] for a in json.loads(run("export", "json").stdout)[0]["answers"]]
    assert sorted(checked) == ["corrected", "verified", "verified", "verified", "verified"]


def test_a_crash_loses_no_key_press(kent_db: Path, run: Run) -> None:
    term = Terminal(kent_db)
    term.expect(r"1 of 5.*?\[q\]uit")
    term.press("a")
    term.expect(r"2 of 5.*?\[q\]uit")
    os.kill(term.pid, signal.SIGKILL)
    assert term.exit_code() == -signal.SIGKILL
    assert [field for _, field, _ in history(run)] == ["checked"]


def test_open_whole_text_and_cancel_a_change(kent_db: Path, run: Run) -> None:
    term = Terminal(kent_db)
    term.expect(r"\[q\]uit")
    term.press("o")
    screen = " ".join(term.expect("Press any key to go back").split())
    assert "Information Resilience and Transparency Team" in screen and "Open Government Licence" in screen
    term.press("x")
    term.expect(r"1 of 5.*?\[q\]uit")
    term.press("c")
    term.expect("New class:")
    term.press("\x1b")
    term.expect(r"1 of 5.*?\[q\]uit")
    term.press("\x03")  # Ctrl-C quits cleanly
    assert term.exit_code() == 0
    assert history(run) == []


def test_review_without_a_terminal_is_one_clear_error(kent_db: Path, run: Run) -> None:
    result = run("review")
    assert result.exit_code == 1 and "review needs a terminal" in result.stderr


def test_context_shows_lines_around_the_quote() -> None:
    text = "one\ntwo\nthree\nfour: the answer is no\nfive\nsix\nseven\neight"
    start = text.index("no\n")
    shown = context(text, start, start + 2, lines=2)
    assert (shown.before, shown.match, shown.after) == ("two\nthree\nfour: the answer is ", "no", "\nfive\nsix")
    assert shown.first_line == 2


def _queue_db(run: Run, db_path: Path, *files: Path) -> Database:

    assert run("ingest", *files, "--jobs", "1").exit_code == 0
    return open_db(db_path)


def test_queue_filters_by_body_topic_and_request(run: Run, db_path: Path, tmp_path: Path) -> None:
    from foitrack.compare import load_topics
    from foitrack.review import Filters, queue

    request = tmp_path / "request.txt"
    request.write_text("1. Do you have a named lead?\n2. Which team?\n3. What funding?\n", encoding="utf-8")
    added = run(
        "request", "add", "Leads", "--sent", "2024-01-08", "--to", "Kent County Council", "--text-file", request
    )
    assert added.exit_code == 0, added.output
    db: Database = _queue_db(run, db_path, KENT, SAMPLES / "cornwall-council.txt", SAMPLES / "leeds-city-council.html")
    every = queue(db)
    assert len(every) == 15
    kent = queue(db, Filters(body="kent"))
    assert len(kent) == 5 and {r["document_id"] for r in kent} == {1}
    assert [r["id"] for r in queue(db, Filters(request_id=1))] == [r["id"] for r in kent]
    funding = queue(db, Filters(topic=load_topics()["funding"]))
    assert funding and len(funding) < len(every) and all(r["label"] in ("3", "Q3", "5", "Q5") for r in funding)


def test_queue_order_least_confident_first(run: Run, db_path: Path) -> None:
    from foitrack.review import queue

    db: Database = _queue_db(run, db_path, KENT, SAMPLES / "leeds-city-council.html")
    db.execute("UPDATE answers SET confidence = NULL")  # as answers extracted before m005: the rule orders them
    db.execute("UPDATE answers SET quote = NULL WHERE id = 7")
    ranks = [(r["rule"], r["document_id"]) for r in queue(db)]
    assert ranks == sorted(ranks) and ranks[0][0] == 0
    assert queue(db)[0]["id"] == 7
    # once answers carry a confidence (m005), it leads the order
    db.execute("UPDATE answers SET confidence = 0.9")
    db.execute("UPDATE answers SET confidence = 0.2 WHERE id = 9")
    assert queue(db)[0]["id"] == 9
