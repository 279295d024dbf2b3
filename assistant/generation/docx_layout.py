"""The layout of an administrative text, Nghị định 30/2020/NĐ-CP, Phụ lục I, in Word.

A4 (210 x 297 mm), margins 20 mm top and bottom, 30 mm left, 15 mm right; Times New
Roman (Latin, East Asian and complex-script slots alike, so Word never falls back),
13-14 pt; the header table with the issuer block (ô 2, 3) and the Quốc hiệu and Tiêu
ngữ (ô 1) above the place and date (ô 4); the kind and trích yếu (ô 5a) centred;
Nơi nhận (ô 9b) bottom left and the signature block (ô 7) bottom right; page numbers
centred in the top margin from page 2.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.errors import AssistantError, ConfigError

FONT = "Times New Roman"
BODY_PT = 14
PAGE_MM = (210, 297)
# (top, bottom, left, right) in mm: inside the ranges of Phụ lục I, mục I.3.
MARGINS_MM = (20, 20, 30, 15)
QUOC_HIEU = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
TIEU_NGU = "Độc lập - Tự do - Hạnh phúc"
_MARK = re.compile(r"( ?⚠\[[^\]]*\])")
# Usable width 165 mm: issuer block left, Quốc hiệu block right.
_LEFT_CM, _RIGHT_CM = 6.8, 9.7


@dataclass(frozen=True)
class Letterhead:
    """Who issues the text, as its header shows it (placeholders where unknown).

    Attributes:
        superior: the cơ quan chủ quản (``UBND TỈNH HÒA AN``), None if none.
        issuer: the issuing body (``SỞ KHOA HỌC VÀ CÔNG NGHỆ``).
        symbol: the ký hiệu after the number (``BC-SKHCN``).
        place: the place of issue (``Hòa An``).
    """

    superior: str | None = "TÊN CƠ QUAN CHỦ QUẢN"
    issuer: str | None = "TÊN CƠ QUAN BAN HÀNH"
    symbol: str = "BC"
    place: str | None = None

    def signer(self) -> tuple[str, ...]:
        """The signature block's authority lines: a Sở signs as its Giám đốc, an Ủy ban for
        its members, anyone else as its head."""
        issuer = (self.issuer or "").upper()
        if issuer.startswith("SỞ"):
            return ("GIÁM ĐỐC",)
        if issuer.startswith(("UBND", "ỦY BAN", "UỶ BAN")):
            return ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH")
        return ("THỦ TRƯỞNG CƠ QUAN",)

    def date_line(self) -> str:
        """``Hòa An, ngày … tháng … năm …``: the day is the signer's to fill in."""
        return f"{self.place or '……'}, ngày …… tháng …… năm ……"


def _docx() -> Any:
    try:
        import docx
    except ImportError as exc:
        raise ConfigError("DOCX export needs python-docx: pip install python-docx") from exc
    return docx


def new_document() -> Any:
    """An empty document on A4 with the prescribed margins, font and page numbers."""
    docx = _docx()
    from docx.shared import Mm

    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(PAGE_MM[0]), Mm(PAGE_MM[1])
    top, bottom, left, right = MARGINS_MM
    section.top_margin, section.bottom_margin = Mm(top), Mm(bottom)
    section.left_margin, section.right_margin = Mm(left), Mm(right)
    for name in ("Normal", "Heading 1", "Heading 2", "Heading 3", "Title", "List Bullet"):
        _restyle(document.styles[name], heading=name.startswith("Heading"))
    _page_numbers(section)
    return document


def _restyle(style: Any, *, heading: bool) -> None:
    from docx.shared import Pt, RGBColor

    style.font.size = Pt(BODY_PT)
    style.font.color.rgb = RGBColor(0, 0, 0)
    set_font(style.element)
    if heading:
        style.font.bold = True
        style.font.italic = False
        style.paragraph_format.space_before = Pt(6)
        style.paragraph_format.space_after = Pt(6)


def set_font(element: Any, name: str = FONT) -> None:
    """Set every font slot of a style or run element to ``name`` (theme fonts removed)."""
    from docx.oxml.ns import qn

    rpr = element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.insert(0, fonts)
    for attr in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
        fonts.attrib.pop(qn(f"w:{attr}"), None)
    for attr in ("ascii", "hAnsi", "eastAsia", "cs"):
        fonts.set(qn(f"w:{attr}"), name)


