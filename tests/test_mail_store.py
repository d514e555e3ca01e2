"""Mail kinds, quoted history and shared attachments, from ingest through the database to the CLI."""

from __future__ import annotations

import json
from email.message import EmailMessage
from email.policy import default as default_policy
from pathlib import Path

from conftest import Run
from test_cli_track import add_request

from foitrack.db import open_db

ANSWER = """Thurrock Council
Our ref: FOI 24-118

1. Does the authority have a named lead officer for modern slavery?
No.

2. How much did the authority spend on modern slavery work in 2022-23?
£12,000.

3. Does the authority have a modern slavery strategy?
Yes, it is published on our website.
"""


def _email(subject: str, body: str, *, sender: str = "FOI Team <foi@thurrock.gov.uk>", **headers: str) -> bytes:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "asker@example.net"
    message["Subject"] = subject
    message["Date"] = "Fri, 02 Feb 2024 10:00:00 +0000"
    for name, value in headers.items():
        message[name.replace("_", "-")] = value
    message.set_content(body)
    return message.as_bytes(policy=default_policy)


def test_bounce_quoting_the_request_is_stored_as_bounce_never_linked_nor_answered(tmp_path: Path, run: Run) -> None:
    add_request(tmp_path, run, "Thurrock Council")
    body = "This message was created automatically by mail delivery software.\n\n" + ANSWER
    path = tmp_path / "bounce.eml"
    path.write_bytes(
        _email("Mail delivery failed: returning message to sender", body, X_Failed_Recipients="foi@thurrock.gov.uk")
    )
    result = run("ingest", path)
    assert result.exit_code == 0, result.output
    assert "not linked: a bounce, not a reply" in result.stderr
    rows = json.loads(run("status", "1", "-f", "json", "--today", "2024-03-01").stdout)
    assert rows[0]["stage"] == "awaiting"
    doc = json.loads(run("show", "1", "-f", "json").stdout)[0]
    assert doc["mail_kind"] == "bounce"
    assert doc["answers"] == [] and doc["extraction"]["outcome"] is None
    table = run("documents").stdout
    assert "bounce" in table
    assert "bounce (not a reply)" in run("show", "1").stdout
    assert json.loads(run("unlinked", "-f", "json").stdout) == []


def test_auto_reply_is_not_linked(tmp_path: Path, run: Run) -> None:
    add_request(tmp_path, run, "Thurrock Council")
    path = tmp_path / "ooo.eml"
    path.write_bytes(
        _email("Automatic reply: FOI", "I am out of the office.\n\n" + ANSWER, Auto_Submitted="auto-replied")
    )
    assert run("ingest", path).exit_code == 0
    assert json.loads(run("status", "1", "-f", "json", "--today", "2024-03-01").stdout)[0]["stage"] == "awaiting"
    assert json.loads(run("show", "1", "-f", "json").stdout)[0]["mail_kind"] == "auto_reply"


def test_quoted_history_signature_and_footer_are_kept_but_not_extracted(tmp_path: Path, run: Run) -> None:
    body = (
        "Dear asker,\n\nQ1. Does the council hold a pothole register?\nYes.\n\nRegards\n"
        "-- \nJane Smith\nInformation Officer\n\n"
        "This email and any attachments are confidential and intended solely for the addressee. "
        "Any views expressed are not those of the council; this email may be disclosed under the "
        "Freedom of Information Act 2000, section 40(2) applies.\n\n"
        "On Mon, 8 Jan 2024 at 09:00, Asker <asker@example.net> wrote:\n"
        "> Q2. How much did the council spend on potholes?\n> £99,999.\n> Q3. Is there a strategy?\n> No.\n"
    )
    path = tmp_path / "reply.eml"
    path.write_bytes(_email("Re: FOI potholes", body))
    assert run("ingest", path).exit_code == 0
    doc = json.loads(run("show", "1", "-f", "json").stdout)[0]
    assert "> Q2. How much did the council spend" in doc["text"]  # kept whole
    kinds = [span["kind"] for span in doc["excluded"]]
    assert kinds == ["signature", "disclaimer", "quoted"]
    quoted = doc["excluded"][-1]
    assert doc["text"][quoted["start"] : quoted["end"]].startswith("On Mon, 8 Jan 2024")
    assert [a["answer"] for a in doc["answers"]] == ["yes"]
    assert doc["amounts"] == [] and doc["exemptions"] == []
    shown = run("show", "1").stdout
    assert "quoted history, lines" in shown and "disclaimer or footer" in shown


