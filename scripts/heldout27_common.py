"""Twenty-seventh held-out archive: what its files share. The Sở Y tế of tỉnh Khánh Lâm
(fictional), January 2023 – November 2026. Do not tune on it.

Its focus is A DEPARTMENT THAT REPORTS BY QUARTER AND KEEPS ITS SIGNED DOCUMENTS AS SCANS: the
quarterly CCHC reports (quý I, 6 tháng, quý III / 9 tháng, năm) with the quarter's figures and the
cumulative ones, comparisons with the quarter before and the same quarter of the year before, a
quarter's figure corrected in the next report, tables of quarters (DOCX tables, and one PDF row
with the quarters on one line), a figure only in a footnote; and SCANNED PDFs without any text
layer (page images rendered here with Pillow: a red round stamp over the signer's name, a slight
skew on one, speckle on one, two pages on one), some beside the unsigned Word file they were made
from. The marks, signers, grounds and writers are here; the texts in ``heldout27_early.py`` and
``heldout27_late.py``; facts in ``bench/data/heldout27_archive_truth.json``.
"""

# ruff: noqa: E501

from __future__ import annotations

import datetime as dt
import html
import io
import math
import random
import re
import time
from dataclasses import dataclass, field
from pathlib import Path

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont
from sample_header import _rezip

MARK = "[MẪU — văn bản hư cấu: tỉnh Khánh Lâm, Sở Y tế tỉnh Khánh Lâm và mọi cá nhân nêu tên đều không có thật; không có giá trị pháp lý]"
FOOTER = "[Hết — TÀI LIỆU MẪU hư cấu do scripts/make_heldout27_archive.py tạo; tỉnh Khánh Lâm không có thật; MẪU]"
SO = ("UBND TỈNH KHÁNH LÂM", "SỞ Y TẾ")
UB = ("ỦY BAN NHÂN DÂN", "TỈNH KHÁNH LÂM")
PLACE = "Khánh Lâm"
QUOC_HIEU = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
TIEU_NGU = "Độc lập - Tự do - Hạnh phúc"
RULE_L = "————"
RULE_R = "———————————"
FIXED = dt.datetime(2026, 11, 25, tzinfo=dt.UTC)
FONTS = Path("/usr/share/fonts/truetype/dejavu")

# Signers. Sở Y tế: Giám đốc Trần Minh Khôi; Phó Giám đốc Nguyễn Thị Lan Phương (cải cách hành
# chính, văn phòng, tài chính) and Đặng Quốc Hưng (nghiệp vụ y, an toàn thực phẩm). UBND tỉnh:
# Phó Chủ tịch Lê Văn Thạc.
KHOI = ("GIÁM ĐỐC", "(Đã ký)", "Trần Minh Khôi")
PHUONG = ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(Đã ký)", "Nguyễn Thị Lan Phương")
HUNG = ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(Đã ký)", "Đặng Quốc Hưng")
THAC = ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "(Đã ký)", "Lê Văn Thạc")
SIGNERS = {KHOI: "Trần Minh Khôi", PHUONG: "Nguyễn Thị Lan Phương", HUNG: "Đặng Quốc Hưng", THAC: "Lê Văn Thạc"}

NQ76 = "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;"
ND61B = "Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính, được sửa đổi, bổ sung bởi Nghị định số 107/2021/NĐ-CP ngày 06/12/2021 của Chính phủ;"
ND61 = "Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính;"
ND45 = "Căn cứ Nghị định số 45/2020/NĐ-CP ngày 08/4/2020 của Chính phủ về thực hiện thủ tục hành chính trên môi trường điện tử;"
ND30 = "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;"
# The Sở's functions: 28/2021/QĐ-UBND (cited only) until 15/2025/QĐ-UBND (cited only).
FUNCS_OLD = "Căn cứ Quyết định số 28/2021/QĐ-UBND ngày 15/9/2021 của UBND tỉnh Khánh Lâm quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Y tế tỉnh Khánh Lâm;"
FUNCS_NEW = "Căn cứ Quyết định số 15/2025/QĐ-UBND ngày 28/8/2025 của UBND tỉnh Khánh Lâm quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Y tế tỉnh Khánh Lâm;"
GD_WHO = "GIÁM ĐỐC SỞ Y TẾ TỈNH KHÁNH LÂM"
CT_WHO = "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH KHÁNH LÂM"
TO_QD = ("- Như Điều 3;", "- UBND tỉnh (để b/c);", "- Giám đốc, các Phó Giám đốc Sở;", "- Lưu: VT, VP.")
TO_PAPER = ("- Các phòng thuộc Sở;", "- Lưu: VT, VP.")
TO_REPORT = ("- UBND tỉnh (để b/c);", "- Sở Nội vụ (để t/h);", "- Giám đốc, các Phó Giám đốc Sở;", "- Lưu: VT, VP.")
TO_UNITS = ("- Như trên;", "- Giám đốc Sở (để b/c);", "- Lưu: VT, NVY.")


