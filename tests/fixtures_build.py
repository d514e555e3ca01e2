"""Build reader test files at test time, in our own words, so no binary fixture is committed.

Every builder returns bytes; tests write them into `tmp_path` when a file on disk is needed.
"""

from __future__ import annotations

import csv
import io
import zipfile
from email.message import EmailMessage
from email.policy import default as default_policy

from docx import Document as new_docx
from fpdf import FPDF
from openpyxl import Workbook
from PIL import Image, ImageDraw

LETTER_LINES = (
    "Information request reference IR-0042",
    "Thank you for writing to the Borough on 3 March 2024.",
    "Question 1: How much was spent on hedge trimming?",
    "Answer: The Borough spent 12,500 pounds in 2023.",
)


def pdf_bytes(pages: list[list[str]], *, user_password: str | None = None, title: str = "") -> bytes:
    """A text PDF with one list of lines per page, optionally encrypted."""
    pdf = FPDF()
    pdf.set_font("helvetica", size=12)
    if title:
        pdf.set_title(title)
        pdf.set_author("Records Office")
    for lines in pages:
        pdf.add_page()
        for line in lines:
            pdf.cell(0, 10, line, new_x="LMARGIN", new_y="NEXT")
    if user_password is not None:
        pdf.set_encryption(owner_password="owner-secret", user_password=user_password)
    return bytes(pdf.output())


