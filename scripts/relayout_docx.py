"""Rewrite a DOCX with its header and signature block in borderless two-column tables.

For ``relayout_archive.py``. The document is edited in place: the header's and signature's
paragraphs are replaced by tables built like a Word template of Nghị định 30/2020/NĐ-CP;
every other paragraph and table of the body is the very element it was, in order.
"""

from __future__ import annotations

import copy
import io
import zipfile
from pathlib import Path
from typing import Any

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph
from relayout_header import (
    QUOC_HIEU,
    TIEU_NGU,
    Choice,
    Header,
    Line,
    Signature,
    find_header,
    find_signature,
    signature_note,
    signer_lines,
    split_columns,
)

LEFT_RULE, RIGHT_RULE = "_______", "_______________"
# Column widths of the header table: the issuer's side is the narrower, as in the templates.
WIDTHS = (Cm(6.5), Cm(10.0))


def body_lines(document: Any) -> tuple[list[Any], list[Line]]:
    """The body's elements (sectPr left out) and their lines; a table is one ``None`` line."""
    elements = [el for el in document.element.body.iterchildren() if el.tag != qn("w:sectPr")]
    lines: list[Line] = []
    for unit, el in enumerate(elements):
        if el.tag == qn("w:p"):
            texts = Paragraph(el, document).text.split("\n")
            lines += [Line(part, unit) for text in texts for part in split_columns(text)]
        elif el.tag == qn("w:tbl"):
            lines.append(Line(None, unit))
    return elements, lines


def relayout_docx(src: Path, dst: Path, choice: Choice) -> str:
    """Write ``src`` re-laid out to ``dst``; return the layout, or ``copied (why)``."""
    document = docx.Document(str(src))
    elements, lines = body_lines(document)
    header = find_header(lines)
    if isinstance(header, str):
        return f"copied (no header: {header})"
    footer = max(i for i, line in enumerate(lines) if line.text is None or line.text.strip())
    signature = find_signature(lines, footer, header.end)
    if signature and signature.start < header.end:
        signature = None
    note = signature_note(signature, plain=choice.plain_signature)
    if choice.plain_signature:
        signature = None
    role = ["keep"] * len(lines)
    role[header.start : header.end] = ["header"] * (header.end - header.start)
    if signature:
        role[signature.start : signature.end] = ["sign"] * (signature.end - signature.start)
    made = {
        "header": lambda: header_elements(document, header, choice.table),
        "sign": lambda: [signature_table(document, signature)] if signature else [],
    }
    order = _rebuild(document, elements, lines, role, made)
    body = document.element.body
    for el in list(body.iterchildren()):
        if el.tag != qn("w:sectPr"):
            body.remove(el)
    sect = body.find(qn("w:sectPr"))
    for el in order:
        if sect is not None:
            sect.addprevious(el)
        else:
            body.append(el)
    _save(document, src, dst)
    return f"docx-{choice.table}, {note}"


def _rebuild(
    document: Any, elements: list[Any], lines: list[Line], role: list[str], made: dict[str, Any]
) -> list[Any]:
    """The new body, in order: kept elements as they are, the tables where their lines were."""
    order: list[Any] = []
    done: set[str] = set()
    for unit, el in enumerate(elements):
        idx = [i for i, line in enumerate(lines) if line.unit == unit]
        if all(role[i] == "keep" for i in idx):
            order.append(el)
            continue
        group: list[str] = []
        for i in [*idx, None]:
            if i is not None and role[i] == "keep":
                group.append(lines[i].text or "")
                continue
            while group and not group[0].strip():
                group.pop(0)  # the blank lines the header or signature left beside it
            while group and not group[-1].strip():
                group.pop()
            if any(text.strip() for text in group):
                order.append(_paragraph_like(document, el, group))
            group = []
            if i is not None and role[i] not in done:
                done.add(role[i])
                order += made[role[i]]()
    return order


def _paragraph_like(document: Any, el: Any, texts: list[str]) -> Any:
    """A paragraph with ``el``'s properties holding the lines ``texts`` (a part of ``el``)."""
    new = copy.deepcopy(el)
    for child in list(new):
        if child.tag != qn("w:pPr"):
            new.remove(child)
    Paragraph(new, document).add_run("\n".join(texts))
    return new


