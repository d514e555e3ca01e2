"""Write small hostile files: bombs, traps and oddities a reader must survive.

Each writer takes a folder and returns the path it wrote. The files are made here, from
nothing, so no real reply is copied. Used by bench/hostile.py and by tests/test_hostile.py.
"""

from __future__ import annotations

import io
import os
import random
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    "</Types>"
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="word/document.xml"/></Relationships>'
)
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
WORDS = "council spend funding officer strategy review request answer budget year".split()


def docx_bomb(folder: Path, megabytes: int = 150) -> Path:
    """A .docx whose document.xml inflates to `megabytes` MB of paragraphs, compressing under 100:1.

    Random words keep the ratio low enough to pass a plain compression-ratio guard.
    """
    rng = random.Random(13)
    body = io.StringIO()
    body.write(f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{_W}"><w:body>')
    while body.tell() < megabytes * 1024 * 1024:
        body.write("<w:p><w:r><w:t>" + " ".join(rng.choices(WORDS, k=8)) + "</w:t></w:r></w:p>")
    body.write("</w:body></w:document>")
    path = folder / "bomb.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _RELS)
        archive.writestr("word/document.xml", body.getvalue())
    return path


def pdf_many_pages(folder: Path, pages: int = 100_000) -> Path:
    """A small PDF with a huge page count: every page shares one content stream."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [ "
        + b" ".join(f"{5 + i} 0 R".encode() for i in range(pages))
        + f" ] /Count {pages} >>".encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    stream = b"BT /F1 12 Tf 72 720 Td (Page of a reply with very little on it) Tj ET"
    objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    page = (
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 3 0 R >> >> >>"
    )
    objects.extend(page for _ in range(pages))
    return _write_pdf(folder / "many-pages.pdf", objects)


def pdf_stream_bomb(folder: Path, megabytes: int = 400) -> Path:
    """A one-page PDF whose content stream inflates to `megabytes` MB of text-drawing operators."""
    unit = b"BT /F1 12 Tf 72 720 Td (Bomb) Tj ET\n"
    block = unit * (1024 * 1024 // len(unit))
    squeeze = zlib.compressobj(9)
    packed = b"".join(squeeze.compress(block) for _ in range(megabytes)) + squeeze.flush()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [ 5 0 R ] /Count 1 >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(packed) + packed + b"\nendstream",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 3 0 R >> >> >>",
    ]
    return _write_pdf(folder / "stream-bomb.pdf", objects)


def _write_pdf(path: Path, objects: list[bytes]) -> Path:
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    path.write_bytes(out.getvalue())
    return path


def nested_divs(folder: Path, depth: int = 200_000) -> Path:
    """An HTML page of `depth` nested <div>s around one sentence."""
    path = folder / "nested.html"
    path.write_text("<html><body>" + "<div>" * depth + "Q1. Is it held? Yes." + "</div>" * depth + "</body></html>")
    return path


def long_line(folder: Path, size: int = 200_000) -> Path:
    """One line of "section 40(2)" repeated: food for a regex that backtracks."""
    path = folder / "long-line.txt"
    unit = "section 40(2) "
    path.write_text("The request is refused under " + unit * (size // len(unit)) + "\n")
    return path


def spending_csv(folder: Path, size: int = 2_000_000) -> Path:
    """A spending export of `size` bytes: thousands of amounts on thousands of lines."""
    rng = random.Random(7)
    path = folder / "spending.csv"
    with path.open("w", encoding="utf-8") as handle:
        handle.write("Date,Supplier,Amount,Description\n")
        row = 0
        while handle.tell() < size:
            handle.write(f"2023-05-{row % 28 + 1:02d},Supplier {row},£{rng.randint(100, 99_999):,}.00,Item {row}\n")
            row += 1
    return path


def many_attachments(folder: Path, count: int = 20_000) -> Path:
    """An email carrying `count` small text attachments."""
    boundary = "b0undary"
    parts = [
        "From: records@marshwood.example\r\nTo: you@example.org\r\nSubject: Your request\r\n"
        f'MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="{boundary}"\r\n\r\n',
        f"--{boundary}\r\nContent-Type: text/plain\r\n\r\nPlease find the answers attached.\r\n",
    ]
    for n in range(count):
        parts.append(
            f"--{boundary}\r\nContent-Type: text/plain\r\n"
            f'Content-Disposition: attachment; filename="part-{n}.txt"\r\n\r\nAnswer part {n}.\r\n'
        )
    parts.append(f"--{boundary}--\r\n")
    path = folder / "many-attachments.eml"
    path.write_text("".join(parts))
    return path


def fifo(folder: Path) -> Path:
    """A named pipe with a reply's name: opening it to read waits for ever."""
    path = folder / "pipe.txt"
    os.mkfifo(path)
    return path


def link_to_dev_zero(folder: Path) -> Path:
    """A symlink named like a reply that leads to an endless device."""
    path = folder / "zero.txt"
    path.symlink_to("/dev/zero")
    return path


WRITERS: dict[str, Callable[[Path], Path]] = {
    "docx bomb (150 MB of XML)": docx_bomb,
    "PDF with 100,000 pages": pdf_many_pages,
    "PDF whose one page inflates to 400 MB": pdf_stream_bomb,
    "200,000 nested divs": nested_divs,
    "'section 40(2)' over 200 KB on one line": long_line,
    "2 MB spending CSV": spending_csv,
    "email with 20,000 attachments": many_attachments,
    "FIFO": fifo,
    "symlink to /dev/zero": link_to_dev_zero,
}


if __name__ == "__main__":
    import sys

    # python bench/hostile_files.py FOLDER NUMBER: write case NUMBER of WRITERS into FOLDER
    folder, number = Path(sys.argv[1]), int(sys.argv[2])
    print(list(WRITERS.values())[number](folder))
