"""Rewrite a PDF as one printed from Word: header and signature block in two columns.

For ``relayout_archive.py``. The source's lines are read with pypdf (text, position, and
whether fpdf2 justified them: a justified line was wrapped, so it runs on into the next), its
paragraphs rebuilt, and the page drawn again in DejaVu Sans at the source's margins and size:
the mark, the header in two columns, the type line and trích yếu centred, the body, the
signature block in two columns, the footer, and a page number at the top of pages 2+.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import Any

from fpdf import FPDF
from pypdf import PdfReader
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

FONTS = Path("/usr/share/fonts/truetype/dejavu")
STYLES = {"": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf", "I": "DejaVuSans-Oblique.ttf",
          "BI": "DejaVuSans-BoldOblique.ttf"}
PT = 72 / 25.4  # points per mm
# The header's columns (mm): the issuer's side, then the Quốc hiệu's, each text centred.
LEFT, RIGHT = (10.0, 75.0), (85.0, 115.0)
FIXED = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)


@dataclass(frozen=True)
class SourceLine:
    """A line drawn in the source PDF: its text, place, size, and its justification."""

    text: str
    page: int
    x: float
    y: float
    size: float
    space: float | None  # the extra space per word gap (pt) of a justified line, else None


@dataclass(frozen=True)
class Geometry:
    """The source page: font size (pt), line height and margins (mm)."""

    size: float
    height: float
    left: float
    top: float
    right: float


def read_lines(reader: PdfReader) -> list[SourceLine]:
    """Every text line of the PDF, page by page, top to bottom, left to right.

    A line is one text drawn at one place: two columns drawn on one row are two lines.
    """
    out: list[SourceLine] = []
    for number, page in enumerate(reader.pages):
        spacing: dict[tuple[float, float], float | None] = {}
        texts: dict[tuple[float, float], list[Any]] = {}

        def before(op: bytes, args: list[Any], cm: Any, tm: Any) -> None:
            place = (round(tm[5], 1), round(tm[4], 1))
            if op == b"TJ":
                gaps = [-float(a) for a in args[0] if isinstance(a, (int, float))]
                spacing[place] = gaps[0] if gaps else None  # noqa: B023
            elif op == b"Tj":
                spacing.setdefault(place, None)  # noqa: B023

        def visit(text: str, cm: Any, tm: Any, font: Any, size: float) -> None:
            if text.strip():
                place = (round(tm[5], 1), round(tm[4], 1))
                texts.setdefault(place, [size, ""])[1] += text  # noqa: B023

        page.extract_text(visitor_text=visit, visitor_operand_before=before)
        for y, x in sorted(texts, key=lambda place: (-place[0], place[1])):
            size, text = texts[y, x]
            space = spacing.get((y, x))
            for part in split_columns(text) if space is None else [text]:
                out.append(SourceLine(" ".join(part.split()), number, x, y, size, space))
    return out


def geometry(lines: list[SourceLine], fpdf: FPDF) -> Geometry:
    """The source's font size, line height and margins, measured on its lines."""
    size = Counter(line.size for line in lines).most_common(1)[0][0]
    steps = Counter(
        round(a.y - b.y, 1) for a, b in pairwise(lines) if a.page == b.page
    )
    height = (steps.most_common(1)[0][0] if steps else 7 * PT) / PT
    left = Counter(round(line.x / PT, 1) for line in lines).most_common(1)[0][0] - 1
    first = lines[0]
    top = (841.89 - first.y) / PT - height / 2 - 0.3 * size / PT
    right = 20.0
    fpdf.set_font("DejaVu", size=size)
    for line in lines:
        if line.space:
            # fpdf2 widens each gap of a justified line by ``space`` thousandths of the size.
            gaps = line.text.count(" ") * line.space * size / 1000 / PT
            width = fpdf.get_string_width(line.text) + gaps
            right = round((210 - left - 2 - width) * 2) / 2
            break
    return Geometry(size, height, left, max(10.0, round(top, 1)), right)