def _no_borders(table: Table) -> None:
    """Set the table's borders to none (``w:tblBorders``), as the templates draw them."""
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        edge = OxmlElement(f"w:{side}")
        edge.set(qn("w:val"), "nil")
        borders.append(edge)
    tbl_pr.append(borders)


def _table(document: Any, rows: int) -> Table:
    table = document.add_table(rows=rows, cols=2)
    table.autofit = False
    _no_borders(table)
    for column, width in zip(table.columns, WIDTHS, strict=True):
        column.width = width  # the grid, which a fixed layout follows
    for row in table.rows:
        for cell, width in zip(row.cells, WIDTHS, strict=True):
            cell.width = width
    return table


def _put(
    cell: _Cell, texts: list[tuple[str, str]], *, align: Any = WD_ALIGN_PARAGRAPH.CENTER
) -> None:
    """Fill a cell with paragraphs: (text, style) where style holds ``b`` bold, ``i`` italic."""
    for n, (text, style) in enumerate(texts):
        paragraph = cell.paragraphs[0] if n == 0 and not cell.paragraphs[0].text else None
        paragraph = paragraph or cell.add_paragraph()
        paragraph.alignment = align
        paragraph.paragraph_format.space_after = Pt(0)
        run = paragraph.add_run(text)
        run.bold, run.italic = "b" in style or None, "i" in style or None


def header_elements(document: Any, header: Header, layout: str) -> list[Any]:
    """The header table in layout ``a``, ``b`` or ``c``, then the type line and trích yếu."""
    last = len(header.issuer) - 1
    issuer = [(text, "b" if n == last else "") for n, text in enumerate(header.issuer)]
    top_left = [*issuer, (LEFT_RULE, "")]
    number = [(header.number, "")] + ([(s, "") for s in header.subject] if not header.kind else [])
    top_right = [(QUOC_HIEU, "b"), (TIEU_NGU, "b"), (RIGHT_RULE, "")]
    date = [(header.date, "i")]
    if layout == "a":
        table = _table(document, 1)
        _put(table.cell(0, 0), top_left + number)
        _put(table.cell(0, 1), top_right + date)
    else:
        table = _table(document, 2)
        if layout == "c":
            _put(table.cell(0, 0).merge(table.cell(1, 0)), top_left + number)
        else:
            _put(table.cell(0, 0), top_left)
            _put(table.cell(1, 0), number)
        _put(table.cell(0, 1), top_right)
        _put(table.cell(1, 1), date)
    out = [table._tbl]
    if header.draft:  # a draft's mark stands above the header, on the right
        paragraph = document.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        paragraph.add_run(header.draft).bold = True
        out.insert(0, paragraph._p)
    if header.kind:
        for text in (header.kind, "\n".join(header.subject)):
            if text:
                paragraph = document.add_paragraph()
                paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
                paragraph.add_run(text).bold = True
                out.append(paragraph._p)
    return out


def signature_table(document: Any, signature: Signature | None) -> Any:
    """The signature block: "Nơi nhận:" and its lines left, the signer right."""
    assert signature is not None
    table = _table(document, 1)
    left = [(text.strip(), "bi" if n == 0 else "") for n, text in enumerate(signature.recipients)]
    _put(table.cell(0, 0), left, align=WD_ALIGN_PARAGRAPH.LEFT)
    right = [(text, style.lower()) for text, style in signer_lines(signature.signer)]
    _put(table.cell(0, 1), right)
    return table._tbl


def _save(document: Any, src: Path, dst: Path) -> None:
    """Save with the source's zip timestamps, so two runs give the same bytes."""
    with zipfile.ZipFile(src) as source:
        stamp = source.infolist()[0].date_time
    buffer = io.BytesIO()
    document.save(buffer)
    with zipfile.ZipFile(buffer) as built, zipfile.ZipFile(dst, "w") as out:
        for info in built.infolist():
            member = zipfile.ZipInfo(info.filename, date_time=stamp)
            member.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(member, built.read(info.filename))
