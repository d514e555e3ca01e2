"""Plain text files: every encoding we meet, and bytes that are not text at all."""

from __future__ import annotations

import codecs
import os
from pathlib import Path

import pytest

from foitrack.errors import UnreadableFile
from foitrack.ingest import read_document

REPLY = "Our reference IR-0042.\nWe spent \u00a31,200 on \u2018signs\u2019 \u2013 nothing else.\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (REPLY.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + REPLY.encode("utf-8"), "utf-8-sig"),
        (REPLY.encode("utf-16"), "utf-16"),
        (REPLY.encode("utf-16-le"), "utf-16-le"),
        (REPLY.encode("utf-16-be"), "utf-16-be"),
        (REPLY.encode("cp1252"), "cp1252"),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "utf16le-no-bom", "utf16be-no-bom", "cp1252"],
)
def test_text_encodings_decode_to_the_same_words(tmp_path: Path, data: bytes, encoding: str) -> None:
    path = tmp_path / "reply.txt"
    path.write_bytes(data)
    document = read_document(path)
    assert document.kind == "text"
    assert document.text == REPLY
    assert document.meta["encoding"] == encoding


def test_latin1_pound_sign_reads_as_pound() -> None:
    document = read_document(Path("old.txt"), "Total cost \u00a3450 for caf\u00e9 signs".encode("latin-1"))
    assert "\u00a3450" in document.text and "caf\u00e9" in document.text


def test_windows_line_endings_become_newlines() -> None:
    assert read_document(Path("a.txt"), b"one\r\ntwo\rthree").text == "one\ntwo\nthree"


@pytest.mark.parametrize("suffix", [".txt", ".md", ".text", ".TXT"])
def test_text_suffixes(suffix: str) -> None:
    assert read_document(Path(f"reply{suffix}"), b"# Reply\nHeld.").kind == "text"


@pytest.mark.parametrize(
    "data",
    [os.urandom(4096), bytes(range(256)) * 8, b"\x00\x01\x02\x03" * 100, b"ab\x00cd"],
    ids=["random", "all-bytes", "controls", "nul"],
)
def test_binary_named_txt_is_refused(data: bytes) -> None:
    with pytest.raises(UnreadableFile, match="binary data, not text"):
        read_document(Path("junk.txt"), data)


def test_zero_byte_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    with pytest.raises(UnreadableFile, match="^empty file$"):
        read_document(path)


def test_missing_file_is_a_foitrack_error(tmp_path: Path) -> None:
    with pytest.raises(UnreadableFile):
        read_document(tmp_path / "nowhere.txt")


def test_folder_is_a_foitrack_error(tmp_path: Path) -> None:
    with pytest.raises(UnreadableFile, match="folder"):
        read_document(tmp_path)


def test_no_suffix_plain_text_is_read() -> None:
    assert read_document(Path("README"), b"We hold no information.").kind == "text"
