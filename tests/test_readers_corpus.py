"""Every real file in ../shared/corpus reads into a Document or fails with a FoitrackError.

Skipped when ../shared is not beside the project. PDFs go through both engines.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from foitrack.errors import FoitrackError
from foitrack.ingest import read_document
from foitrack.normalize import normalise

SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPUS_FOLDERS = [SHARED / "corpus" / "files", SHARED / "corpus" / "dev"]
FILES = sorted(p for folder in CORPUS_FOLDERS if folder.is_dir() for p in folder.iterdir() if p.is_file())


def _cases() -> list[tuple[Path, str]]:
    return [
        (path, engine)
        for path in FILES
        for engine in (("pdfium", "pdfminer") if path.suffix == ".pdf" else ("pdfium",))
    ]


@pytest.mark.skipif(not FILES, reason="../shared/corpus is not beside the project")
@pytest.mark.parametrize(("path", "engine"), _cases(), ids=lambda value: getattr(value, "name", value))
def test_corpus_file_reads_or_fails_cleanly(path: Path, engine: str) -> None:
    try:
        document = read_document(path, pdf_engine=engine)
    except FoitrackError as error:
        assert str(error)
        return
    text = normalise(document.text)
    assert normalise(text) == text
    for attachment in document.attachments:
        try:
            read_document(Path(attachment.name), attachment.data, pdf_engine=engine)
        except FoitrackError:
            pass


@pytest.mark.skipif(not FILES, reason="../shared/corpus is not beside the project")
def test_corpus_scans_are_flagged_and_text_pdfs_are_not() -> None:
    pdfs = {path.name: read_document(path) for path in FILES if path.suffix == ".pdf"}
    scanned = {name for name, document in pdfs.items() if document.status == "needs_ocr"}
    assert scanned == {name for name in pdfs if "scanned" in name}
