"""The stories of an RTF file as ``rtf`` reads them (the main text, the footnotes, the
endnotes): paragraphs, and tables as python-docx presents a DOCX's, merged cells included."""

from __future__ import annotations

from dataclasses import dataclass, field

from assistant.ingest.notes import notes_last
from assistant.ingest.word import looks_laid_out
from assistant.ingest.word97 import Grid

VMERGED, HMERGED = 1, 2  # a cell continuing the one above (\clvmrg), the one before (\clmrg)


@dataclass
class _Row:
    cells: list[list[str]]
    bounds: list[tuple[int, int, int]]  # each cell's left and right edge and merge flags


@dataclass
class Story:
    """One flow of text (the main text, the footnotes, the endnotes) as it is read."""

    blocks: list[str | Grid] = field(default_factory=list)
    line: list[str] = field(default_factory=list)
    rows: list[_Row] = field(default_factory=list)
    row: list[list[str]] = field(default_factory=list)
    cell: list[str] = field(default_factory=list)
    bounds: list[tuple[int, int, int]] = field(default_factory=list)  # the row's \cellx
    left: int = 0
    flags: int = 0

    def take(self) -> str:
        text = notes_last("".join(self.line))  # (the notes marked in it at its end)
        self.line = []
        return text

    def paragraph(self, in_table: bool) -> None:
        text = self.take()
        if in_table:
            if text:
                self.cell.append(text)
            return
        self.end_table()
        self.blocks.append(text)

    def end_cell(self) -> None:
        text = self.take()
        if text:
            self.cell.append(text)
        self.row.append(self.cell)
        self.cell = []

    def end_row(self) -> None:
        row = _Row(self.row, list(self.bounds))
        if self.rows and _apart(self.rows[-1], row):
            self.blocks.append(_grid(self.rows))
            self.rows = []
        self.rows.append(row)
        self.row = []

    def end_table(self) -> None:
        if self.row or self.cell:
            self.rows.append(_Row([*self.row, *([self.cell] if self.cell else [])], []))
        if self.rows:
            self.blocks.append(_grid(self.rows))
        self.rows, self.row, self.cell = [], [], []

    def end(self) -> list[str | Grid]:
        if self.line:
            self.paragraph(False)
        self.end_table()
        return self.blocks


def _apart(previous: _Row, row: _Row) -> bool:
    """Whether ``row`` starts another table: two tables with no paragraph between (a table
    of figures, then the signature block's) are one run of rows in RTF, but a row of one
    table shares cell edges with the next (the table's right edge at least)."""
    edges = {right for _, right, _ in previous.bounds}
    return bool(edges) and bool(row.bounds) and not edges & {right for _, right, _ in row.bounds}


def _grid(rows: list[_Row]) -> Grid:
    """A table's rows as python-docx presents a DOCX's: a merged cell once in its row (a
    horizontal merge) and, where it spans rows, again in each row it spans; a layout table
    is read column by column (``grid_lines``), so there a merged cell is read once, where it
    starts, and its columns are kept apart."""
    edges = sorted({right for row in rows for _, right, _ in row.bounds})
    above: dict[tuple[int, int], list[str]] = {}  # by its edges, a cell rows below continue
    placed: list[list[tuple[list[str], int, bool]]] = []  # paragraphs, columns, continued
    for row in rows:
        bounds = row.bounds if len(row.bounds) == len(row.cells) else [(0, 0, 0)] * len(row.cells)
        cells: list[tuple[list[str], int, bool]] = []
        for paragraphs, (left, right, flags) in zip(row.cells, bounds, strict=True):
            span = sum(1 for edge in edges if left < edge <= right) or 1
            if flags & HMERGED and cells:  # merged into the cell before it
                first, columns, continued = cells[-1]
                cells[-1] = (first, columns + span, continued)
            elif flags & VMERGED and (left, right) in above:
                cells.append((above[left, right], span, True))
            else:
                above[left, right] = paragraphs
                cells.append((paragraphs, span, False))
        placed.append(cells)
    columns = len(edges) or max((len(cells) for cells in placed), default=0)
    texts = ("\n".join(paragraphs) for cells in placed for paragraphs, _, _ in cells)
    if not looks_laid_out(len(placed), columns, texts):
        return [[paragraphs for paragraphs, _, _ in cells] for cells in placed]
    grid: Grid = []
    for cells in placed:
        grid.append([])
        for paragraphs, span, continued in cells:
            grid[-1] += [[] if continued else paragraphs, *([] for _ in range(span - 1))]
    return grid
