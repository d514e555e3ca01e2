"""Tests for samples/make_samples.py: every sample is built, reproducibly, in our own words.

The generator is loaded from its file (samples/ is not a package) and always writes into a
temporary folder, so the checked-in samples are never touched. The originality check compares
8-word shingles with the seed replies in ../shared/seeds and is skipped when that folder is
absent. Statute titles are collapsed to one token first: citing "the Freedom of Information Act
2000" is not copying anyone's prose.
"""

from __future__ import annotations

import email
import importlib.util
import re
import sys
from email import policy
from pathlib import Path
from types import ModuleType

import docx
import pytest
from pdfminer.high_level import extract_pages, extract_text

ROOT = Path(__file__).resolve().parents[1]
GENERATOR = ROOT / "samples" / "make_samples.py"
SEEDS = ROOT.parent / "shared" / "seeds"
SHINGLE_WORDS = 8

EXPECTED = {
    "request.txt",
    "replies/bristol-city-council.pdf",
    "replies/cardiff-council.docx",
    "replies/cornwall-council-acknowledgement.eml",
    "replies/cornwall-council.txt",
    "replies/essex-pfcc.eml",
    "replies/glasgow-city-council.md",
    "replies/greater-manchester-police.md",
    "replies/kent-county-council.txt",
    "replies/leeds-city-council.html",
    "replies/norfolk-county-council-scanned.pdf",
    "replies/sheffield-city-council.txt",
    "replies/thurrock-council.eml",
}

# "Freedom of Information (Scotland) Act 2002", "freedom of information act 2000"
STATUTE = re.compile(r"freedom of information (?:\(scotland\) )?act(?: 200[02])?")
# "<td>", "<input type=\"checkbox\" checked>"
TAG = re.compile(r"<[^>]+>")
# "£12.5k" gives "£12", "5k"
WORD = re.compile(r"[a-z0-9£]+")


def _load_generator() -> ModuleType:
    """Import samples/make_samples.py by path (registered, as its dataclasses need)."""
    spec = importlib.util.spec_from_file_location("make_samples", GENERATOR)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding one fresh build of the samples."""
    out = tmp_path_factory.mktemp("samples")
    _load_generator().main(out)
    return out


def _relative_files(folder: Path) -> dict[str, bytes]:
    """Every file under folder, keyed by its POSIX path relative to folder."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def _email_text(path: Path) -> str:
    """The text parts of an email plus the text of any PDF it carries."""
    message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    texts = []
    for part in message.walk():
        if part.get_content_maintype() == "text":
            texts.append(part.get_content())
        elif part.get_content_type() == "application/pdf":
            attachment = path.with_suffix(".attachment.pdf")
            attachment.write_bytes(part.get_content())
            texts.append(extract_text(attachment))
            attachment.unlink()
    return "\n".join(texts)


def _docx_text(path: Path) -> str:
    """Paragraph and table text of a DOCX file."""
    document = docx.Document(str(path))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def _sample_text(path: Path) -> str:
    """Whatever words a reader could get out of one sample file."""
    if path.suffix == ".pdf":
        return extract_text(path)
    if path.suffix == ".eml":
        return _email_text(path)
    if path.suffix == ".docx":
        return _docx_text(path)
    raw = path.read_bytes()
    text = raw.decode("utf-8") if path.name != "kent-county-council.txt" else raw.decode("cp1252")
    return TAG.sub(" ", text) if path.suffix == ".html" else text


def _shingles(text: str) -> set[str]:
    """Runs of SHINGLE_WORDS consecutive words, lower-cased, apostrophes dropped."""
    folded = STATUTE.sub("statute", " ".join(text.lower().split()))
    words = WORD.findall(folded.replace("\u2019", "").replace("'", ""))
    return {" ".join(words[i : i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1)}


def test_main_writes_every_expected_file_and_nothing_else(generated: Path) -> None:
    files = _relative_files(generated)
    assert set(files) == EXPECTED
    assert [name for name, data in files.items() if not data] == []


def test_rebuild_is_byte_identical(generated: Path, tmp_path: Path) -> None:
    _load_generator().main(tmp_path)
    first, second = _relative_files(generated), _relative_files(tmp_path)
    assert [name for name in sorted(first) if first[name] != second[name]] == []


def test_kent_reply_is_windows_1252_with_crlf(generated: Path) -> None:
    raw = (generated / "replies" / "kent-county-council.txt").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert "£12.5k per annum" in raw.decode("cp1252")
    assert b"\r\n" in raw


def test_text_pdf_has_two_pages_and_scan_has_no_text_layer(generated: Path) -> None:
    replies = generated / "replies"
    assert len(list(extract_pages(replies / "bristol-city-council.pdf"))) == 2
    assert "£45,000" in extract_text(replies / "bristol-city-council.pdf")
    assert extract_text(replies / "norfolk-county-council-scanned.pdf").strip() == ""


def test_essex_email_carries_the_reply_as_a_pdf(generated: Path) -> None:
    text = " ".join(_email_text(generated / "replies" / "essex-pfcc.eml").split())
    assert "foi@essex.pfcc.police.uk" in text
    assert "approximately £1.2m over three years" in text


@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is not available")
def test_samples_copy_no_eight_word_run_from_the_seeds(generated: Path) -> None:
    seed_shingles = set().union(*(_shingles(p.read_text(errors="ignore")) for p in SEEDS.glob("*.txt")))
    sources = {name: _sample_text(generated / name) for name in sorted(EXPECTED)}
    sources["make_samples.py"] = GENERATOR.read_text()
    copied = {name: sorted(_shingles(text) & seed_shingles) for name, text in sources.items()}
    assert {name: runs for name, runs in copied.items() if runs} == {}
