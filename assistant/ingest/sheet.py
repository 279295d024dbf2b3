"""Spreadsheet loading (``.xlsx`` with openpyxl, ``.xls`` with xlrd): the annexes of figures
an office keeps in Excel ("Phụ lục: kết quả giải quyết hồ sơ TTHC năm 2022"), read as a
table is read from a Word file — a line per row, the cells joined by `` | `` — with each
number shown as the sheet shows it, the Vietnamese way ("1.234", "98,5%", "12/3/2022").
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from assistant.errors import LoadError
from assistant.ingest.word import check_zip

# Rows read from one sheet, at most: a sheet of figures holds far fewer; a larger one is a
# data export, whose first rows say what it is.
MAX_ROWS = 20_000
_DECIMALS = re.compile(r"\.(0+)")


def _number(value: float, number_format: str) -> str:
    """``value`` as a Vietnamese reader sees it under ``number_format``: a dot between
    thousands where the format groups them, a decimal comma, a percent sign."""
    percent = "%" in number_format
    if percent:
        value *= 100
    found = _DECIMALS.search(number_format.split(";")[0])
    if found:
        decimals = len(found.group(1))
    elif percent or float(value).is_integer():
        decimals = 0
    else:  # "General": as many decimals as the value has, up to 10 significant digits
        text = f"{value:.10g}"
        return text.replace(".", ",") + ("%" if percent else "")
    grouped = "," in number_format
    text = f"{value:,.{decimals}f}" if grouped else f"{value:.{decimals}f}"
    text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text + ("%" if percent else "")


def shown(value: Any, number_format: str = "General") -> str:
    """A cell's value as the sheet shows it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "có" if value else "không"
    if isinstance(value, dt.datetime):
        if value.time() == dt.time():
            return f"{value.day:02d}/{value.month:02d}/{value.year}"
        return f"{value.day:02d}/{value.month:02d}/{value.year} {value:%H:%M}"
    if isinstance(value, dt.date):
        return f"{value.day:02d}/{value.month:02d}/{value.year}"
    if isinstance(value, int | float):
        return _number(float(value), number_format)
    return " ".join(str(value).split())


def _lines(rows: Iterable[list[str]]) -> list[str]:
    """A line per row with text: its cells joined by `` | ``, empty ones at the end dropped."""
    lines = []
    for n, cells in enumerate(rows):
        if n >= MAX_ROWS:
            lines.append(f"(… the sheet goes on past {MAX_ROWS:,} rows, not read)")
            break
        while cells and not cells[-1]:
            cells.pop()
        if any(cells):
            lines.append(" | ".join(cells))
    return lines


def _xlsx_sheets(path: Path) -> Iterator[tuple[str, Iterable[list[str]]]]:
    import openpyxl

    # openpyxl refuses a name not ending .xlsx (a workbook renamed .xls or .ods): its bytes
    source = path if path.suffix.lower() == ".xlsx" else io.BytesIO(path.read_bytes())
    book = openpyxl.load_workbook(source, read_only=True, data_only=True)
    try:
        for sheet in book.worksheets:
            if getattr(sheet, "sheet_state", "visible") != "visible":
                continue
            rows = (
                [shown(c.value, getattr(c, "number_format", "General")) for c in row]
                for row in sheet.iter_rows()
            )
            yield sheet.title, rows
    finally:
        book.close()


def _xls_sheets(path: Path) -> Iterator[tuple[str, Iterable[list[str]]]]:
    import xlrd

    book = xlrd.open_workbook(str(path), formatting_info=True, on_demand=True)
    try:
        for index in range(book.nsheets):
            sheet = book.sheet_by_index(index)
            if sheet.visibility:
                continue

            def rows(sheet: Any = sheet) -> Iterator[list[str]]:
                for r in range(sheet.nrows):
                    cells = []
                    for c in range(sheet.ncols):
                        cell = sheet.cell(r, c)
                        fmt = book.format_map.get(book.xf_list[cell.xf_index].format_key)
                        number_format = fmt.format_str if fmt is not None else "General"
                        if cell.ctype == xlrd.XL_CELL_DATE:
                            value: Any = xlrd.xldate_as_datetime(cell.value, book.datemode)
                        elif cell.ctype == xlrd.XL_CELL_BOOLEAN:
                            value = bool(cell.value)
                        elif cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
                            value = None
                        elif cell.ctype == xlrd.XL_CELL_ERROR:
                            value = ""
                        else:
                            value = cell.value
                        cells.append(shown(value, number_format))
                    yield cells

            yield sheet.name, rows()
            book.unload_sheet(index)
    finally:
        book.release_resources()


def read_sheet(path: Path, name: str, *, max_bytes: int, kind: str | None = None) -> str:
    """The text of a workbook's visible sheets: the sheet's name first where there are
    several, then a line per row (``kind``: ".xlsx" or ".xls", what the file holds; by
    default what its name says).

    Raises:
        LoadError: not a workbook of its kind, a damaged one, or a zip bomb.
    """
    xlsx = (kind or path.suffix.lower()) == ".xlsx"
    if xlsx:
        check_zip(path, name, max_bytes=max_bytes, kind=".xlsx", app="Excel")
    try:
        read = _xlsx_sheets if xlsx else _xls_sheets
        text = workbook_text(read(path))
    except OSError:
        raise
    # openpyxl and xlrd raise many kinds of error on damaged files
    except Exception as exc:
        raise LoadError(
            name,
            f"is not a readable Excel workbook ({exc}): open it in Excel or LibreOffice "
            "and save it as .xlsx",
        ) from exc
    return text


def workbook_text(sheets: Iterable[tuple[str, Iterable[list[str]]]]) -> str:
    """Sheets (a title, rows of shown cells) as text: the sheet's name first where several
    have rows, then a line per row."""
    shown_sheets = [(title, lines) for title, rows in sheets if (lines := _lines(rows))]
    blocks = []
    for title, lines in shown_sheets:
        head = [title] if len(shown_sheets) > 1 else []
        blocks.append("\n".join([*head, *lines]))
    return "\n\n".join(blocks)