def hyphenated_pdf_bytes() -> bytes:
    """A PDF whose only paragraph wraps a long word at a line end with a hyphen."""
    pdf = FPDF()
    pdf.set_font("helvetica", size=12)
    pdf.add_page()
    pdf.cell(0, 10, "The council holds no informa-", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 10, "tion about parking fines for the year 2019-", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 10, "20 and nothing more to add here today.", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def spaced_paragraphs_pdf_bytes(paragraphs: list[list[str]]) -> bytes:
    """A one-page PDF of paragraphs (each a list of its lines) with a space after each paragraph."""
    pdf = FPDF()
    pdf.set_font("helvetica", size=11)
    pdf.add_page()
    for lines in paragraphs:
        for line in lines:
            pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
    return bytes(pdf.output())


def image_only_pdf_bytes() -> bytes:
    """A one-page PDF holding only a picture of words, like a scan: no text layer."""
    picture = Image.new("RGB", (850, 1100), "white")
    ImageDraw.Draw(picture).text((80, 80), "Scanned reply with no text layer", fill="black")
    out = io.BytesIO()
    picture.save(out, format="PDF", resolution=100.0)
    return out.getvalue()


def docx_bytes(*, with_checkboxes: bool = False) -> bytes:
    """A letter with a paragraph, a table (holding a nested table), then another paragraph."""
    document = new_docx()
    document.core_properties.title = "Reply to request IR-0042"
    document.core_properties.author = "Records Office"
    document.add_paragraph("Question 2: Which contractors cut the hedges?")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Contractor"
    table.cell(0, 1).text = "Spend"
    table.cell(1, 0).text = "Greenway Ltd"
    table.cell(1, 1).text = "4,000"
    inner = table.cell(1, 1).add_table(rows=1, cols=2)
    inner.cell(0, 0).text = "spring"
    inner.cell(0, 1).text = "autumn"
    document.add_paragraph("Question 3: Was any work done at night?")
    document.sections[0].header.paragraphs[0].text = "Borough of Examplefield"
    if with_checkboxes:
        _add_checkbox_paragraphs(document)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _add_checkbox_paragraphs(document: object) -> None:
    """Add a ticked content-control checkbox and an unticked legacy form checkbox."""
    from docx.oxml import parse_xml

    body = document.element.body  # type: ignore[attr-defined]
    ticked = (
        f'<w:p xmlns:w="{W}" xmlns:w14="{W14}"><w:sdt><w:sdtPr><w14:checkbox>'
        '<w14:checked w14:val="1"/></w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:t>\u2612</w:t></w:r>'
        '</w:sdtContent></w:sdt><w:r><w:t xml:space="preserve"> Night work recorded</w:t></w:r></w:p>'
    )
    unticked = (
        f'<w:p xmlns:w="{W}"><w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:checkBox>'
        '<w:default w:val="0"/></w:checkBox></w:ffData></w:fldChar></w:r><w:r><w:instrText> FORMCHECKBOX '
        '</w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve">'
        " Weekend work recorded</w:t></w:r></w:p>"
    )
    sect = body[-1]
    for xml in (ticked, unticked):
        sect.addprevious(parse_xml(xml))


def email_bytes(*, nested: bool = True, html_only: bool = False, evil_name: bool = False) -> bytes:
    """A reply email with a PDF attached, optionally forwarding an older email with its own file."""
    message = _message("Records Office <records@example.org>", "Re: Information request IR-0042")
    if html_only:
        message.set_content(
            "<html><body><p>Please find our answer attached.</p><p>Total &pound;3,200</p></body></html>",
            subtype="html",
        )
    else:
        message.set_content("Please find our answer attached.\nTotal: 3,200 pounds.\n")
    message.add_attachment(
        pdf_bytes([list(LETTER_LINES)]), maintype="application", subtype="pdf", filename="answer.pdf"
    )
    if evil_name:
        message.add_attachment(b"root:x:0:0", maintype="text", subtype="plain", filename="../../etc/passwd")
    if nested:
        inner = _message("Requester <someone@example.net>", "Information request about hedges")
        inner.set_content("Please tell me how much you spend on hedges.\n")
        inner.add_attachment(b"year,spend\n2023,12500\n", maintype="text", subtype="csv", filename="figures.csv")
        message.add_attachment(inner)
    return message.as_bytes(policy=default_policy)


def _message(sender: str, subject: str) -> EmailMessage:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "someone@example.net"
    message["Subject"] = subject
    message["Date"] = "Tue, 02 Apr 2024 10:15:00 +0100"
    message["Message-ID"] = "<reply-42@example.org>"
    return message


def nested_email_bytes(depth: int) -> bytes:
    """An email forwarding an email forwarding ... `depth` levels, the innermost carrying a file."""
    inner = _message("Deep <deep@example.org>", "Level 0")
    inner.set_content("The innermost message.\n")
    inner.add_attachment(b"deepest file\n", maintype="text", subtype="plain", filename="deep.txt")
    for level in range(1, depth + 1):
        outer = _message("Outer <outer@example.org>", f"Level {level}")
        outer.set_content(f"Forwarding level {level}.\n")
        outer.add_attachment(inner)
        inner = outer
    return inner.as_bytes(policy=default_policy)


def xlsx_bytes(rows: int = 3) -> bytes:
    """A workbook of two sheets: spend by year, and a notes sheet."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Spend"
    sheet.append(["Year", "Amount", "Note"])
    for index in range(rows - 1):
        sheet.append([2020 + index, 1000.0 + index, None])
    notes = book.create_sheet("Notes")
    notes.append(["Figures are rounded"])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def csv_bytes(encoding: str = "cp1252") -> bytes:
    """A small spreadsheet export with a pound sign and curly quotes, in `encoding`."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["Year", "Spend", "Comment"])
    writer.writerow(["2022", "\u00a31,200", "\u2018estimated\u2019"])
    writer.writerow(["2023", "\u00a3900", "final"])
    return out.getvalue().encode(encoding)


def zip_bomb_docx_bytes() -> bytes:
    """A zip claiming to be a .docx whose one member inflates to far more than it stores."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"\0" * (30 * 1024 * 1024))
    return out.getvalue()


def odt_bytes() -> bytes:
    """An OpenDocument text with a heading, a paragraph and a two-cell table."""
    from odf.opendocument import OpenDocumentText
    from odf.table import Table, TableCell, TableColumn, TableRow
    from odf.text import H, P

    document = OpenDocumentText()
    document.text.addElement(H(outlinelevel=1, text="Reply to request IR-0042"))
    document.text.addElement(P(text="We hold the information you asked for."))
    table = Table(name="Spend")
    table.addElement(TableColumn(numbercolumnsrepeated=2))
    row = TableRow()
    for value in ("2023", "12,500"):
        cell = TableCell()
        cell.addElement(P(text=value))
        row.addElement(cell)
    table.addElement(row)
    document.text.addElement(table)
    out = io.BytesIO()
    document.write(out)
    return out.getvalue()


RTF_SAMPLE = (
    b"{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Times;}}\\f0 Reply to request IR-0042\\par We spent \\'a3450 on signs.\\par}"
)

HTML_SAMPLE = """<!DOCTYPE html>
<html><head><title>Reply IR-0042</title><style>p { color: red }</style>
<script>var hidden = "do not show";</script></head>
<body>
<h1>Our reply</h1>
<p>We hold the information &amp; enclose it &ndash; see below.</p>
<table>
<tr><th>Year</th><th>Spend</th></tr>
<tr><td>2023</td><td>&pound;1,200</td></tr>
</table>
<p><input type="checkbox" checked> Yes <input type="checkbox"> No</p>
<script>document.write("hidden too")</script>
</body></html>
"""
