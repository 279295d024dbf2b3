"""Twenty-fourth held-out archive: what its files share. The Sở Tài chính of tỉnh Bảo Lâm
(fictional), January 2022 – November 2026. Do not tune on it.

Its focus is FILES AS A REAL OFFICE KEEPS THEM: the header of a văn bản hành chính as Nghị định
30/2020/NĐ-CP, Phụ lục I lays it out — two columns, the issuer and the number on the left, the
Quốc hiệu, Tiêu ngữ and the date on the right — drawn in a borderless DOCX table (one row, two
rows, a merged cell), in PDF cells at set x positions (line by line across the columns, or one
column after the other), in the HTML table of a page saved from the province's portal; the
signature block in two columns; text files exported from the e-office system with a metadata
block first, one in Windows-1258; an annex in a file of its own. The marks, signers, grounds
("Căn cứ …") and the writers are here; the texts in ``heldout24_early.py`` and
``heldout24_late.py``; facts in ``bench/data/heldout24_archive_truth.json``.
"""

# ruff: noqa: E501

from __future__ import annotations

import datetime as dt
import html
import io
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from fpdf import FPDF
from sample_header import _rezip

MARK = "[MẪU — văn bản hư cấu: tỉnh Bảo Lâm, Sở Tài chính và mọi cá nhân nêu tên đều không có thật; không có giá trị pháp lý]"
FOOTER = "[Hết — TÀI LIỆU MẪU hư cấu do scripts/make_heldout24_archive.py tạo; tỉnh Bảo Lâm không có thật; MẪU]"
SO = ("UBND TỈNH BẢO LÂM", "SỞ TÀI CHÍNH")
UB = ("ỦY BAN NHÂN DÂN", "TỈNH BẢO LÂM")
PLACE = "Bảo Lâm"
QUOC_HIEU = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
TIEU_NGU = "Độc lập - Tự do - Hạnh phúc"
RULE_L = "————"
RULE_R = "———————————"
FIXED = dt.datetime(2026, 11, 25, tzinfo=dt.UTC)
FONTS = Path("/usr/share/fonts/truetype/dejavu")

# Signers. Sở Tài chính: Giám đốc Phạm Hữu Nghĩa; Phó Giám đốc Đinh Thị Ngọc Lan (cải cách hành
# chính, văn phòng) and Tạ Quang Vinh (ngân sách, giá, công sản; from 01/3/2025 also đầu tư và
# đăng ký doanh nghiệp); Chánh Văn phòng Lê Thị Hồng Nhung. UBND tỉnh: Phó Chủ tịch Quách Văn Thịnh.
NGHIA = ("GIÁM ĐỐC", "(Đã ký)", "Phạm Hữu Nghĩa")
LAN = ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(Đã ký)", "Đinh Thị Ngọc Lan")
VINH = ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(Đã ký)", "Tạ Quang Vinh")
NHUNG = ("TL. GIÁM ĐỐC", "CHÁNH VĂN PHÒNG", "(Đã ký)", "Lê Thị Hồng Nhung")
THINH = ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "(Đã ký)", "Quách Văn Thịnh")
SIGNERS = {NGHIA: "Phạm Hữu Nghĩa", LAN: "Đinh Thị Ngọc Lan", VINH: "Tạ Quang Vinh", NHUNG: "Lê Thị Hồng Nhung", THINH: "Quách Văn Thịnh"}

