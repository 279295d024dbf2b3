"""OpenDocument spreadsheets (``.ods``, flat ``.fods``): the annexes of figures an office keeps
in LibreOffice Calc, read as ``sheet.read_sheet`` reads an Excel workbook — the sheet's name
where there are several, a line per row, cells joined by `` | ``, numbers shown the Vietnamese
way. The package is opened and its styles read by ``odf``.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.errors import LoadError
from assistant.ingest.odf import (
    BOOLEAN,
    CELLS,
    ROW_GROUPS,
    Reader,
    Styles,
    document_body,
    open_package,
    q,
    repeats,
)
from assistant.ingest.sheet import MAX_ROWS, shown, workbook_text

# Columns read from a sheet's row, at most: an annex has a few dozen, and a sheet declares its
# 16,384 empty ones with one repeated cell.
MAX_COLUMNS = 1_024
# Cells read from a workbook, at most (a hundred annexes' worth): a few hundred bytes of
# repeated rows and cells would otherwise make gigabytes of text.
MAX_CELLS = 2_000_000


# A truth value as LibreOffice saves one from a workbook: 1 or 0, by a formula TRUE() or
# FALSE() (its text "TRUE" in an English LibreOffice, "ĐÚNG" in a Vietnamese one).
_TRUTH_FORMULA = re.compile(r"(?:of:|msoxl:)?=(?:TRUE|FALSE)\(\)", re.IGNORECASE)


def _truth(cell: Any, kind: str | None, styles: Styles, style: str | None) -> bool:
    """Whether a cell holds a truth value: of the boolean type, or a number in a boolean
    format (``number:boolean-style``) or given by TRUE() or FALSE()."""
    if kind == "boolean":
        return True
    if kind != "float":
        return False
    formula = cell.get(q("table:formula")) or ""
    return bool(_TRUTH_FORMULA.fullmatch(formula)) or styles.number_format(style) == BOOLEAN


def _cell_shown(cell: Any, styles: Styles, style: str | None) -> str:
    """A sheet cell as ``sheet.shown`` shows an Excel cell: a number from its value in its
    format, the Vietnamese way, as an XLSX's is — the cell's own text is in the locale of the
    computer that saved it, and an English one's "1,234" (a thousand and more) reads as a
    decimal to a Vietnamese reader; a Vietnamese one's is what this gives. A truth value as
    an Excel one ("có", "không"), whatever the locale's word. Text as shown."""
    kind = cell.get(q("office:value-type"))
    value = cell.get(q("office:value"))
    try:
        if _truth(cell, kind, styles, style):
            if kind == "boolean":
                return shown(cell.get(q("office:boolean-value")) == "true")
            return shown(float(value or "0") != 0)
        if kind in ("float", "percentage", "currency") and value is not None:
            return shown(float(value), styles.number_format(style))
        if kind == "date" and cell.get(q("office:date-value")):
            return shown(dt.datetime.fromisoformat(cell.get(q("office:date-value"))[:19]))
    except ValueError:
        pass  # a value that does not parse: the text shown
    # its paragraphs (a comment's, in an office:annotation, are not the cell's)
    paragraphs = Reader(styles).blocks(cell)
    return " ".join(" ".join(p for p in paragraphs if isinstance(p, str)).split())


@dataclass
class _Columns:
    """A sheet's columns' default cell styles, by column number (repeats kept as ranges)."""

    starts: list[int] = field(default_factory=list)
    styles: list[str | None] = field(default_factory=list)

    @classmethod
    def of(cls, table: Any) -> _Columns:
        columns = cls()
        at = 0
        for column in table.iter(q("table:table-column")):
            columns.starts.append(at)
            columns.styles.append(column.get(q("table:default-cell-style-name")))
            at += repeats(column, "table:number-columns-repeated", 2**20)
        return columns

    def style(self, column: int) -> str | None:
        i = bisect_right(self.starts, column) - 1
        return self.styles[i] if i >= 0 else None


def _sheet_rows(table: Any, styles: Styles, read: list[int]) -> Iterator[list[str]]:
    """A sheet's rows as lists of shown cells. Empty rows and cells, which a sheet declares
    by the million with one repeated element, are only counted, and given where a row or
    cell with text follows them (at most ``MAX_ROWS`` rows, ``MAX_COLUMNS`` cells, and
    ``MAX_CELLS`` in the workbook, counted in ``read``)."""
    if read[0] >= MAX_CELLS:  # an earlier sheet said the workbook goes on
        return
    columns = _Columns.of(table)
    given = empty = 0
    for row in _sheet_row_elements(table):
        cells: list[str] = []
        blank = 0
        for cell in row:
            if cell.tag not in CELLS:
                continue
            repeat = repeats(cell, "table:number-columns-repeated", 2**20)
            style = cell.get(q("table:style-name")) or columns.style(len(cells) + blank)
            text = _cell_shown(cell, styles, style) if cell.tag == q("table:table-cell") else ""
            if not text:
                blank += repeat
                continue
            cells += [""] * min(blank, MAX_COLUMNS - len(cells))
            cells += [text] * min(repeat, MAX_COLUMNS - len(cells))
            blank = 0
        repeat = repeats(row, "table:number-rows-repeated", 2**20)
        if not cells:
            empty += repeat
            continue
        for _ in range(min(empty, MAX_ROWS + 1 - given)):
            given += 1
            yield []
        empty = 0
        for _ in range(min(repeat, MAX_ROWS + 1 - given)):
            if read[0] >= MAX_CELLS:
                yield [f"(… the workbook goes on past {MAX_CELLS:,} cells, not read)"]
                return
            read[0] += len(cells)
            given += 1
            yield list(cells)
        if given > MAX_ROWS:
            return


def _sheet_row_elements(table: Any) -> Iterator[Any]:
    for child in table:
        if child.tag in ROW_GROUPS:
            yield from _sheet_row_elements(child)
        elif child.tag == q("table:table-row"):
            yield child


def read_ods(path: Path, name: str, *, max_bytes: int) -> str:
    """An OpenDocument spreadsheet's visible sheets as ``sheet.read_sheet`` reads a workbook:
    the sheet's name first where there are several, then a line per row, cells joined by
    `` | ``, numbers shown the Vietnamese way.

    Raises:
        LoadError: not an OpenDocument file, a damaged or encrypted one, one of another kind
            (a text document: read it with ``read_odt_blocks``), or a zip bomb.
    """
    package = open_package(path, name, max_bytes=max_bytes, suffix=".ods")
    if package.kind != ".ods":
        raise LoadError(name, "is an OpenDocument text document: read it as one (.odt)")
    styles = Styles.of(package)
    sheets = []
    read = [0]  # cells read from the workbook
    for table in document_body(package, "office:spreadsheet").iterfind(q("table:table")):
        if styles.sheet_hidden(table.get(q("table:style-name"))):
            continue
        sheets.append((table.get(q("table:name"), ""), _sheet_rows(table, styles, read)))
    return workbook_text(sheets)
