"""Thirty-fifth held-out archive: what its files share. The Sở Công Thương of the fictional tỉnh
Phú Diên, 2022 – November 2026: its own administrative-reform work, the documents it received from
the UBND tỉnh, the Sở Nội vụ and the Bộ Công Thương, and its sector work (xúc tiến thương mại, quản
lý chợ, an toàn điện, khuyến công: no reform area). Do not tune on it.

Its focus is THE PERIODS' FIGURES AND THE WHOLE PERIODIC REPORT: reports of every period (quý, 6
tháng, 9 tháng, năm) that give this year's figure beside last year's, year reports of December with
figures to 30/11 and an estimate replaced by a January letter of official figures, a report put
right by a Công văn đính chính, the province's Chỉ số CCHC of year X decided in year X+1, plans with
targets (one amended mid-year) and the reports that say whether each was met. The marks, signers,
grounds and writers are here (the thirty-fourth archive's writers, and a scanned-looking PDF with a
text layer); the reports in ``heldout35_reports.py``, the other documents in ``heldout35_docs.py``;
facts in ``bench/data/heldout35_archive_truth.json``.
"""

# ruff: noqa: E501

from __future__ import annotations

import datetime as dt
import html
import io
import re
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
from sample_header import _rezip

MARK = "[MẪU — văn bản hư cấu: tỉnh Phú Diên và mọi cá nhân, tổ chức nêu tên đều không có thật; không có giá trị pháp lý]"
FOOTER = "[Hết — TÀI LIỆU MẪU hư cấu do scripts/make_heldout35_archive.py tạo; tỉnh Phú Diên không có thật; MẪU]"
# The Sở Công Thương tỉnh Phú Diên, the UBND tỉnh, the Sở Nội vụ, the Bộ Công Thương.
SCT = ("UBND TỈNH PHÚ DIÊN", "SỞ CÔNG THƯƠNG")
SNV = ("UBND TỈNH PHÚ DIÊN", "SỞ NỘI VỤ")
UB = ("ỦY BAN NHÂN DÂN", "TỈNH PHÚ DIÊN")
BO = ("BỘ CÔNG THƯƠNG",)
PLACES = {SCT: "Phú Diên", SNV: "Phú Diên", UB: "Phú Diên", BO: "Hà Nội"}
QUOC_HIEU = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
TIEU_NGU = "Độc lập - Tự do - Hạnh phúc"
RULE_L = "————"
RULE_R = "———————————"
FIXED = dt.datetime(2026, 12, 7, tzinfo=dt.UTC)
FONTS = Path("/usr/share/fonts/truetype/dejavu")
CA_BODY = "Tỉnh Phú Diên"