def vn_date(iso: str) -> str:
    """'ngày 05 tháng 3 năm 2025' as a clerk prints it: a 0 before a day under 10 and before
    the months 1 and 2."""
    year, month, day = (int(x) for x in iso.split("-"))
    mm = f"{month:02d}" if month < 3 else str(month)
    return f"ngày {day:02d} tháng {mm} năm {year}"


KINDS = {"QUYẾT ĐỊNH": "Quyết định", "KẾ HOẠCH": "Kế hoạch", "BÁO CÁO": "Báo cáo", "TỜ TRÌNH": "Tờ trình", "THÔNG BÁO": "Thông báo", "": "Công văn"}


@dataclass
class Doc:
    """One document of the archive.

    Attributes:
        file: its name as staff saved it (for a scan, as the scanner named it).
        fmt: ``docx``, ``pdf`` (a text layer), ``scan`` (page images only, no text layer),
            ``txt`` (plain UTF-8), ``eoffice`` (an e-office export).
        number, iso, kind, subject: ``Số:``, the date, the type line (empty for a Công văn), the
            trích yếu (a Công văn's V/v without "V/v").
        body: paragraphs separated by blank lines; ``[[TABLE]]`` where ``table`` goes (a DOCX
            table; lines joined by " | " elsewhere); ``[[ROW]]…`` a line printed on ONE line
            of a PDF; ``[^n]`` a footnote mark (DOCX only; the note in ``footnotes``).
        scan: for ``scan``: ``dpi``, ``mode`` ('L' grey or 'RGB' colour), ``skew`` (degrees),
            ``noise`` (speckle), ``seed``.
        word: the unsigned Word file kept beside a scan (a second file of the same document);
            ``word_blank``: that Word file still has the number and the day blank.
    """

    file: str
    fmt: str
    number: str
    iso: str
    kind: str
    subject: str
    body: str
    signer: tuple[str, ...]
    to: tuple[str, ...] = TO_PAPER
    issuer: tuple[str, ...] = SO
    kinh_gui: str = ""
    table: list[list[str]] | None = None
    footnotes: list[str] = field(default_factory=list)
    annex: str = ""
    scan: dict | None = None
    word: str = ""
    word_blank: bool = False

    @property
    def date(self) -> str:
        return f"{PLACE}, {vn_date(self.iso)}"

    def left(self, blank: bool = False) -> list[str]:
        number = "     /" + self.number.split("/", 1)[1] if blank else self.number
        lines = [*self.issuer, RULE_L, f"Số: {number}"]
        if not self.kind:
            lines.append(f"V/v {self.subject}")
        return lines

    def right(self, blank: bool = False) -> list[str]:
        date = f"{PLACE}, ngày      tháng      năm {self.iso[:4]}" if blank else self.date
        return [QUOC_HIEU, TIEU_NGU, RULE_R, date]

    def heading(self) -> list[str]:
        if self.kind:
            return [self.kind, self.subject, "————"]
        return [f"Kính gửi: {self.kinh_gui}"]

    def paragraphs(self) -> list[str]:
        return split_paras(self.body)

    def annex_paragraphs(self) -> list[str]:
        return split_paras(self.annex)

    def sign_left(self) -> list[str]:
        return ["Nơi nhận:", *self.to]

    def lines_text(self) -> str:
        """The plain text as signed, the header as lines."""
        out = [*self.issuer, "", QUOC_HIEU, TIEU_NGU, "", f"Số: {self.number}"]
        if not self.kind:
            out.append(f"V/v {self.subject}")
        out += ["", self.date, ""]
        out += [self.kind, self.subject, ""] if self.kind else [f"Kính gửi: {self.kinh_gui}", ""]
        for p in self.paragraphs():
            if p == "[[TABLE]]":
                out += [" | ".join(r) for r in self.table or []]
            else:
                out.append(plain(p))
            out.append("")
        out += [*self.sign_left(), "", *self.signer]
        for p in self.annex_paragraphs():
            out += ["", plain(p)]
        return "\n".join(out)