def paragraphs(lines: list[SourceLine], height: float) -> list[str]:
    """The source's paragraphs: a justified line runs on into the next; blank lines as ""."""
    out: list[str] = []
    current: list[str] = []
    for n, line in enumerate(lines):
        previous = lines[n - 1] if n else None
        if not current and previous and previous.page == line.page:
            out += [""] * max(0, round((previous.y - line.y) / PT / height) - 1)
        current.append(line.text)
        if line.space is None:
            out.append(" ".join(current))
            current = []
    if current:
        out.append(" ".join(current))
    return out


class _Pdf(FPDF):
    """An A4 page with its number at the top centre of every page after the first."""

    body_size: float = 12

    def header(self) -> None:
        if self.page_no() > 1:
            self.set_font("DejaVu", "", self.body_size - 1)
            self.set_xy(0, 10)
            self.cell(self.w, 5, str(self.page_no()), align="C")
            self.set_xy(self.l_margin, self.t_margin)
            self.set_font("DejaVu", "", self.body_size)


def relayout_pdf(src: Path, dst: Path, choice: Choice) -> str:
    """Write ``src`` re-laid out to ``dst``; return the layout, or ``copied (why)``."""
    reader = PdfReader(src)
    source = read_lines(reader)
    if not source:
        return "copied (no header: no text in the PDF)"
    pdf = _new_pdf(reader)
    geo = geometry(source, pdf)
    paras = paragraphs(source, geo.height)
    lines = [Line(text, n) for n, text in enumerate(paras)]
    header = find_header(lines)
    if isinstance(header, str):
        return f"copied (no header: {header})"
    footer = max(n for n, text in enumerate(paras) if text.strip())
    signature = find_signature(lines, footer, header.end)
    if signature and signature.start < header.end:
        signature = None
    _draw(pdf, geo, paras, header, signature, choice)
    pdf.output(str(dst))
    kind = f"pdf-{'cells' if choice.by_cells else 'lines'}, {signature_note(signature)}"
    return kind + (", body justified" if choice.justified else "")


def _new_pdf(reader: PdfReader) -> _Pdf:
    """An empty PDF with the source's title, author and creation date, and the fonts."""
    meta = reader.metadata
    pdf = _Pdf(format="A4")
    created = meta.creation_date if meta and meta.creation_date else FIXED
    pdf.set_creation_date(created)
    if meta and meta.title:
        pdf.set_title(str(meta.title))
    if meta and meta.author:
        pdf.set_author(str(meta.author))
    for style, name in STYLES.items():
        pdf.add_font("DejaVu", style, str(FONTS / name))
    return pdf