def test_forwarded_reply_below_original_message_is_extracted(tmp_path: Path, run: Run) -> None:
    body = "FYI, see their answer below.\n\n-----Original Message-----\nFrom: FOI Team\nSent: 2 Feb 2024\n\n" + ANSWER
    path = tmp_path / "fwd.eml"
    path.write_bytes(_email("Fwd: FOI 24-118", body, sender="Me <me@example.net>"))
    assert run("ingest", path).exit_code == 0
    doc = json.loads(run("show", "1", "-f", "json").stdout)[0]
    assert doc["excluded"] == []
    assert len(doc["answers"]) == 3


def _with_attachment(subject: str, attachment: bytes) -> bytes:
    message = EmailMessage()
    message["From"] = "FOI Team <foi@thurrock.gov.uk>"
    message["To"] = "asker@example.net"
    message["Subject"] = subject
    message["Date"] = "Fri, 02 Feb 2024 10:00:00 +0000"
    message.set_content(f"{subject}: our answer is attached.\n")
    message.add_attachment(attachment, maintype="text", subtype="plain", filename="answer.txt")
    return message.as_bytes(policy=default_policy)


def test_same_attachment_in_two_emails_is_linked_to_both(tmp_path: Path, run: Run) -> None:
    (tmp_path / "mail").mkdir()
    shared = ANSWER.encode()
    (tmp_path / "mail" / "a.eml").write_bytes(_with_attachment("First copy", shared))
    (tmp_path / "mail" / "b.eml").write_bytes(_with_attachment("Second copy", shared))
    assert run("ingest", tmp_path / "mail").exit_code == 0
    db = open_db(tmp_path / "foitrack.db")
    ids = {r["file"]: r["id"] for r in db["documents"].rows}
    assert len(ids) == 3
    parents = {r["parent_id"] for r in db["document_parents"].rows if r["document_id"] == ids["answer.txt"]}
    assert parents == {ids["a.eml"], ids["b.eml"]}
    for email in ("a.eml", "b.eml"):
        shown = json.loads(run("show", str(ids[email]), "-f", "json").stdout)[0]
        assert [c["file"] for c in shown["children"]] == ["answer.txt"]
    attachment = json.loads(run("show", str(ids["answer.txt"]), "-f", "json").stdout)[0]
    assert attachment["parents"] == sorted([ids["a.eml"], ids["b.eml"]])


def test_answers_written_between_quoted_questions_keep_their_questions(tmp_path: Path, run: Run) -> None:
    body = (
        "Please see our answers below.\n\n"
        "On Mon, 8 Jan 2024 at 09:00, Asker <asker@example.net> wrote:\n"
        "> 1. Does the council hold a pothole register?\n\nYes.\n\n"
        "> 2. Does the council have a pothole strategy?\n\nNo.\n\n"
        "This email and any attachments are confidential and intended solely for the addressee.\n"
    )
    path = tmp_path / "inline.eml"
    path.write_bytes(_email("Re: FOI potholes", body))
    assert run("ingest", path).exit_code == 0
    doc = json.loads(run("show", "1", "-f", "json").stdout)[0]
    assert [span["kind"] for span in doc["excluded"]] == ["disclaimer"]
    assert [a["answer"] for a in doc["answers"]] == ["yes", "no"]