def split_paras(text: str) -> list[str]:
    return [p.strip("\n") for p in text.strip("\n").split("\n\n") if p.strip()]


_NOTE = re.compile(r"\[\^(\d+)\]")


def plain(text: str) -> str:
    """A paragraph without footnote marks or the one-line mark."""
    return _NOTE.sub("", text).removeprefix("[[ROW]]")


def _letters_upper(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def centred(text: str) -> bool:
    return text in ("QUYẾT ĐỊNH:", "QUYẾT ĐỊNH") or (_letters_upper(text) and len(text) < 70 and not text.startswith(("I", "V")))


# ------------------------------------------------------------------ DOCX

W = nsdecls("w")


def _no_borders(table) -> None:
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "none")
        el.set(qn("w:sz"), "0")
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), "auto")
        borders.append(el)
    tbl_pr.append(borders)


def _fill(cell, lines: list[str], *, italic_last: bool = False, bold_upto: int = 0) -> None:
    for i, line in enumerate(lines):
        para = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = para.add_run(line)
        run.bold = i < bold_upto
        run.italic = italic_last and i == len(lines) - 1


def _header(document, doc: Doc, blank: bool) -> None:
    """The header as a borderless table of one row: the issuer and number left, the quốc hiệu
    and the date right."""
    table = document.add_table(rows=1, cols=2)
    _fill(table.cell(0, 0), doc.left(blank), bold_upto=len(doc.issuer))
    _fill(table.cell(0, 1), doc.right(blank), italic_last=True, bold_upto=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    _no_borders(table)


def _sign_table(document, doc: Doc, unsigned: bool) -> None:
    table = document.add_table(rows=1, cols=2)
    cell = table.cell(0, 0)
    for i, line in enumerate(doc.sign_left()):
        para = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        run = para.add_run(line)
        run.bold = run.italic = i == 0
        run.font.size = Pt(11 if i == 0 else 9)
    signer = [s for s in doc.signer if s != "(Đã ký)"] if unsigned else list(doc.signer)
    if unsigned:
        signer.insert(len(signer) - 1, "")
    _fill(table.cell(0, 1), signer, bold_upto=len(signer))
    _no_borders(table)


def _para(document, text: str) -> None:
    para = document.add_paragraph()
    is_centred = centred(text)
    para.alignment = WD_ALIGN_PARAGRAPH.CENTER if is_centred else WD_ALIGN_PARAGRAPH.JUSTIFY
    text = text.removeprefix("[[ROW]]")
    pos = 0
    for mm in _NOTE.finditer(text):
        if mm.start() > pos:
            para.add_run(text[pos : mm.start()]).bold = is_centred
        para._p.append(parse_xml(f'<w:r {W}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{int(mm.group(1)) + 1}"/></w:r>'))
        pos = mm.end()
    if pos < len(text):
        para.add_run(text[pos:]).bold = is_centred


def _footnotes(document, notes: list[str]) -> None:
    items = "".join(
        f'<w:footnote w:id="{i + 2}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {html.escape(n)}</w:t></w:r></w:p></w:footnote>'
        for i, n in enumerate(notes)
    )
    xml = (
        f'<w:footnotes {W}><w:footnote w:type="separator" w:id="0"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        f'<w:footnote w:type="continuationSeparator" w:id="1"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>{items}</w:footnotes>'
    )
    part = Part(PackURI("/word/footnotes.xml"), "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml", xml.encode("utf-8"), document.part.package)
    document.part.relate_to(part, RT.FOOTNOTES)


def _data_table(document, rows: list[list[str]]) -> None:
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for row, values in zip(table.rows, rows, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.paragraphs[0].add_run(value)


AUTHOR = "Văn phòng Sở Y tế tỉnh Khánh Lâm (MẪU)"


def write_docx(path: Path, doc: Doc, *, unsigned: bool = False) -> None:
    """The mark, the header table, the type line and trích yếu (or Kính gửi), the body (tables,
    footnotes), the signature table, the annex, the footer. ``unsigned``: the Word file a scan
    was printed from — no '(Đã ký)'; with ``doc.word_blank`` the number and the day blank."""
    blank = unsigned and doc.word_blank
    document = docx.Document()
    style = document.styles["Normal"]
    style.font.name, style.font.size = "Times New Roman", Pt(13)
    document.add_paragraph(MARK)
    _header(document, doc, blank)
    for i, line in enumerate(doc.heading()):
        para = document.add_paragraph()
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER if doc.kind else WD_ALIGN_PARAGRAPH.LEFT
        para.add_run(line).bold = bool(doc.kind) and i < 2
    for text in doc.paragraphs():
        if text == "[[TABLE]]":
            _data_table(document, doc.table or [])
        else:
            _para(document, text)
    _sign_table(document, doc, unsigned)
    for text in doc.annex_paragraphs():
        _para(document, text)
    document.add_paragraph(FOOTER)
    if doc.footnotes:
        _footnotes(document, doc.footnotes)
    props = document.core_properties
    props.title, props.author = f"{doc.number} (MẪU)", AUTHOR
    props.last_modified_by, props.revision = "make_heldout27_archive.py", 1
    props.created = props.modified = props.last_printed = FIXED.replace(tzinfo=None)
    buffer = io.BytesIO()
    document.save(buffer)
    _rezip(buffer.getvalue(), path, FIXED)


def write_draft(path: Path, lines: list[str], title: str) -> None:
    """A DỰ THẢO as staff keep it: plain paragraphs, no header table, blanks for number and date."""
    document = docx.Document()
    document.add_paragraph(MARK)
    for line in lines:
        document.add_paragraph(line)
    document.add_paragraph(FOOTER)
    props = document.core_properties
    props.title, props.author = title, AUTHOR
    props.last_modified_by, props.revision = "make_heldout27_archive.py", 1
    props.created = props.modified = props.last_printed = FIXED.replace(tzinfo=None)
    buffer = io.BytesIO()
    document.save(buffer)
    _rezip(buffer.getvalue(), path, FIXED)


# ------------------------------------------------------------------ PDF with a text layer

X_LEFT, W_LEFT, X_RIGHT, W_RIGHT = 22.0, 78.0, 98.0, 102.0


def _pdf_text(pdf: FPDF, x: float, w: float, text: str, style: str = "", size: int = 11, h: float = 5.5, align: str = "C") -> None:
    pdf.set_font("DejaVu", style, size)
    pdf.set_x(x)
    pdf.multi_cell(w, h, text, align=align, new_x="LMARGIN", new_y="NEXT")


def write_pdf(path: Path, doc: Doc) -> None:
    """A PDF printed from Word: the header drawn line by line across two columns; a ``[[ROW]]``
    line printed on one line."""
    pdf = FPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title(f"{doc.number} (MẪU)")
    pdf.set_author(AUTHOR)
    pdf.set_creator("Microsoft Word (MẪU)")
    pdf.set_margins(30, 20, 15)
    pdf.set_auto_page_break(True, 18)
    for style, name in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf"), ("BI", "DejaVuSans-BoldOblique.ttf")):
        pdf.add_font("DejaVu", style, str(FONTS / name))
    pdf.add_page()
    _pdf_text(pdf, 30, 165, MARK, size=8, h=4, align="L")
    pdf.ln(2)
    n = len(doc.issuer)
    left = [(x, "B" if i < n else "") for i, x in enumerate(doc.left())]
    right = [(QUOC_HIEU, "B"), (TIEU_NGU, "B"), (RULE_R, ""), (doc.date, "I")]
    y = pdf.get_y()
    for i in range(max(len(left), len(right))):
        bottoms = []
        for col, x, w in ((left, X_LEFT, W_LEFT), (right, X_RIGHT, W_RIGHT)):
            if i < len(col):
                pdf.set_y(y)
                _pdf_text(pdf, x, w, col[i][0], col[i][1], size=10)
                bottoms.append(pdf.get_y())
        y = max(bottoms)
    pdf.set_y(y + 4)
    for i, line in enumerate(doc.heading()):
        if doc.kind:
            _pdf_text(pdf, 30, 165, line, "B" if i < 2 else "", 12)
        else:
            _pdf_text(pdf, 30, 165, line, "", 11, align="L")
    pdf.ln(3)
    for text in doc.paragraphs():
        if text == "[[TABLE]]":
            for row in doc.table or []:
                _pdf_text(pdf, 30, 165, " | ".join(row), "", 10, 6, align="L")
            pdf.ln(2)
            continue
        if text.startswith("[[ROW]]"):
            pdf.set_font("DejaVu", "B", 9)
            pdf.set_x(30)
            pdf.cell(165, 6, plain(text), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
            continue
        c = centred(text)
        _pdf_text(pdf, 30, 165, plain(text), "B" if c else "", 11, 6, align="C" if c else "J")
        pdf.ln(1)
    pdf.ln(3)
    if pdf.get_y() > 230:
        pdf.add_page()
    top = pdf.get_y()
    for i, text in enumerate(doc.sign_left()):
        _pdf_text(pdf, X_LEFT, W_LEFT, text, "BI" if i == 0 else "", 10 if i == 0 else 9, 5, align="L")
    bottom = pdf.get_y()
    pdf.set_y(top)
    for text in doc.signer:
        _pdf_text(pdf, X_RIGHT + 8, W_RIGHT - 10, text, "B")
    pdf.set_y(max(bottom, pdf.get_y()) + 4)
    _pdf_text(pdf, 30, 165, FOOTER, size=8, h=4, align="L")
    pdf.output(str(path))


# ------------------------------------------------------------------ SCAN (page images only)

SERIF = FONTS / "DejaVuSerif.ttf"
SERIF_B = FONTS / "DejaVuSerif-Bold.ttf"
SERIF_I = FONTS / "DejaVuSerif-Italic.ttf"


class _Page:
    """Draws lines on A4 page images at ``dpi``, starting a new page when one is full."""

    def __init__(self, dpi: int, mode: str) -> None:
        self.dpi, self.mode = dpi, mode
        self.w, self.h = round(8.27 * dpi), round(11.69 * dpi)
        self.pages: list[Image.Image] = []
        self.fonts: dict[tuple[Path, float], ImageFont.FreeTypeFont] = {}
        self.new()

    def px(self, mm: float) -> int:
        return round(mm / 25.4 * self.dpi)

    def font(self, path: Path, pt: float) -> ImageFont.FreeTypeFont:
        key = (path, pt)
        if key not in self.fonts:
            self.fonts[key] = ImageFont.truetype(str(path), round(pt / 72 * self.dpi))
        return self.fonts[key]

    def new(self) -> None:
        self.img = Image.new("RGB", (self.w, self.h), (255, 255, 255))
        self.draw = ImageDraw.Draw(self.img)
        self.pages.append(self.img)
        self.y = self.px(15)
        if len(self.pages) > 1:
            f = self.font(SERIF, 11)
            label = str(len(self.pages))
            self.draw.text(((self.w - self.draw.textlength(label, font=f)) / 2, self.px(8)), label, font=f, fill=(30, 30, 30))

    def wrap(self, text: str, font, width: int) -> list[str]:
        words, lines, line = text.split(" "), [], ""
        for word in words:
            trial = f"{line} {word}".strip()
            if self.draw.textlength(trial, font=font) <= width or not line:
                line = trial
            else:
                lines.append(line)
                line = word
        lines.append(line)
        return lines

    def block(self, text: str, *, x: int, width: int, pt: float = 13, bold: bool = False, italic: bool = False, align: str = "L", gap: float = 1.42, keep: bool = False) -> None:
        font = self.font(SERIF_B if bold else SERIF_I if italic else SERIF, pt)
        height = round(pt / 72 * self.dpi * gap)
        for line in self.wrap(text, font, width):
            if self.y + height > self.h - self.px(18) and not keep:
                self.new()
            tw = self.draw.textlength(line, font=font)
            lx = x + (width - tw) / 2 if align == "C" else x
            self.draw.text((lx, self.y), line, font=font, fill=(20, 20, 20))
            self.y += height


def _stamp(page: _Page, cx: int, cy: int, text: str, colour: tuple[int, int, int]) -> None:
    """A round stamp: two rings, the issuer's name around the ring, a star in the middle, drawn
    semi-transparently over what is there (the signer's name)."""
    r = page.px(19)
    layer = Image.new("RGBA", page.img.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    ink = (*colour, 170)
    d.ellipse((cx - r, cy - r, cx + r, cy + r), outline=ink, width=page.px(0.9))
    r2 = r - page.px(5.5)
    d.ellipse((cx - r2, cy - r2, cx + r2, cy + r2), outline=ink, width=page.px(0.5))
    font = page.font(FONTS / "DejaVuSans-Bold.ttf", 7)
    n = len(text)
    for i, ch in enumerate(text):
        angle = math.radians(-200 + 220 * i / max(n - 1, 1))
        rr = r - page.px(3)
        d.text((cx + rr * math.cos(angle), cy + rr * math.sin(angle)), ch, font=font, fill=ink, anchor="mm")
    order = []
    for k in range(10):
        rad = page.px(6) if k % 2 == 0 else page.px(2.4)
        ang = math.radians(-90 + 36 * k)
        order.append((cx + rad * math.cos(ang), cy + rad * math.sin(ang)))
    d.polygon(order, fill=ink)
    page.img.paste(Image.alpha_composite(page.img.convert("RGBA"), layer).convert("RGB"))


def _signature(page: _Page, cx: int, cy: int) -> None:
    """A scribbled signature."""
    pts = [(cx - page.px(18) + page.px(36) * t / 40, cy + page.px(3) * math.sin(t / 2.3) - page.px(2) * (t % 7 == 0)) for t in range(41)]
    page.draw.line(pts, fill=(25, 35, 110), width=page.px(0.5))


def render_scan(doc: Doc) -> list[Image.Image]:
    """The signed paper's pages as images: the mark printed at the top, the header in two columns,
    the text, Nơi nhận and the signer (a signature and the round stamp over the name), the
    footer."""
    opts = doc.scan or {}
    dpi, mode = opts.get("dpi", 200), opts.get("mode", "L")
    page = _Page(dpi, mode)
    left_x, text_w = page.px(30), page.w - page.px(30) - page.px(18)
    page.block(MARK, x=left_x, width=text_w, pt=9, gap=1.3)
    page.y += page.px(3)
    top = page.y
    col_l, col_r = (page.px(12), page.px(80)), (page.px(90), page.px(112))
    n = len(doc.issuer)
    for i, line in enumerate(doc.left()):
        page.block(line, x=col_l[0], width=col_l[1], pt=12, bold=i < n, align="C", gap=1.35, keep=True)
    bottom_l = page.y
    page.y = top
    for i, line in enumerate(doc.right()):
        page.block(line, x=col_r[0], width=col_r[1], pt=12, bold=i < 2, italic=i == 3, align="C", gap=1.35, keep=True)
    page.y = max(bottom_l, page.y) + page.px(6)
    for i, line in enumerate(doc.heading()):
        if doc.kind:
            page.block(line, x=left_x, width=text_w, pt=13.5, bold=i < 2, align="C")
        else:
            page.block(line, x=left_x, width=text_w, pt=13)
    page.y += page.px(3)
    for text in doc.paragraphs():
        if text == "[[TABLE]]":
            for row in doc.table or []:
                page.block(" | ".join(row), x=left_x, width=text_w, pt=12)
            continue
        c = centred(text)
        page.block(plain(text), x=left_x, width=text_w, pt=13, bold=c, align="C" if c else "L")
        page.y += page.px(1.5)
    if page.y > page.h - page.px(78):
        page.new()
    page.y += page.px(4)
    top = page.y
    for i, line in enumerate(doc.sign_left()):
        page.block(line, x=page.px(22), width=page.px(80), pt=11 if i == 0 else 10, bold=i == 0, italic=i == 0, gap=1.3, keep=True)
    bottom_l = page.y
    page.y = top
    sx, sw = page.px(105), page.px(90)
    name_y = 0
    for line in doc.signer:
        if line == "(Đã ký)":
            _signature(page, sx + sw // 2, page.y + page.px(8))
            page.y += page.px(18)
            continue
        name_y = page.y
        page.block(line, x=sx, width=sw, pt=13, bold=True, align="C", keep=True)
    colour = (200, 30, 35) if mode == "RGB" else (90, 90, 90)
    stamp_text = "★ SỞ Y TẾ ★ TỈNH KHÁNH LÂM" if doc.issuer == SO else "★ ỦY BAN NHÂN DÂN ★ TỈNH KHÁNH LÂM"
    _stamp(page, sx + sw // 2 - page.px(16), name_y - page.px(9), stamp_text, colour)
    page.y = max(bottom_l, page.y) + page.px(8)
    page.block(FOOTER, x=left_x, width=text_w, pt=9, gap=1.3)
    out = []
    rng = random.Random(opts.get("seed", 27))
    for img in page.pages:
        if opts.get("noise"):
            d = ImageDraw.Draw(img)
            for _ in range(int(opts["noise"])):
                x, y = rng.randrange(img.width), rng.randrange(img.height)
                g = rng.randrange(60, 190)
                d.point((x, y), fill=(g, g, g))
                if rng.random() < 0.2:
                    d.point((x + 1, y), fill=(g, g, g))
        if opts.get("skew"):
            img = img.rotate(opts["skew"], resample=Image.Resampling.BICUBIC, fillcolor=(255, 255, 255))
        out.append(img.convert(mode))
    return out


def write_scan(path: Path, doc: Doc) -> None:
    """A scanned PDF: the page images only, no text layer (Pillow's PDF writer)."""
    pages = render_scan(doc)
    dpi = (doc.scan or {}).get("dpi", 200)
    stamp = time.gmtime(FIXED.timestamp())
    pages[0].save(
        path, "PDF", resolution=float(dpi), save_all=True, append_images=pages[1:],
        creator="Scanner (MẪU)", producer="Scanner (MẪU)", creationDate=stamp, modDate=stamp, quality=80,
    )


# ------------------------------------------------------------------ text, e-office


def full_text(doc: Doc) -> str:
    return f"{MARK}\n\n{doc.lines_text().rstrip()}\n\n{FOOTER}\n"


def write_txt(path: Path, doc: Doc) -> None:
    path.write_text(full_text(doc), encoding="utf-8", newline="\n")


def write_eoffice(path: Path, doc: Doc) -> None:
    """Exported from the e-office system: the metadata block first, then the text."""
    y, m, d = doc.iso.split("-")
    issuer = "Sở Y tế" if doc.issuer == SO else "Ủy ban nhân dân tỉnh Khánh Lâm"
    meta = [
        "THÔNG TIN VĂN BẢN (xuất từ Hệ thống quản lý văn bản và điều hành tỉnh Khánh Lâm)",
        f"Số ký hiệu: {doc.number}",
        f"Ngày ban hành: {d}/{m}/{y}",
        f"Loại văn bản: {KINDS[doc.kind]}",
        f"Trích yếu: {doc.subject}",
        f"Cơ quan ban hành: {issuer}",
        f"Người ký: {SIGNERS[doc.signer]}",
        "Trạng thái: Đã phát hành",
        "------------------------------------------------------------",
    ]
    path.write_text(f"{MARK}\n\n" + "\n".join(meta) + f"\n\n{doc.lines_text().rstrip()}\n\n{FOOTER}\n", encoding="utf-8", newline="\n")


def write_doc(out: Path, doc: Doc) -> None:
    """Write one document into ``out`` (and its unsigned Word file, if kept)."""
    writers = {"docx": write_docx, "pdf": write_pdf, "scan": write_scan, "txt": write_txt, "eoffice": write_eoffice}
    writers[doc.fmt](out / doc.file, doc)
    if doc.word:
        write_docx(out / doc.word, doc, unsigned=True)


def decision(who: str, grounds: list[str], articles: str) -> str:
    """A decision's body: who decides, the grounds, 'QUYẾT ĐỊNH:', the articles."""
    return f"{who}\n\n" + "\n\n".join(grounds) + f"\n\nQUYẾT ĐỊNH:\n\n{articles}"