def _page_numbers(section: Any) -> None:
    """Page numbers centred in the top margin, none on the first page."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    section.different_first_page_header_footer = True
    paragraph = section.header.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    paragraph._p.append(field)


def run(paragraph: Any, text: str, *, size: float = BODY_PT, **style: bool) -> Any:
    """A run in Times New Roman of ``size`` pt, bold/italic as given."""
    from docx.shared import Pt

    r = paragraph.add_run(text)
    r.font.size = Pt(size)
    r.bold = style.get("bold")
    r.italic = style.get("italic")
    set_font(r._element)
    return r


def _line(container: Any, text: str, *, size: float, center: bool = True, **style: bool) -> Any:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    p = _fresh(container)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER if center else WD_ALIGN_PARAGRAPH.LEFT
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.space_before = Pt(0)
    for i, piece in enumerate(text.split("\n")):
        if i:
            run(p, "", size=size).add_break()
        run(p, piece, size=size, **style)
    return p


def _fresh(container: Any) -> Any:
    """A new paragraph; in a table cell, its first (empty) paragraph the first time."""
    paragraphs = container.paragraphs
    if hasattr(container, "vertical_alignment") and len(paragraphs) == 1:
        first = paragraphs[0]
        if not first.runs and not first.text:
            return first
    return container.add_paragraph()


def _rule(container: Any, indent_cm: float) -> None:
    """A short solid line under the block above (a bottom border on an indented paragraph)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    p = container.add_paragraph()
    fmt = p.paragraph_format
    fmt.left_indent = fmt.right_indent = Cm(indent_cm)
    fmt.space_after = Pt(6)
    run(p, "", size=2)
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("val", "single"), ("sz", "6"), ("space", "1"), ("color", "000000")):
        bottom.set(qn(f"w:{key}"), value)
    borders.append(bottom)
    p._p.get_or_add_pPr().append(borders)


def _table(document: Any) -> Any:
    from docx.shared import Cm

    table = document.add_table(rows=1, cols=2)
    table.autofit = False
    # Word reads the cells' widths, LibreOffice the grid's: set both.
    for column, cell, width in zip(
        table.columns, table.rows[0].cells, (_LEFT_CM, _RIGHT_CM), strict=True
    ):
        column.width = cell.width = Cm(width)
    return table


def add_header(document: Any, head: Letterhead, *, number: str = "") -> None:
    """The header table: issuer block and ``Số:`` left; Quốc hiệu, Tiêu ngữ, place, date right."""
    left, right = _table(document).rows[0].cells
    if head.superior:
        _line(left, head.superior.upper(), size=13)
    _line(left, (head.issuer or "").upper(), size=13, bold=True)
    _rule(left, 1.6)
    _line(left, f"Số: {number or '      '}/{head.symbol}", size=13)
    _line(right, QUOC_HIEU, size=13, bold=True)
    _line(right, TIEU_NGU, size=14, bold=True)
    _rule(right, 1.7)
    _line(right, head.date_line(), size=14, italic=True)


def add_title(document: Any, kind: str, subject: str) -> None:
    """The kind (``BÁO CÁO``) and the trích yếu, centred and bold, a short line under them."""
    from docx.shared import Pt

    document.add_paragraph().paragraph_format.space_after = Pt(0)
    _line(document, kind.upper(), size=14, bold=True)
    _line(document, subject, size=14, bold=True)
    _rule(document, 6.0)


def add_body_line(document: Any, line: str, *, level: int | None = None) -> None:
    """One line of the body: a heading (``level`` 1-3), a ``-``/``+`` item or a paragraph;
    markers of unverified citations set in bold red."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt, RGBColor

    if not line.strip():
        return
    if level is not None:
        document.add_heading(line.strip(), level=min(max(level, 1), 3))
        return
    item = line.lstrip()
    p = document.add_paragraph()
    fmt = p.paragraph_format
    fmt.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    fmt.first_line_indent = Cm(1.27 if not item.startswith("+ ") else 1.9)
    fmt.space_after = Pt(6)
    fmt.line_spacing = 1.15
    for part in _MARK.split(item):
        if not part:
            continue
        r = run(p, part)
        if _MARK.fullmatch(part):
            r.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
            r.bold = True


DEFAULT_RECIPIENTS = (
    "- UBND tỉnh (để báo cáo);",
    "- Sở Nội vụ (để tổng hợp);",
    "- Lưu: VT.",
)


def add_closing(
    document: Any, head: Letterhead, *, recipients: tuple[str, ...] = DEFAULT_RECIPIENTS
) -> None:
    """Nơi nhận bottom left (12 pt bold italic, list 11 pt); the signature block right."""
    from docx.shared import Pt

    document.add_paragraph().paragraph_format.space_after = Pt(0)
    left, right = _table(document).rows[0].cells
    _line(left, "Nơi nhận:", size=12, center=False, bold=True, italic=True)
    for r in recipients:
        _line(left, r, size=11, center=False)
    for authority in head.signer():
        _line(right, authority, size=14, bold=True)
    _line(right, "(Ký, ghi rõ họ tên)", size=14, italic=True)
    for _ in range(3):
        _line(right, "", size=14)
    _line(right, "……………………", size=14, bold=True)


def save(document: Any, path: Path) -> Path:
    """Write ``document`` to ``path``.

    Raises:
        AssistantError: the file cannot be written.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        document.save(str(path))
    except OSError as exc:
        raise AssistantError(f"Cannot write {path} ({exc}): choose another --docx path") from exc
    return path