# Signers. The Sở: Giám đốc Phạm Đức Long; Phó Giám đốc Lê Thị Thu Trang; Chánh Văn phòng Vũ Minh
# Tâm. UBND tỉnh: Chủ tịch Hoàng Văn Phúc, Phó Chủ tịch Đặng Thị Lan. Sở Nội vụ: Phó Giám đốc Trần
# Quốc Huy. The Bộ: Thứ trưởng Ngô Minh Khang.
LONG = ("GIÁM ĐỐC", "(Đã ký)", "Phạm Đức Long")
TRANG = ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(Đã ký)", "Lê Thị Thu Trang")
TAM = ("TL. GIÁM ĐỐC", "CHÁNH VĂN PHÒNG", "(Đã ký)", "Vũ Minh Tâm")
HUY = ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(Đã ký)", "Trần Quốc Huy")
PHUC = ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "(Đã ký)", "Hoàng Văn Phúc")
LAN = ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "(Đã ký)", "Đặng Thị Lan")
KHANG = ("KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "(Đã ký)", "Ngô Minh Khang")
SIGNERS = {LONG: "Phạm Đức Long", TRANG: "Lê Thị Thu Trang", TAM: "Vũ Minh Tâm", HUY: "Trần Quốc Huy", PHUC: "Hoàng Văn Phúc", LAN: "Đặng Thị Lan", KHANG: "Ngô Minh Khang"}
CA = {
    SCT: ("Sở Công Thương", "sct@phudien.gov.vn"),
    SNV: ("Sở Nội vụ", "snv@phudien.gov.vn"),
    UB: ("Ủy ban nhân dân tỉnh Phú Diên", "ubnd@phudien.gov.vn"),
    BO: ("Bộ Công Thương", "vanthu@moit.gov.vn"),
}

NQ76 = "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;"
ND61B = "Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính, được sửa đổi, bổ sung bởi Nghị định số 107/2021/NĐ-CP ngày 06/12/2021 của Chính phủ;"
ND63 = "Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính;"
LOCAL = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;"
LOCAL25 = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;"
SCT_WHO = "GIÁM ĐỐC SỞ CÔNG THƯƠNG TỈNH PHÚ DIÊN"
UB_WHO = "ỦY BAN NHÂN DÂN TỈNH PHÚ DIÊN"
BO_WHO = "BỘ TRƯỞNG BỘ CÔNG THƯƠNG"
TO_QD = ("- Như Điều 3;", "- UBND tỉnh (để b/c);", "- Giám đốc, các Phó Giám đốc Sở;", "- Lưu: VT, VP.")
TO_KH = ("- UBND tỉnh (để b/c);", "- Sở Nội vụ;", "- Các phòng, đơn vị thuộc Sở;", "- Lưu: VT, VP.")
TO_REPORT = ("- UBND tỉnh (để b/c);", "- Sở Nội vụ;", "- Giám đốc Sở;", "- Lưu: VT, VP.")
TO_UP = ("- Như trên;", "- Giám đốc Sở (để b/c);", "- Lưu: VT, VP.")
TO_SECTOR = ("- Như trên;", "- Giám đốc Sở (để b/c);", "- Lưu: VT.")
TO_UBQD = ("- Như Điều 4;", "- Bộ Công Thương;", "- Chủ tịch, các PCT UBND tỉnh;", "- Lưu: VT, KT.")
TO_UBKH = ("- Bộ Nội vụ (để b/c);", "- Các sở, ban, ngành tỉnh;", "- UBND các huyện, thị xã, thành phố;", "- Lưu: VT, NC.")
TO_SNV = ("- Như trên;", "- UBND tỉnh (để b/c);", "- Lưu: VT, CCHC.")
TO_BO = ("- Như Điều 3;", "- Văn phòng Chính phủ (Cục Kiểm soát TTHC);", "- UBND các tỉnh, thành phố trực thuộc Trung ương;", "- Sở Công Thương các tỉnh, thành phố;", "- Lưu: VT, PC.")


def vn_date(iso: str) -> str:
    """'ngày 05 tháng 3 năm 2025' as a clerk prints it: a 0 before a day under 10 and before
    the months 1 and 2."""
    year, month, day = (int(x) for x in iso.split("-"))
    mm = f"{month:02d}" if month < 3 else str(month)
    return f"ngày {day:02d} tháng {mm} năm {year}"


def short(iso: str) -> str:
    """'05/3/2025' as cited in a text: the day with a 0, the months 1 and 2 with a 0."""
    year, month, day = (int(x) for x in iso.split("-"))
    mm = f"{month:02d}" if month < 3 else str(month)
    return f"{day:02d}/{mm}/{year}"


def num(n: int) -> str:
    """12345 -> '12.345'."""
    return f"{n:,}".replace(",", ".")


def pct(a: int, b: int) -> str:
    """a / b as '71,2%'."""
    return f"{a * 100 / b:.1f}%".replace(".", ",")


KINDS = {"QUYẾT ĐỊNH": "Quyết định", "KẾ HOẠCH": "Kế hoạch", "BÁO CÁO": "Báo cáo", "TỜ TRÌNH": "Tờ trình", "THÔNG BÁO": "Thông báo", "": "Công văn"}


@dataclass
class Doc:
    """One document of the archive.

    Attributes:
        file: its path under the archive root as staff saved it (folders allowed).
        fmt: ``docx``, ``pdf`` (a text layer), ``txt`` (plain UTF-8), ``eoffice`` (an e-office
            export).
        number, iso, kind, subject: ``Số:``, the date, the type line (empty for a Công văn), the
            trích yếu (a Công văn's V/v without "V/v").
        body: paragraphs separated by blank lines; ``[[TABLE]]`` where ``table`` goes (a DOCX
            table; lines joined by " | " elsewhere).
        copy: a second file name the same document was saved under (byte-identical).
        incoming: a văn bản đến's (số đến, ngày đến) as the receiving office stamps it.
        signatures: digital signatures as the CA writes them in the text layer: (whose — a key
            of ``CA`` —, 'dd.mm.yyyy hh:mm:ss +07:00'); the first is the issuer's, the others
            the receiving office's or a certified copy's.
        reg: a line under the header: "Số đăng ký: …" or "Mã văn bản: …".
        sign_line: "Người ký: …" in place of "(Đã ký)" and the name.
        copy_stamp: a "SAO Y" block printed after the signature (a certified copy).
    """

    file: str
    fmt: str
    number: str
    iso: str
    kind: str
    subject: str
    body: str
    signer: tuple[str, ...]
    to: tuple[str, ...] = TO_UP
    issuer: tuple[str, ...] = SCT
    kinh_gui: str = ""
    table: list[list[str]] | None = None
    footnotes: list[str] = field(default_factory=list)
    annex: str = ""
    copy: str = ""
    word_blank: bool = False
    incoming: tuple[str, str] = ()
    signatures: tuple[tuple[tuple[str, ...], str], ...] = ()
    reg: str = ""
    sign_line: bool = False
    copy_stamp: tuple[str, ...] = ()

    def signer_lines(self) -> list[str]:
        if not self.sign_line:
            return list(self.signer)
        titles = [s for s in self.signer[:-1] if s != "(Đã ký)"]
        return [*titles, f"Người ký: {self.signer[-1]}"]

    def stamp_lines(self) -> list[str]:
        """The incoming stamp and the registry line, printed under the header."""
        out = []
        if self.incoming:
            out.append(f"VĂN BẢN ĐẾN — Số đến: {self.incoming[0]} — Ngày đến: {self.incoming[1]}")
        if self.reg:
            out.append(self.reg)
        return out

    @property
    def date(self) -> str:
        return f"{PLACES[self.issuer]}, {vn_date(self.iso)}"

    def left(self, blank: bool = False) -> list[str]:
        number = "     /" + self.number.split("/", 1)[1] if blank else self.number
        lines = [*self.issuer, RULE_L, f"Số: {number}"]
        if not self.kind:
            lines.append(f"V/v {self.subject}")
        return lines

    def right(self, blank: bool = False) -> list[str]:
        date = f"{PLACES[self.issuer]}, ngày      tháng      năm {self.iso[:4]}" if blank else self.date
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
        out += [*self.stamp_lines(), ""] if self.stamp_lines() else []
        out += [self.kind, self.subject, ""] if self.kind else [f"Kính gửi: {self.kinh_gui}", ""]
        for p in self.paragraphs():
            if p == "[[TABLE]]":
                out += [" | ".join(r) for r in self.table or []]
            else:
                out.append(plain(p))
            out.append("")
        out += [*self.sign_left(), "", *self.signer_lines()]
        for p in self.annex_paragraphs():
            out += ["", plain(p)]
        return "\n".join(out)


def ca_lines(whose: tuple[str, ...], when: str) -> list[str]:
    """A digital signature as the province's CA prints it in the text layer."""
    name, email = CA[whose]
    return [f"Ký bởi: {name}", f"Email: {email}", f"Cơ quan: {CA_BODY}", f"Thời gian ký: {when}"]


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
    signer = [s for s in doc.signer if s != "(Đã ký)"] if unsigned else doc.signer_lines()
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


AUTHOR = "Hệ thống quản lý văn bản và điều hành tỉnh Phú Diên (MẪU)"


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
    for line in [] if unsigned else doc.stamp_lines():
        document.add_paragraph(line)
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
    props.last_modified_by, props.revision = "make_heldout35_archive.py", 1
    props.created = props.modified = props.last_printed = FIXED.replace(tzinfo=None)
    buffer = io.BytesIO()
    document.save(buffer)
    _rezip(buffer.getvalue(), path, FIXED)


def write_draft(path: Path, lines: list[str], title: str, table: list[list[str]] | None = None) -> None:
    """A DỰ THẢO as staff keep it: plain paragraphs, no header table, blanks for number and date.
    Also an annex kept in a file of its own (``table`` after the lines)."""
    document = docx.Document()
    document.add_paragraph(MARK)
    for line in lines:
        document.add_paragraph(line)
    if table:
        _data_table(document, table)
    document.add_paragraph(FOOTER)
    props = document.core_properties
    props.title, props.author = title, AUTHOR
    props.last_modified_by, props.revision = "make_heldout35_archive.py", 1
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
    line printed on one line; the annex (a Phụ lục) after the signature."""
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
    for whose, when in doc.signatures[:1]:
        for line in ca_lines(whose, when):
            _pdf_text(pdf, 125, 70, line, "I", 7, 3.5, align="L")
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
    for line in doc.stamp_lines():
        _pdf_text(pdf, 30, 165, line, "B", 9, 5, align="L")
    if doc.stamp_lines():
        pdf.ln(2)
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
    for text in doc.signer_lines():
        _pdf_text(pdf, X_RIGHT + 8, W_RIGHT - 10, text, "B")
    pdf.set_y(max(bottom, pdf.get_y()) + 4)
    for text in doc.annex_paragraphs():
        c = centred(text)
        _pdf_text(pdf, 30, 165, plain(text), "B" if c else "", 11, 6, align="C" if c else "L")
        pdf.ln(1)
    for line in doc.copy_stamp:
        _pdf_text(pdf, X_RIGHT + 8, W_RIGHT - 10, line, "B", 10, 5)
    for whose, when in doc.signatures[1:]:
        pdf.ln(2)
        for line in ca_lines(whose, when):
            _pdf_text(pdf, 30, 165, line, "I", 7, 3.5, align="L")
    _pdf_text(pdf, 30, 165, FOOTER, size=8, h=4, align="L")
    pdf.output(str(path))


def write_scan(path: Path, doc: Doc) -> None:
    """A signed paper copy run through the office scanner, saved with the OCR text layer: a grey
    page, the text a little askew, the scanner's line at the foot. The text is the document's."""
    pdf = FPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("scan")
    pdf.set_creator("Canon DR-C240 CaptureOnTouch (MẪU)")
    pdf.set_margins(30, 20, 15)
    pdf.set_auto_page_break(True, 18)
    for style, name in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf")):
        pdf.add_font("DejaVu", style, str(FONTS / name))
    pdf.add_page()
    pdf.set_fill_color(236, 234, 228)
    pdf.rect(0, 0, 210, 297, style="F")
    pdf.set_text_color(40, 40, 40)
    with pdf.rotation(0.7, 105, 148):
        _pdf_text(pdf, 30, 165, MARK, size=8, h=4, align="L")
        pdf.ln(2)
        for line in doc.lines_text().splitlines():
            _pdf_text(pdf, 30, 165, line if line else " ", "", 10, 5, align="L")
        _pdf_text(pdf, 30, 165, FOOTER, size=8, h=4, align="L")
    _pdf_text(pdf, 30, 165, "Scanned by CaptureOnTouch — 300 dpi — Trang 1", "I", 7, 3.5, align="R")
    pdf.output(str(path))


# ------------------------------------------------------------------ text, e-office


def full_text(doc: Doc) -> str:
    return f"{MARK}\n\n{doc.lines_text().rstrip()}\n\n{FOOTER}\n"


def write_txt(path: Path, doc: Doc) -> None:
    path.write_text(full_text(doc), encoding="utf-8", newline="\n")


def write_eoffice(path: Path, doc: Doc) -> None:
    """Exported from the e-office system: the metadata block first, then the text."""
    y, m, d = doc.iso.split("-")
    issuer = CA[doc.issuer][0]
    meta = [
        "THÔNG TIN VĂN BẢN (xuất từ Hệ thống quản lý văn bản và điều hành tỉnh Phú Diên)",
        f"Số ký hiệu: {doc.number}",
        f"Ngày ban hành: {d}/{m}/{y}",
        f"Loại văn bản: {KINDS[doc.kind]}",
        f"Trích yếu: {doc.subject}",
        f"Cơ quan ban hành: {issuer}",
        f"Người ký: {SIGNERS[doc.signer]}",
        *([f"Số đến: {doc.incoming[0]}", f"Ngày đến: {doc.incoming[1]}", "Sổ: Văn bản đến"] if doc.incoming else ["Sổ: Văn bản đi"]),
        "Trạng thái: Đã phát hành",
        "------------------------------------------------------------",
    ]
    path.write_text(f"{MARK}\n\n" + "\n".join(meta) + f"\n\n{doc.lines_text().rstrip()}\n\n{FOOTER}\n", encoding="utf-8", newline="\n")


def write_doc(out: Path, doc: Doc) -> None:
    """Write one document at its path under ``out`` (and its second file, if saved twice)."""
    writers = {"docx": write_docx, "pdf": write_pdf, "scan": write_scan, "txt": write_txt, "eoffice": write_eoffice}
    path = out / doc.file
    path.parent.mkdir(parents=True, exist_ok=True)
    writers[doc.fmt](path, doc)
    if doc.copy:
        (out / doc.copy).parent.mkdir(parents=True, exist_ok=True)
        if doc.fmt == "pdf" and doc.copy.endswith(".docx"):
            # Exported twice: the signed PDF and the Word file it was signed from.
            write_docx(out / doc.copy, doc, unsigned=True)
        else:
            (out / doc.copy).write_bytes(path.read_bytes())


def decision(who: str, grounds: list[str], articles: str) -> str:
    """A decision's body: who decides, the grounds, 'QUYẾT ĐỊNH:', the articles."""
    return f"{who}\n\n" + "\n\n".join(grounds) + f"\n\nQUYẾT ĐỊNH:\n\n{articles}"


def write_register(path: Path, title: str, rows: list[tuple[str, str, str, str]]) -> None:
    """The register of outgoing documents as the e-office system exports it: a tab-separated
    text, one row per document (number, date, trích yếu, signer). Not a document."""
    head = ["STT\tSố, ký hiệu\tNgày ban hành\tTrích yếu\tNgười ký"]
    body = [f"{i}\t{n}\t{d}\t{t}\t{w}" for i, (n, d, t, w) in enumerate(rows, 1)]
    text = "\n".join([MARK, "", title, "(xuất từ Hệ thống quản lý văn bản và điều hành tỉnh Phú Diên)", "", *head, *body, "", FOOTER]) + "\n"
    path.write_text(text, encoding="utf-8", newline="\n")
