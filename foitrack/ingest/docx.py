"""Read Word .docx files with python-docx, keeping tables where they stand in the text.

python-docx opens the package; the body is then walked in document order, as
`Document.iter_inner_content()` does, but also descending into the wrappers that
`iter_inner_content()` skips (block-level content controls <w:sdt>, tracked insertions
<w:ins>, <w:customXml>), because FOI forms often put their answers inside content controls.

- A paragraph is a line; a table row is a line with its cells joined by " | "; a table
  nested in a cell is flattened into that cell, its rows separated by "; ".
- Checkbox content controls (w14:checkbox) and legacy form checkboxes (w:checkBox) become
  CHECKED / UNCHECKED markers; deleted text (w:delText) and field codes are skipped.
- Header and footer text, which often holds the reference number, is appended at the end
  after a blank line, once per distinct text.
- The zip is checked by `open_zip` before python-docx sees it.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from foitrack.errors import FoitrackError, UnreadableFile
from foitrack.ingest.office import open_zip
from foitrack.models import CHECKED, UNCHECKED, Document

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_W14 = "{http://schemas.microsoft.com/office/word/2010/wordml}"
_WRAPPERS = frozenset({f"{_W}sdt", f"{_W}sdtContent", f"{_W}ins", f"{_W}customXml", f"{_W}smartTag"})
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
# Fallback repeats a text box's Choice content; the others are never visible text.
_SKIPPED = frozenset({f"{_W}delText", f"{_W}instrText", f"{_W}sdtPr", f"{_W}rPr", f"{_W}pPr", _MC_FALLBACK})
_TRUE = frozenset({"1", "true", "on"})


def read_docx(path: Path, data: bytes) -> Document:
    """A .docx file as a Document; meta holds the title and author when the file states them."""
    import docx  # imported on first use: python-docx and lxml cost ~70 ms at start-up
    from docx.opc.exceptions import PackageNotFoundError

    open_zip(data).close()
    try:
        document = docx.Document(io.BytesIO(data))
        lines = list(_block_lines(document.element.body))
        extras = _header_footer_lines(document)
        meta = _core_meta(document)
    except FoitrackError:
        raise
    except (PackageNotFoundError, KeyError, ValueError) as error:
        raise UnreadableFile(f"corrupt .docx file: {error}") from None
    except Exception as error:  # noqa: BLE001 - lxml and python-docx raise assorted types on bad files
        raise UnreadableFile(f"corrupt .docx file: {type(error).__name__}: {error}") from None
    if extras:
        lines += ["", *extras]
    return Document(text="\n".join(lines), kind="docx", meta=meta)


def _block_lines(container: Any) -> Iterator[str]:
    """Lines of a body, cell, header or footer element, in document order."""
    for child in container.iterchildren():
        tag = child.tag
        if tag == f"{_W}p":
            yield paragraph_text(child)
        elif tag == f"{_W}tbl":
            yield from _table_lines(child)
        elif tag in _WRAPPERS:
            yield from _block_lines(child)


def _table_lines(table: Any) -> Iterator[str]:
    for row in table.iterchildren(f"{_W}tr"):
        yield " | ".join(_cell_text(cell) for cell in _row_cells(row))


def _row_cells(row: Any) -> Iterator[Any]:
    """The cells of a row, including those wrapped in content controls."""
    for child in row.iterchildren():
        if child.tag == f"{_W}tc":
            yield child
        elif child.tag in _WRAPPERS:
            yield from _row_cells(child)


def _cell_text(cell: Any) -> str:
    parts: list[str] = []
    for child in cell.iterchildren():
        if child.tag == f"{_W}tbl":
            parts.append("; ".join(_table_lines(child)))
        else:
            parts.extend(_block_lines_of(child))
    return " ".join(part.strip() for part in parts if part.strip())


def _block_lines_of(element: Any) -> Iterator[str]:
    if element.tag == f"{_W}p":
        yield paragraph_text(element)
    elif element.tag in _WRAPPERS:
        yield from _block_lines(element)


def paragraph_text(paragraph: Any) -> str:
    """The text of one <w:p>: runs, tabs, breaks and checkboxes, without deleted text.

    Line breaks inside a paragraph become spaces, so one paragraph stays one line.
    """
    return "".join(_run_pieces(paragraph)).replace("\n", " ")


def _run_pieces(element: Any) -> Iterator[str]:
    for child in element.iterchildren():
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIPPED:
            continue
        if tag == f"{_W}t":
            yield child.text or ""
        elif tag == f"{_W}tab":
            yield "\t"
        elif tag in (f"{_W}br", f"{_W}cr"):
            yield "\n"
        elif tag == f"{_W}sdt" and (ticked := _content_control_checkbox(child)) is not None:
            yield _marker(ticked) + " "
        elif tag == f"{_W}fldChar":
            yield from _legacy_checkbox(child)
        else:
            yield from _run_pieces(child)


def _content_control_checkbox(sdt: Any) -> bool | None:
    """True/False for a w14:checkbox content control, None for any other control."""
    for box in sdt.iter(f"{_W14}checkbox"):
        for checked in box.iter(f"{_W14}checked"):
            return (checked.get(f"{_W14}val") or "1").lower() in _TRUE
        return False
    return None


def _legacy_checkbox(field_char: Any) -> Iterator[str]:
    """The marker for a legacy FORMCHECKBOX field (w:checked wins over w:default)."""
    for box in field_char.iter(f"{_W}checkBox"):
        state = False
        for setting in (f"{_W}default", f"{_W}checked"):
            for element in box.iter(setting):
                state = (element.get(f"{_W}val") or "1").lower() in _TRUE
        yield _marker(state) + " "


def _marker(checked: bool) -> str:
    return CHECKED if checked else UNCHECKED


def _header_footer_lines(document: Any) -> list[str]:
    """Distinct non-empty lines of the section headers and footers."""
    seen: dict[str, None] = {}
    for section in document.sections:
        for part in (section.header, section.footer, section.first_page_header, section.first_page_footer):
            if part.is_linked_to_previous:
                continue
            for line in _block_lines(part._element):
                if line.strip():
                    seen.setdefault(line, None)
    return list(seen)


def _core_meta(document: Any) -> dict[str, str]:
    properties = document.core_properties
    meta = {}
    for key, value in (("title", properties.title), ("author", properties.author)):
        if value and str(value).strip():
            meta[key] = str(value).strip()
    return meta