NQ76 = "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;"
ND61 = "Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính, được sửa đổi, bổ sung bởi Nghị định số 107/2021/NĐ-CP ngày 06/12/2021 của Chính phủ;"
ND30 = "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;"
ND130 = "Căn cứ Nghị định số 130/2005/NĐ-CP ngày 17/10/2005 của Chính phủ quy định chế độ tự chủ, tự chịu trách nhiệm về sử dụng biên chế và kinh phí quản lý hành chính đối với các cơ quan nhà nước;"
ND60 = "Căn cứ Nghị định số 60/2021/NĐ-CP ngày 21/6/2021 của Chính phủ quy định cơ chế tự chủ tài chính của đơn vị sự nghiệp công lập;"
LUAT_NS = "Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;"
LUAT_TSC = "Căn cứ Luật Quản lý, sử dụng tài sản công ngày 21 tháng 6 năm 2017;"
LUAT_2015 = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"
# The Sở's functions: 14/2021/QĐ-UBND until it takes over the Sở Kế hoạch và Đầu tư's tasks on
# 01/3/2025, then 06/2025/QĐ-UBND (both cited only).
FUNCS = "Căn cứ Quyết định số 14/2021/QĐ-UBND ngày 28/5/2021 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Tài chính tỉnh Bảo Lâm;"
FUNCS25 = "Căn cứ Quyết định số 06/2025/QĐ-UBND ngày 25/02/2025 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Tài chính tỉnh Bảo Lâm (có hiệu lực từ ngày 01/3/2025);"
GD = "GIÁM ĐỐC SỞ TÀI CHÍNH TỈNH BẢO LÂM"
CT_WHO = "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẢO LÂM"
TO_SO = ("- Như Điều 3;", "- UBND tỉnh (để b/c);", "- Giám đốc, các Phó Giám đốc Sở;", "- Lưu: VT, VP.")
TO_PAPER = ("- Các phòng, đơn vị thuộc Sở;", "- Lưu: VT, VP.")
TO_REPORT = ("- UBND tỉnh (để b/c);", "- Sở Nội vụ (để t/h);", "- Giám đốc, các Phó Giám đốc Sở;", "- Lưu: VT, VP.")


def vn_date(iso: str) -> str:
    """'ngày 05 tháng 3 năm 2025' as a clerk prints it: a 0 before a day under 10 and before
    the months 1 and 2 (Nghị định 30/2020/NĐ-CP)."""
    year, month, day = (int(x) for x in iso.split("-"))
    mm = f"{month:02d}" if month < 3 else str(month)
    return f"ngày {day:02d} tháng {mm} năm {year}"


KINDS = {"QUYẾT ĐỊNH": "Quyết định", "KẾ HOẠCH": "Kế hoạch", "BÁO CÁO": "Báo cáo", "TỜ TRÌNH": "Tờ trình", "THÔNG BÁO": "Thông báo", "": "Công văn"}


@dataclass
class Doc:
    """One file of the archive.

    Attributes:
        file: its name as staff saved it.
        fmt: ``docx``, ``pdf``, ``txt`` (UTF-8, header as lines), ``eoffice`` (metadata block
            first), ``html`` (saved from the portal), ``cp1258`` (header as lines, Windows-1258),
            ``annex`` (DOCX: an annex of a decision, no header), ``draft`` (DOCX DỰ THẢO).
        number: ``Số:`` as printed. iso: the date. kind: the type line, empty for a Công văn.
        subject: the trích yếu (for a Công văn, the V/v without "V/v").
        body: paragraphs separated by blank lines; a line ``[[TABLE]]`` marks where ``table`` goes.
        signer, to: the signature block's right and left columns.
        issuer: the header's issuer lines. layout: a DOCX ``one_row``, ``two_rows`` or
            ``merged``; a PDF ``lines`` or ``cells``. kinh_gui: a Công văn's addressees.
        sign_plain: the signature block as paragraphs, not a table. justify: a PDF's body justified.
        who: the line above the grounds of a decision. table: rows of a table in the body.
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
    layout: str = "one_row"
    kinh_gui: str = ""
    sign_plain: bool = False
    justify: bool = False
    table: list[list[str]] | None = None
    title: str = ""
    date_line: str = ""

    @property
    def date(self) -> str:
        return self.date_line or f"{PLACE}, {vn_date(self.iso)}"

    def left(self) -> list[str]:
        """The header's left column: issuer, a rule, the number, a Công văn's V/v."""
        lines = [*self.issuer, RULE_L, f"Số: {self.number}"]
        if not self.kind:
            lines.append(f"V/v {self.subject}")
        return lines

    def right(self) -> list[str]:
        return [QUOC_HIEU, TIEU_NGU, RULE_R, self.date]

    def heading(self) -> list[str]:
        """What stands under the header: the type and trích yếu, or a Công văn's Kính gửi."""
        if self.kind:
            return [self.kind, self.subject, "————"]
        return [f"Kính gửi: {self.kinh_gui}"]

    def paragraphs(self) -> list[str]:
        return [p.strip("\n") for p in self.body.strip("\n").split("\n\n")]

    def sign_left(self) -> list[str]:
        return ["Nơi nhận:", *self.to]

    def lines_text(self) -> str:
        """The plain text of the document, header as lines (txt, cp1258, eoffice)."""
        out = [*self.issuer, "", QUOC_HIEU, TIEU_NGU, "", f"Số: {self.number}"]
        if not self.kind:
            out.append(f"V/v {self.subject}")
        out += ["", self.date, ""]
        if self.kind:
            out += [self.kind, self.subject, ""]
        else:
            out += [f"Kính gửi: {self.kinh_gui}", ""]
        for p in self.paragraphs():
            if p == "[[TABLE]]":
                out += [" | ".join(r) for r in self.table or []]
            else:
                out.append(p)
            out.append("")
        out += [*self.sign_left(), "", *self.signer]
        return "\n".join(out)


