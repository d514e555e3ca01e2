"""The `export` command: JSON records, CSV tables, a spreadsheet, or a scoring set."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from foitrack import console
from foitrack import db as store
from foitrack.cli import DEFAULT_DB, DbPath, Output, _destination, _not_the_database, _opened, app
from foitrack.errors import FoitrackError
from foitrack.export import write_rows


class ExportFormat(StrEnum):
    json = "json"
    csv = "csv"
    nl = "nl"
    xlsx = "xlsx"
    gold = "gold"


@app.command()
def export(
    fmt: Annotated[ExportFormat, typer.Argument(help="json (one record per document), csv, nl, xlsx or gold.")],
    folder: Annotated[Path | None, typer.Argument(help="For gold: the folder to write into.")] = None,
    db: DbPath = DEFAULT_DB,
    table: Annotated[
        str, typer.Option("--table", "-t", help="For csv/nl: documents, answers, amounts, exemptions or dates.")
    ] = "documents",
    output: Output = None,
    bom: Annotated[bool, typer.Option("--bom", help="Start CSV with a byte-order mark (for Excel).")] = False,
) -> None:
    """Export the database: JSON records in the corpus schema, or tidy CSV tables.

    CSV and XLSX cells that a spreadsheet would run as formulas are made inert.
    xlsx writes every table, one sheet each, to the file named by -o. gold writes each reply's
    text (NAME.txt) and its corrected fields (NAME.gold.json) into FOLDER, a scoring set for
    ../shared/tools/score.py.
    """
    if fmt is ExportFormat.gold:
        _export_gold(db, folder or output)
        return
    if folder is not None:
        raise FoitrackError(f"a folder is only for `export gold`: for {fmt.value} use -o FILE")
    _not_the_database(output, db)
    if fmt is ExportFormat.xlsx:
        _export_xlsx(db, output)
        return
    with _opened(db, read_only=True) as database, _destination(output) as out:
        if fmt is ExportFormat.json:
            write_rows(store.export_records(database), "json", out)
        else:
            write_rows(store.table_rows(database, table), fmt.value, out, bom=bom)


def _export_gold(db: Path, folder: Path | None) -> None:
    from foitrack.gold import write_gold

    if folder is None:
        raise FoitrackError("gold needs a folder: foitrack export gold DIR")
    with _opened(db) as database:
        summary = write_gold(database, folder)
    for reason in summary.skipped:
        console.warning(f"not written: {reason}")
    console.info(
        f"Wrote {summary.written} replies to {folder} ({summary.checked_fields} values checked by a person); "
        f"score them with: python3 ../shared/tools/score.py {folder} --foitrack foitrack"
    )


def _export_xlsx(db: Path, output: Path | None) -> None:
    from foitrack.export import write_xlsx

    if output is None:
        raise FoitrackError("xlsx needs a file: add -o replies.xlsx")
    with _opened(db, read_only=True) as database:
        sheets = {table: list(store.table_rows(database, table)) for table in store.EXPORT_TABLES}
    try:
        write_xlsx(sheets, output)
    except OSError as error:
        raise FoitrackError(f"{output}: cannot write: {error.strerror or error}") from error
    console.info(f"Wrote {output}: " + ", ".join(f"{len(rows)} {name}" for name, rows in sheets.items()))
