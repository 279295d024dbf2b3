"""Word tables as offices lay them out, for the tests that make real DOCX files: the header
and the signature block in borderless tables, each cell several paragraphs."""

from __future__ import annotations

from docx.oxml.ns import qn
from docx.table import Table, _Cell


def borderless(table: Table) -> None:
    """Take the table's borders away, as a header table has none."""
    borders = table._tbl.tblPr.find(qn("w:tblBorders"))
    if borders is not None:
        table._tbl.tblPr.remove(borders)


def fill(cell: _Cell, lines: list[str]) -> None:
    """``lines`` as the cell's paragraphs, one each."""
    cell.text = lines[0]
    for line in lines[1:]:
        cell.add_paragraph(line)