# ------------------------------------------------------------------ DOCX


def _no_borders(table) -> None:
    """A borderless table: ``tblBorders`` with every edge ``none``."""
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


def _fill(cell, lines: list[str], *, italic_last: bool = False, bold_upto: int = 0, align=WD_ALIGN_PARAGRAPH.CENTER) -> None:
    """Write ``lines`` into a cell as paragraphs (the first replaces the empty one)."""
    for i, line in enumerate(lines):
        para = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        para.alignment = align
        run = para.add_run(line)
        run.bold = i < bold_upto
        run.italic = italic_last and i == len(lines) - 1


def _header_table(document, doc: Doc) -> None:
    left, right = doc.left(), doc.right()
    n_issuer = len(doc.issuer)
    if doc.layout == "one_row":
        table = document.add_table(rows=1, cols=2)
        _fill(table.cell(0, 0), left, bold_upto=n_issuer)
        _fill(table.cell(0, 1), right, italic_last=True, bold_upto=2)
    elif doc.layout == "two_rows":
        # issuer | Quốc hiệu, Tiêu ngữ; then Số (V/v) | the date.
        table = document.add_table(rows=2, cols=2)
        _fill(table.cell(0, 0), left[: n_issuer + 1], bold_upto=n_issuer)
        _fill(table.cell(0, 1), right[:3], bold_upto=2)
        _fill(table.cell(1, 0), left[n_issuer + 1 :])
        _fill(table.cell(1, 1), right[3:], italic_last=True)
    else:
        # merged: issuer and Số | Quốc hiệu; the date alone in a second row merged across.
        table = document.add_table(rows=2, cols=2)
        _fill(table.cell(0, 0), left, bold_upto=n_issuer)
        _fill(table.cell(0, 1), right[:3], bold_upto=2)
        merged = table.cell(1, 0).merge(table.cell(1, 1))
        _fill(merged, right[3:], italic_last=True, align=WD_ALIGN_PARAGRAPH.RIGHT)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    _no_borders(table)


def _sign_table(document, doc: Doc) -> None:
    table = document.add_table(rows=1, cols=2)
    left = doc.sign_left()
    cell = table.cell(0, 0)
    for i, line in enumerate(left):
        para = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        run = para.add_run(line)
        run.bold = run.italic = i == 0
        run.font.size = Pt(9 if i else 11)
    _fill(table.cell(0, 1), list(doc.signer), bold_upto=len(doc.signer))
    _no_borders(table)


def _body_para(document, text: str) -> None:
    para = document.add_paragraph()
    centred = text in ("QUYẾT ĐỊNH:", "QUYẾT ĐỊNH") or (text.isupper() and len(text) < 60 and not text.startswith(("I", "V")))
    para.alignment = WD_ALIGN_PARAGRAPH.CENTER if centred else WD_ALIGN_PARAGRAPH.JUSTIFY
    run = para.add_run(text)
    run.bold = centred


