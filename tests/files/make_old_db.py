"""Build tests/files/foitrack-v1.db: a database at the first schema version, with one reply in it.

Run once when a release changes the schema; the file is checked in so the upgrade test
always meets a database the old code really made.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database

from foitrack.migrations import migrations

HERE = Path(__file__).parent


def main() -> None:
    path = HERE / "foitrack-v1.db"
    path.unlink(missing_ok=True)
    db = Database(sqlite3.connect(path, isolation_level=None))
    migrations.apply(db, stop_before="m002_tracking")
    doc_id = (
        db["documents"]
        .insert(
            {
                "sha256": "0" * 64,
                "file": "old-reply.txt",
                "kind": "text",
                "status": "ok",
                "text": "Q1. Is there a lead?\nYes.",
                "raw_text": "Q1. Is there a lead?\nYes.",
            }
        )
        .last_pk
    )
    db["extractions"].insert({"document_id": doc_id, "authority": "Thurrock Council", "outcome": "granted"})
    db["answers"].insert({"document_id": doc_id, "position": 0, "label": "Q1", "answer": "yes", "quote": "Yes."})
    db.conn.execute("VACUUM")
    db.close()


if __name__ == "__main__":
    main()
