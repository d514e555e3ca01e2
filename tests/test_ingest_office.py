"""OpenDocument, RTF, legacy Word, Outlook .msg and the dispatcher's refusals."""

from __future__ import annotations

import builtins
import shutil
from pathlib import Path
from typing import Any

import fixtures_build as build
import pytest

from foitrack.errors import EncryptedFile, UnreadableFile, UnsupportedFormat
from foitrack.ingest import SUPPORTED_SUFFIXES, read_document

OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def test_odt_paragraphs_and_table(tmp_path: Path) -> None:
    path = tmp_path / "reply.odt"
    path.write_bytes(build.odt_bytes())
    document = read_document(path)
    assert document.kind == "odt"
    assert document.text.splitlines() == [
        "Reply to request IR-0042",
        "We hold the information you asked for.",
        "2023 | 12,500",
    ]


def test_odt_without_odfpy_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    data = build.odt_bytes()
    _hide_module(monkeypatch, "odf")
    with pytest.raises(UnsupportedFormat, match=r"foitrack\[odf\]"):
        read_document(Path("reply.odt"), data)


def test_rtf_text() -> None:
    document = read_document(Path("reply.rtf"), build.RTF_SAMPLE)
    assert document.kind == "rtf"
    assert "We spent \u00a3450 on signs." in document.text


def test_rtf_without_striprtf_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    _hide_module(monkeypatch, "striprtf")
    with pytest.raises(UnsupportedFormat, match=r"foitrack\[rtf\]"):
        read_document(Path("reply.rtf"), build.RTF_SAMPLE)


def test_rtf_named_doc_is_sniffed() -> None:
    assert read_document(Path("reply.doc"), build.RTF_SAMPLE).kind == "rtf"


def test_legacy_doc_without_converter_gives_a_hint(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: None)
    data = OLE2 + "WordDocument".encode("utf-16-le") + b"\x00" * 100
    with pytest.raises(UnsupportedFormat, match="antiword or catdoc"):
        read_document(Path("old.doc"), data)


def test_plain_text_saved_as_doc_is_read() -> None:
    assert read_document(Path("old.doc"), b"Just words, saved with the wrong name.").kind == "text"


def test_broken_msg_is_one_clear_error() -> None:
    with pytest.raises(UnreadableFile, match=r"Outlook \.msg"):
        read_document(Path("mail.msg"), OLE2 + "__substg1.0_0037".encode("utf-16-le"))


def test_encrypted_office_file() -> None:
    with pytest.raises(EncryptedFile, match="password-protected Office file"):
        read_document(Path("locked.docx"), OLE2 + "EncryptedPackage".encode("utf-16-le"))


@pytest.mark.parametrize("name", ["photo.png", "archive.tar.gz", "data.JSON"])
def test_unknown_suffix_is_unsupported(name: str) -> None:
    with pytest.raises(UnsupportedFormat, match=r"^unsupported file type '\.[a-z]+'$"):
        read_document(Path(name), b"\x89PNG\r\n\x1a\n some bytes")


def test_supported_suffixes_are_lower_case_and_dotted() -> None:
    assert {".pdf", ".docx", ".eml", ".txt", ".html", ".xlsx", ".csv", ".odt", ".rtf"} <= SUPPORTED_SUFFIXES
    assert all(suffix.startswith(".") and suffix == suffix.lower() for suffix in SUPPORTED_SUFFIXES)


@pytest.mark.parametrize("suffix", [".odt", ".rtf", ".doc", ".xlsx", ".csv", ".html", ".eml"])
def test_zero_byte_files(suffix: str) -> None:
    with pytest.raises(UnreadableFile, match="^empty file$"):
        read_document(Path(f"empty{suffix}"), b"")


def _hide_module(monkeypatch: pytest.MonkeyPatch, top: str) -> None:
    """Make `import top...` fail as if the optional extra were not installed."""
    real_import = builtins.__import__

    def fake_import(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == top or name.startswith(top + "."):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", fake_import)