def _data_table(document, rows: list[list[str]]) -> None:
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for row, values in zip(table.rows, rows, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value


def _save_docx(document, path: Path, title: str) -> None:
    props = document.core_properties
    props.title, props.author = title, "Văn phòng Sở Tài chính tỉnh Bảo Lâm (MẪU)"
    props.last_modified_by, props.revision = "make_heldout24_archive.py", 1
    props.created = props.modified = props.last_printed = FIXED.replace(tzinfo=None)
    buffer = io.BytesIO()
    document.save(buffer)
    _rezip(buffer.getvalue(), path, FIXED)


def write_docx(path: Path, doc: Doc) -> None:
    """The mark, the header table, the type line and trích yếu centred (or Kính gửi), the body
    (its data table in place), the signature table (or paragraphs), the footer."""
    document = docx.Document()
    style = document.styles["Normal"]
    style.font.name, style.font.size = "Times New Roman", Pt(13)
    document.add_paragraph(MARK)
    _header_table(document, doc)
    for i, line in enumerate(doc.heading()):
        para = document.add_paragraph()
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER if doc.kind else WD_ALIGN_PARAGRAPH.LEFT
        run = para.add_run(line)
        run.bold = bool(doc.kind) and i < 2
    for text in doc.paragraphs():
        if text == "[[TABLE]]":
            _data_table(document, doc.table or [])
        else:
            _body_para(document, text)
    if doc.sign_plain:
        for line in doc.sign_left():
            document.add_paragraph(line)
        for line in doc.signer:
            para = document.add_paragraph(line)
            para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    else:
        _sign_table(document, doc)
    document.add_paragraph(FOOTER)
    _save_docx(document, path, doc.title or f"{doc.number} (MẪU)")


def write_annex(path: Path, heading: list[str], rows: list[list[str]], after: str, title: str) -> None:
    """An annex in its own file: the mark, its centred heading ("Phụ lục …", "(Kèm theo …)"),
    a table, a closing line, the footer; no header of its own."""
    document = docx.Document()
    document.add_paragraph(MARK)
    for i, line in enumerate(heading):
        para = document.add_paragraph()
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = para.add_run(line)
        run.bold, run.italic = i == 0, line.startswith("(")
    _data_table(document, rows)
    document.add_paragraph(after)
    document.add_paragraph(FOOTER)
    _save_docx(document, path, title)


def write_draft(path: Path, lines: list[str], title: str) -> None:
    """A DỰ THẢO as staff keep it: plain paragraphs, no header table, blanks for number and date."""
    document = docx.Document()
    document.add_paragraph(MARK)
    for line in lines:
        document.add_paragraph(line)
    document.add_paragraph(FOOTER)
    _save_docx(document, path, title)


# ------------------------------------------------------------------ PDF


class _Printed(FPDF):
    """An A4 page "printed from Word": a page number at the top centre of every page after
    the first."""

    def header(self) -> None:
        if self.page_no() > 1:
            self.set_font("DejaVu", size=10)
            self.set_xy(0, 8)
            self.cell(210, 5, str(self.page_no()), align="C")
            self.set_y(self.t_margin)


X_LEFT, W_LEFT, X_RIGHT, W_RIGHT = 22.0, 75.0, 95.0, 105.0


def _pdf_line(pdf: FPDF, x: float, w: float, text: str, style: str = "", size: int = 11, h: float = 5.5) -> None:
    pdf.set_font("DejaVu", style, size)
    pdf.set_x(x)
    pdf.multi_cell(w, h, text, align="C", new_x="LMARGIN", new_y="NEXT")


def _two_columns(pdf: FPDF, left: list[tuple[str, str]], right: list[tuple[str, str]], order: str, xs=(X_LEFT, W_LEFT, X_RIGHT, W_RIGHT)) -> None:
    """Draw two columns: ``lines`` — line i of the left, then line i of the right, across;
    ``cells`` — the whole left column, then the whole right column from the same top."""
    xl, wl, xr, wr = xs
    top = pdf.get_y()
    if order == "lines":
        y = top
        for i in range(max(len(left), len(right))):
            pdf.set_y(y)
            heights = []
            for col, x, w in ((left, xl, wl), (right, xr, wr)):
                if i < len(col):
                    pdf.set_y(y)
                    _pdf_line(pdf, x, w, col[i][0], col[i][1])
                    heights.append(pdf.get_y())
            y = max(heights)
        pdf.set_y(y)
    else:
        for text, style in left:
            _pdf_line(pdf, xl, wl, text, style)
        bottom = pdf.get_y()
        pdf.set_y(top)
        for text, style in right:
            _pdf_line(pdf, xr, wr, text, style)
        pdf.set_y(max(bottom, pdf.get_y()))


def write_pdf(path: Path, doc: Doc) -> None:
    pdf = _Printed(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title(doc.title or f"{doc.number} (MẪU)")
    pdf.set_author("Sở Tài chính tỉnh Bảo Lâm (MẪU, hư cấu)")
    pdf.set_creator("Microsoft Word (MẪU)")
    pdf.set_margins(30, 20, 15)
    pdf.set_auto_page_break(True, 18)
    for style, name in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf"), ("BI", "DejaVuSans-BoldOblique.ttf")):
        pdf.add_font("DejaVu", style, str(FONTS / name))
    pdf.add_page()
    pdf.set_font("DejaVu", "", 7)
    pdf.multi_cell(0, 4, MARK, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    n = len(doc.issuer)
    left = [(x, "B" if i < n else "") for i, x in enumerate(doc.left())]
    right = [(QUOC_HIEU, "B"), (TIEU_NGU, "B"), (RULE_R, ""), (doc.date, "I")]
    _two_columns(pdf, left, right, doc.layout)
    pdf.ln(4)
    for i, line in enumerate(doc.heading()):
        if doc.kind:
            _pdf_line(pdf, 30, 165, line, "B" if i < 2 else "", 13)
        else:
            pdf.set_font("DejaVu", "", 11)
            pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for text in doc.paragraphs():
        if text == "[[TABLE]]":
            for row in doc.table or []:
                pdf.set_font("DejaVu", "", 10)
                pdf.multi_cell(0, 6, " | ".join(row), border=1, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
            continue
        centred = text == "QUYẾT ĐỊNH:" or (text.isupper() and len(text) < 60)
        pdf.set_font("DejaVu", "B" if centred else "", 13)
        pdf.multi_cell(0, 7.5, text, align="C" if centred else ("J" if doc.justify else "L"), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    pdf.ln(3)
    if pdf.get_y() > 230:
        pdf.add_page()
    sign_l = [(x, "BI" if i == 0 else "") for i, x in enumerate(doc.sign_left())]
    sign_r = [(x, "B") for x in doc.signer]
    top = pdf.get_y()
    for text, style in sign_l:
        pdf.set_font("DejaVu", style, 9 if not style else 10)
        pdf.set_x(X_LEFT)
        pdf.multi_cell(W_LEFT, 5, text, new_x="LMARGIN", new_y="NEXT")
    bottom = pdf.get_y()
    pdf.set_y(top)
    for text, style in sign_r:
        _pdf_line(pdf, X_RIGHT + 10, W_RIGHT - 10, text, style)
    pdf.set_y(max(bottom, pdf.get_y()) + 4)
    pdf.set_font("DejaVu", "", 7)
    pdf.multi_cell(0, 4, FOOTER, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


# ------------------------------------------------------------------ text, e-office, HTML


def write_txt(path: Path, doc: Doc) -> None:
    path.write_text(f"{MARK}\n\n{doc.lines_text().rstrip()}\n\n{FOOTER}\n", encoding="utf-8", newline="\n")


def to_cp1258(text: str) -> bytes:
    """Windows-1258: a letter the code page lacks is written as its base (with circumflex,
    breve or horn) and a combining tone mark, as Vietnamese Windows did."""
    out = bytearray()
    for char in text:
        try:
            out += char.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", char)
        base = unicodedata.normalize("NFC", parts[0] + "".join(m for m in parts[1:] if m in "\u0302\u0306\u031b"))
        out += (base + "".join(m for m in parts[1:] if m not in "\u0302\u0306\u031b")).encode("cp1258")
    return bytes(out)


def write_cp1258(path: Path, doc: Doc) -> None:
    text = f"{MARK}\r\n\r\n{doc.lines_text().rstrip()}\r\n\r\n{FOOTER}\r\n".replace("\n", "\r\n").replace("\r\r\n", "\r\n")
    path.write_bytes(to_cp1258(text))


def write_eoffice(path: Path, doc: Doc) -> None:
    """Exported from the e-office system: the metadata block first, then the text."""
    y, m, d = doc.iso.split("-")
    issuer = "Ủy ban nhân dân tỉnh Bảo Lâm" if doc.issuer == UB else "Sở Tài chính"
    meta = [
        "THÔNG TIN VĂN BẢN (xuất từ Hệ thống quản lý văn bản và điều hành tỉnh Bảo Lâm)",
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


def _cells_html(lines: list[str], n_bold: int, italic_last: bool = False) -> str:
    parts = []
    for i, line in enumerate(lines):
        text = html.escape(line)
        if i < n_bold:
            text = f"<b>{text}</b>"
        if italic_last and i == len(lines) - 1:
            text = f"<i>{text}</i>"
        parts.append(text)
    return "<br>\n".join(parts)


def write_html(path: Path, doc: Doc, section: str) -> None:
    """A page saved from the province's portal: menus, a breadcrumb, the document (its header in
    a table, the signature block in a table), a sidebar and the portal's footer."""
    n = len(doc.issuer)
    head_rows = (
        f'<tr><td style="text-align:center;width:40%">{_cells_html(doc.left(), n)}</td>'
        f'<td style="text-align:center">{_cells_html(doc.right(), 2, True)}</td></tr>'
    )
    body = []
    if doc.kind:
        body.append(f'<p style="text-align:center"><b>{html.escape(doc.kind)}</b><br>\n<b>{html.escape(doc.subject)}</b></p>')
    else:
        body.append(f"<p>Kính gửi: {html.escape(doc.kinh_gui)}</p>")
    for text in doc.paragraphs():
        if text == "[[TABLE]]":
            rows = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>\n" for r in doc.table or [])
            body.append(f'<table class="bang" border="1">\n{rows}</table>')
        else:
            body.append(f"<p>{html.escape(text)}</p>")
    sign = (
        f'<table class="ky"><tr><td style="width:50%"><b><i>Nơi nhận:</i></b><br>\n{_cells_html(list(doc.to), 0)}</td>'
        f'<td style="text-align:center">{_cells_html(list(doc.signer), len(doc.signer))}</td></tr></table>'
    )
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{html.escape(doc.number)} - {html.escape(doc.subject)} | Cổng Thông tin điện tử tỉnh Bảo Lâm</title>
</head>
<body>
<div class="banner">CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẢO LÂM (trang mẫu hư cấu)</div>
<ul class="menu">
<li><a href="#">Trang chủ</a></li>
<li><a href="#">Giới thiệu</a></li>
<li><a href="#">Tin tức - Sự kiện</a></li>
<li><a href="#">Văn bản</a></li>
<li><a href="#">Dịch vụ công trực tuyến</a></li>
<li><a href="#">Hỏi đáp</a></li>
</ul>
<div class="breadcrumb">Trang chủ &raquo; Văn bản &raquo; {html.escape(section)}</div>
<div class="noi-dung">
<p>{html.escape(MARK)}</p>
<table class="tieu-de">
{head_rows}
</table>
{chr(10).join(body)}
{sign}
<p>{html.escape(FOOTER)}</p>
</div>
<div class="sidebar">
<h3>Liên kết</h3>
<ul><li>Cổng Dịch vụ công quốc gia</li><li>Hệ thống thông tin giải quyết thủ tục hành chính tỉnh</li><li>Đường dây nóng</li></ul>
</div>
<div class="footer">Cơ quan chủ quản: Ủy ban nhân dân tỉnh Bảo Lâm (hư cấu). Ghi rõ nguồn khi phát hành lại thông tin từ cổng thông tin này.</div>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8", newline="\n")


def write_doc(out: Path, doc: Doc) -> None:
    """Write one document in its format into ``out``."""
    path = out / doc.file
    if doc.fmt == "docx":
        write_docx(path, doc)
    elif doc.fmt == "pdf":
        write_pdf(path, doc)
    elif doc.fmt == "txt":
        write_txt(path, doc)
    elif doc.fmt == "cp1258":
        write_cp1258(path, doc)
    elif doc.fmt == "eoffice":
        write_eoffice(path, doc)
    elif doc.fmt.startswith("html"):
        write_html(path, doc, doc.fmt.partition(":")[2] or "Văn bản chỉ đạo điều hành")
    else:
        raise ValueError(doc.fmt)


def decision(who: str, grounds: list[str], articles: str) -> str:
    """A decision's body: who decides, the grounds, 'QUYẾT ĐỊNH:', the articles."""
    return f"{who}\n\n" + "\n\n".join(grounds) + f"\n\nQUYẾT ĐỊNH:\n\n{articles}"