def _draw(
    pdf: _Pdf,
    geo: Geometry,
    paras: list[str],
    header: Header,
    signature: Signature | None,
    choice: Choice,
) -> None:
    """Draw the whole document: the paragraphs, with the header and signature in columns."""
    pdf.body_size = geo.size
    pdf.set_margins(geo.left, geo.top, geo.right)
    pdf.add_page()
    align = "J" if choice.justified else "L"
    n = 0
    while n < len(paras):
        pdf.set_font("DejaVu", "", geo.size)
        if n == header.start:
            _draw_header(pdf, geo, header, choice.by_cells)
            n = header.end
            continue
        if signature and n == signature.start:
            _draw_signature(pdf, geo, signature, choice.by_cells)
            n = signature.end
            continue
        if paras[n]:
            pdf.multi_cell(0, geo.height, paras[n], align=align, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.ln(geo.height)
        n += 1


@dataclass(frozen=True)
class Item:
    """One thing drawn in a column: a line of text (None for a rule) at a row."""

    column: int
    y: float
    x: float
    width: float
    text: str | None
    style: str = ""
    align: str = "C"
    size: float = 12
    height: float = 6


def _column(
    pdf: FPDF, column: int, x: float, width: float, y: float, height: float,
    entries: list[tuple[str | None, str, float]], align: str = "C",
) -> tuple[list[Item], float]:
    """The items of one column's entries (text, style, size), wrapped to its width."""
    items: list[Item] = []
    for text, style, size in entries:
        if text is None:
            items.append(Item(column, y, x, width, None))
            y += height * 0.6
            continue
        pdf.set_font("DejaVu", style, size)
        for part in pdf.multi_cell(width, height, text, dry_run=True, output="LINES") or [""]:
            items.append(Item(column, y, x, width, part, style, align, size, height))
            y += height
    return items, y


def _paint(pdf: FPDF, items: list[Item], *, by_cells: bool) -> None:
    """Draw the items column by column, or row by row (left then right on each row)."""
    key = (lambda i: (i.column, i.y)) if by_cells else (lambda i: (round(i.y, 2), i.column))
    for item in sorted(items, key=key):
        if item.text is None:
            centre = item.x + item.width / 2
            half = 10 if item.column == 0 else 20
            pdf.line(centre - half, item.y + 1.2, centre + half, item.y + 1.2)
            continue
        if not item.text:
            continue
        pdf.set_font("DejaVu", item.style, item.size)
        pdf.set_xy(item.x, item.y)
        pdf.cell(item.width, item.height, item.text, align=item.align)


def _draw_header(pdf: _Pdf, geo: Geometry, header: Header, by_cells: bool) -> None:
    """The header in two columns, then the type line and trích yếu centred."""
    size = min(geo.size, 12)
    height = size / 2
    if header.draft:  # a draft's mark stands above the header, on the right
        pdf.set_font("DejaVu", "B", size)
        pdf.cell(0, height, header.draft, align="R", new_x="LMARGIN", new_y="NEXT")
    last = len(header.issuer) - 1
    issuer = [(t, "B" if n == last else "", size) for n, t in enumerate(header.issuer)]
    top = pdf.get_y() + height / 2
    left, y_left = _column(pdf, 0, *LEFT, top, height, [*issuer, (None, "", size)])
    right, y_right = _column(pdf, 1, *RIGHT, top, height,
                             [(QUOC_HIEU, "B", size), (TIEU_NGU, "B", size), (None, "", size)])
    below = max(y_left, y_right)
    vv = [(t, "", size) for t in header.subject] if not header.kind else []
    more, y_left = _column(pdf, 0, *LEFT, below, height, [(header.number, "", size), *vv])
    date, y_right = _column(pdf, 1, *RIGHT, below, height, [(header.date, "I", size)])
    _paint(pdf, left + more + right + date, by_cells=by_cells)
    pdf.set_xy(pdf.l_margin, max(y_left, y_right) + height)
    if header.kind:
        pdf.set_font("DejaVu", "B", geo.size)
        for text in (header.kind, *header.subject):
            pdf.multi_cell(0, height, text, align="C", new_x="LMARGIN", new_y="NEXT")
        centre = (pdf.l_margin + pdf.w - pdf.r_margin) / 2
        pdf.line(centre - 15, pdf.get_y() + 1, centre + 15, pdf.get_y() + 1)
        pdf.ln(geo.height / 2)
    pdf.ln(geo.height / 2)


def _draw_signature(pdf: _Pdf, geo: Geometry, signature: Signature, by_cells: bool) -> None:
    """The signature block: "Nơi nhận:" and its lines left, the signer centred right."""
    size, height = geo.size, geo.height
    small = size - 1
    recipients = [
        (t.strip(), "BI" if n == 0 else "", small if n == 0 else small - 1)
        for n, t in enumerate(signature.recipients)
    ]
    signer = [(text, style, size) for text, style in signer_lines(signature.signer)]
    width_left, width_right = 100 - pdf.l_margin, pdf.w - pdf.r_margin - 100
    height *= 0.85  # one row height on both sides, so a row's two texts share a baseline
    rows = max(len(recipients), len(signer)) * height + 4
    if pdf.get_y() + rows > pdf.page_break_trigger:
        pdf.add_page()
    top = pdf.get_y() + height / 2
    left, y_left = _column(pdf, 0, pdf.l_margin, width_left, top, height, recipients, "L")
    right, y_right = _column(pdf, 1, 100, width_right, top, height, signer)
    _paint(pdf, left + right, by_cells=by_cells)
    pdf.set_xy(pdf.l_margin, max(y_left, y_right) + height / 2)
