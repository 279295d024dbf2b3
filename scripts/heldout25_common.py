"""Twenty-fifth held-out archive: what its files share. The Sở Thông tin và Truyền thông of tỉnh
Minh Giang (fictional), January 2018 – November 2023. Do not tune on it.

Its focus is AN OLDER OFFICE'S FILES: Word 97–2003 ``.doc`` (written as DOCX with python-docx —
the header a borderless two-column table or plain paragraphs, the signature block a table; a
table of figures, footnotes, a running page header, a field, a long Quy chế, tracked changes
kept — then converted by LibreOffice, only the ``.doc`` kept), and text typed in the OLD
VIETNAMESE FONTS before Unicode was required: TCVN3 (TCVN 5712:1993, the "ABC" fonts
``.VnTime`` and ``.VnTimeH`` for capitals) and VNI (``VNI-Times``, the VNI Windows layout) — in
DOCX / .doc runs, a text file of TCVN3 bytes, a text file of VNI bytes (Windows-1252) and a PDF
whose text layer is the TCVN3 bytes. The marks, signers, grounds, encoders and writers are here;
the texts in ``heldout25_early.py`` and ``heldout25_late.py``; facts in
``bench/data/heldout25_archive_truth.json``.
"""

# ruff: noqa: E501

from __future__ import annotations

import datetime as dt
import html
import io
import re
import shutil
import subprocess
import tempfile
import unicodedata
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

MARK = "[MẪU — văn bản hư cấu: tỉnh Minh Giang, Sở Thông tin và Truyền thông và mọi cá nhân nêu tên đều không có thật; không có giá trị pháp lý]"
FOOTER = "[Hết — TÀI LIỆU MẪU hư cấu do scripts/make_heldout25_archive.py tạo; tỉnh Minh Giang không có thật; MẪU]"
# In a file typed in an old font the mark and footer are typed in it too: no dash the font lacks.
MARK_OLD = "[MẪU - văn bản hư cấu: tỉnh Minh Giang, Sở Thông tin và Truyền thông và mọi cá nhân nêu tên đều không có thật; không có giá trị pháp lý]"
FOOTER_OLD = "[Hết - TÀI LIỆU MẪU hư cấu do scripts/make_heldout25_archive.py tạo; tỉnh Minh Giang không có thật; MẪU]"
SO = ("UBND TỈNH MINH GIANG", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG")
UB = ("ỦY BAN NHÂN DÂN", "TỈNH MINH GIANG")
PLACE = "Minh Giang"
QUOC_HIEU = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
TIEU_NGU = "Độc lập - Tự do - Hạnh phúc"
RULE_L = "————"
RULE_R = "———————————"
RULE_OLD = "-------"
FIXED = dt.datetime(2023, 11, 25, tzinfo=dt.UTC)
FONTS = Path("/usr/share/fonts/truetype/dejavu")

# Signers. Sở Thông tin và Truyền thông: Giám đốc Đỗ Quang Huy (to 2020), Giám đốc Trịnh Văn Khải
# (from 2021); Phó Giám đốc Nguyễn Thị Thu Hà (cải cách hành chính, văn phòng, công nghệ thông
# tin) and Lương Đức Mạnh (báo chí, xuất bản, bưu chính, viễn thông, tần số); Chánh Văn phòng
# Hoàng Minh Tâm. UBND tỉnh: Phó Chủ tịch Vũ Đình Toàn.
HUY = ("GIÁM ĐỐC", "(Đã ký)", "Đỗ Quang Huy")
KHAI = ("GIÁM ĐỐC", "(Đã ký)", "Trịnh Văn Khải")
HA = ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(Đã ký)", "Nguyễn Thị Thu Hà")
MANH = ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(Đã ký)", "Lương Đức Mạnh")
TAM = ("TL. GIÁM ĐỐC", "CHÁNH VĂN PHÒNG", "(Đã ký)", "Hoàng Minh Tâm")
TOAN = ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "(Đã ký)", "Vũ Đình Toàn")
SIGNERS = {HUY: "Đỗ Quang Huy", KHAI: "Trịnh Văn Khải", HA: "Nguyễn Thị Thu Hà", MANH: "Lương Đức Mạnh", TAM: "Hoàng Minh Tâm", TOAN: "Vũ Đình Toàn"}

NQ30C = "Căn cứ Nghị quyết số 30c/NQ-CP ngày 08/11/2011 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2011 - 2020;"
NQ76 = "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;"
ND61 = "Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính;"
ND61B = "Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính, được sửa đổi, bổ sung bởi Nghị định số 107/2021/NĐ-CP ngày 06/12/2021 của Chính phủ;"
ND45 = "Căn cứ Nghị định số 45/2020/NĐ-CP ngày 08/4/2020 của Chính phủ về thực hiện thủ tục hành chính trên môi trường điện tử;"
ND130 = "Căn cứ Nghị định số 130/2005/NĐ-CP ngày 17/10/2005 của Chính phủ quy định chế độ tự chủ, tự chịu trách nhiệm về sử dụng biên chế và kinh phí quản lý hành chính đối với các cơ quan nhà nước;"
# The Sở's functions: 27/2016/QĐ-UBND until the reorganisation, 15/2021/QĐ-UBND from 01/6/2021
# (both cited only).
FUNCS = "Căn cứ Quyết định số 27/2016/QĐ-UBND ngày 18/8/2016 của UBND tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Thông tin và Truyền thông tỉnh Minh Giang;"
FUNCS21 = "Căn cứ Quyết định số 15/2021/QĐ-UBND ngày 20/5/2021 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Thông tin và Truyền thông tỉnh Minh Giang;"
GD = "GIÁM ĐỐC SỞ THÔNG TIN VÀ TRUYỀN THÔNG"
CT_WHO = "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH MINH GIANG"
TO_SO = ("- Như Điều 3;", "- UBND tỉnh (để b/c);", "- Giám đốc, các Phó Giám đốc Sở;", "- Lưu: VT, VP.")
TO_PAPER = ("- Các phòng, đơn vị thuộc Sở;", "- Lưu: VT, VP.")
TO_REPORT = ("- UBND tỉnh (để b/c);", "- Sở Nội vụ (để t/h);", "- Giám đốc, các Phó Giám đốc Sở;", "- Lưu: VT, VP.")


def vn_date(iso: str) -> str:
    """'ngày 05 tháng 3 năm 2019' as a clerk prints it: a 0 before a day under 10 and before
    the months 1 and 2."""
    year, month, day = (int(x) for x in iso.split("-"))
    mm = f"{month:02d}" if month < 3 else str(month)
    return f"ngày {day:02d} tháng {mm} năm {year}"


KINDS = {"QUYẾT ĐỊNH": "Quyết định", "KẾ HOẠCH": "Kế hoạch", "BÁO CÁO": "Báo cáo", "TỜ TRÌNH": "Tờ trình", "THÔNG BÁO": "Thông báo", "": "Công văn"}

# ------------------------------------------------------------------ the old fonts

# TCVN 5712:1993, VN3 (the "ABC" fonts .VnTime, .VnTimeH): one byte a letter. The capitals the
# standard has are Ă Â Ê Ô Ơ Ư Đ (0xA1 – 0xA7) beside the ASCII ones; every other capital (one
# with a tone mark) is typed in the capitals' font .VnTimeH, which draws the lower-case code
# points as capitals.
_TONED = {
    "a": "àảãáạ", "ă": "ằẳẵắặ", "â": "ầẩẫấậ", "e": "èẻẽéẹ", "ê": "ềểễếệ", "i": "ìỉĩíị",
    "o": "òỏõóọ", "ô": "ồổỗốộ", "ơ": "ờởỡớợ", "u": "ùủũúụ", "ư": "ừửữứự", "y": "ỳỷỹýỵ",
}
_TCVN3_CODES = {
    "a": (0xB5, 0xB6, 0xB7, 0xB8, 0xB9), "ă": (0xBB, 0xBC, 0xBD, 0xBE, 0xC6), "â": (0xC7, 0xC8, 0xC9, 0xCA, 0xCB),
    "e": (0xCC, 0xCE, 0xCF, 0xD0, 0xD1), "ê": (0xD2, 0xD3, 0xD4, 0xD5, 0xD6), "i": (0xD7, 0xD8, 0xDC, 0xDD, 0xDE),
    "o": (0xDF, 0xE1, 0xE2, 0xE3, 0xE4), "ô": (0xE5, 0xE6, 0xE7, 0xE8, 0xE9), "ơ": (0xEA, 0xEB, 0xEC, 0xED, 0xEE),
    "u": (0xEF, 0xF1, 0xF2, 0xF3, 0xF4), "ư": (0xF5, 0xF6, 0xF7, 0xF8, 0xF9), "y": (0xFA, 0xFB, 0xFC, 0xFD, 0xFE),
}
TCVN3: dict[str, str] = {"ă": "\xa8", "â": "\xa9", "ê": "\xaa", "ô": "\xab", "ơ": "\xac", "ư": "\xad", "đ": "\xae",
                         "Ă": "\xa1", "Â": "\xa2", "Ê": "\xa3", "Ô": "\xa4", "Ơ": "\xa5", "Ư": "\xa6", "Đ": "\xa7"}
for _base, _letters in _TONED.items():
    for _letter, _code in zip(_letters, _TCVN3_CODES[_base], strict=True):
        TCVN3[_letter] = chr(_code)
TCVN3_FONT, TCVN3_CAPS = ".VnTime", ".VnTimeH"
VNI_FONT = "VNI-Times"


def _plain(char: str) -> bool:
    return ord(char) < 0x80


def tcvn3_char(char: str) -> tuple[str, bool]:
    """One character in TCVN3: (its byte as a Latin-1 character, whether it needs .VnTimeH).
    A capital the standard lacks is the lower-case code point drawn by the capitals' font."""
    if _plain(char) or char in TCVN3:
        return (char if _plain(char) else TCVN3[char]), False
    low = char.lower()
    if low in TCVN3 and char != low:
        return TCVN3[low], True
    raise ValueError(f"not in TCVN3: {char!r}")


def _letters_upper(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def tcvn3_runs(text: str) -> list[tuple[str, str]]:
    """A paragraph as a clerk typed it in TCVN3: (bytes as Latin-1 text, font) runs. A line all
    in capitals is typed in .VnTimeH throughout (its capitals the standard has stay capitals);
    elsewhere .VnTime, a capital with a tone mark switched to .VnTimeH for that letter."""
    text = unicodedata.normalize("NFC", text)
    if _letters_upper(text):
        return [("".join(tcvn3_char(c)[0] for c in text), TCVN3_CAPS)]
    runs: list[tuple[str, str]] = []
    for char in text:
        code, caps = tcvn3_char(char)
        font = TCVN3_CAPS if caps else TCVN3_FONT
        if runs and runs[-1][1] == font:
            runs[-1] = (runs[-1][0] + code, font)
        else:
            runs.append((code, font))
    return runs


def to_tcvn3(text: str) -> str:
    """Text in TCVN3 with no font to carry the case (a .txt, a PDF's text layer): the bytes as
    Latin-1 characters."""
    return "".join(tcvn3_char(c)[0] for c in unicodedata.normalize("NFC", text))


# VNI Windows: a letter is its base letter and one or two marks, each a Windows-1252 byte the
# VNI fonts draw as a mark; i and the horned ơ, ư are one byte of their own.
_VNI_TONE = {"\u0301": "ù", "\u0300": "ø", "\u0309": "û", "\u0303": "õ", "\u0323": "ï"}
_VNI_CIRC = {None: "â", "\u0301": "á", "\u0300": "à", "\u0309": "å", "\u0303": "ã", "\u0323": "ä"}
_VNI_BREVE = {None: "ê", "\u0301": "é", "\u0300": "è", "\u0309": "ú", "\u0303": "ü", "\u0323": "ë"}
_VNI_I = {"\u0301": "í", "\u0300": "ì", "\u0309": "æ", "\u0303": "ó", "\u0323": "ò"}


def vni_char(char: str) -> str:
    if _plain(char):
        return char
    if char in "đĐ":
        return "ñ" if char == "đ" else "Ñ"
    parts = unicodedata.normalize("NFD", char)
    base, marks = parts[0], parts[1:]
    shape = next((m for m in marks if m in "\u0302\u0306\u031b"), None)
    tone = next((m for m in marks if m in _VNI_TONE), None)
    upper = base.isupper()

    def cap(s: str) -> str:
        return s.upper() if upper else s

    if base in "iI" and tone and not shape:
        return cap(_VNI_I[tone])
    if base in "yY" and tone == "\u0323":
        return base + cap("î")
    if shape == "\u031b":
        return cap("ô" if base in "oO" else "ö") + (cap(_VNI_TONE[tone]) if tone else "")
    if shape == "\u0302":
        return base + cap(_VNI_CIRC[tone])
    if shape == "\u0306":
        return base + cap(_VNI_BREVE[tone])
    if tone:
        return base + cap(_VNI_TONE[tone])
    raise ValueError(f"not in VNI: {char!r}")


def to_vni(text: str) -> str:
    return "".join(vni_char(c) for c in unicodedata.normalize("NFC", text))


def encode_runs(text: str, font: str) -> list[tuple[str, str | None]]:
    """``text`` as the runs of its font: ``tcvn3``, ``vni`` or Unicode (``""``)."""
    if font == "tcvn3":
        return list(tcvn3_runs(text))
    if font == "vni":
        return [(to_vni(text), VNI_FONT)]
    return [(text, None)]


# ------------------------------------------------------------------ documents


@dataclass
class Doc:
    """One file of the archive.

    Attributes:
        file: its name as staff saved it.
        fmt: ``doc`` (Word 97–2003: written as DOCX, converted by LibreOffice), ``docx``, ``pdf``,
            ``txt`` (UTF-8, header as lines), ``eoffice`` (metadata block first), ``html`` (saved
            from the portal), ``tcvn3_txt`` (TCVN3 bytes), ``vni_txt`` (VNI bytes, Windows-1252).
        font: ``tcvn3`` (the whole text in .VnTime / .VnTimeH), ``tcvn3_body`` (the body only:
            a Unicode template), ``vni`` (VNI-Times) or ``""`` (Unicode).
        number: ``Số:`` as printed. iso: the date. kind: the type line, empty for a Công văn.
        subject: the trích yếu (a Công văn's V/v without "V/v").
        body: paragraphs separated by blank lines; ``[[TABLE]]`` where ``table`` goes; in a
            DOCX / .doc: ``{+…+}`` a tracked insertion, ``{-…-}`` a tracked deletion, ``[^n]`` a
            footnote (``footnotes[n-1]``), ``[[LINK:url|text]]`` a HYPERLINK field.
        layout: a DOCX ``one_row``, ``two_rows`` or ``plain`` (the header as paragraphs).
        running: a running page header (with a PAGE field in the footer).
        annex: what the decision issues (a Quy chế), after its signature block (DOCX / .doc).
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
    font: str = ""
    table: list[list[str]] | None = None
    footnotes: list[str] = field(default_factory=list)
    running: str = ""
    annex: str = ""
    title: str = ""

    @property
    def old(self) -> bool:
        return self.font in ("tcvn3", "vni")

    @property
    def date(self) -> str:
        return f"{PLACE}, {vn_date(self.iso)}"

    @property
    def mark(self) -> str:
        return MARK_OLD if self.old else MARK

    @property
    def footer(self) -> str:
        return FOOTER_OLD if self.old else FOOTER

    def left(self) -> list[str]:
        lines = [*self.issuer, RULE_OLD if self.old else RULE_L, f"Số: {self.number}"]
        if not self.kind:
            lines.append(f"V/v {self.subject}")
        return lines

    def right(self) -> list[str]:
        return [QUOC_HIEU, TIEU_NGU, RULE_OLD if self.old else RULE_R, self.date]

    def heading(self) -> list[str]:
        if self.kind:
            return [self.kind, self.subject, RULE_OLD if self.old else "————"]
        return [f"Kính gửi: {self.kinh_gui}"]

    def paragraphs(self) -> list[str]:
        return [p.strip("\n") for p in self.body.strip("\n").split("\n\n")]

    def sign_left(self) -> list[str]:
        return ["Nơi nhận:", *self.to]

    def lines_text(self) -> str:
        """The plain text as signed (insertions kept, deletions dropped), header as lines."""
        out = [*self.issuer, "", QUOC_HIEU, TIEU_NGU, "", f"Số: {self.number}"]
        if not self.kind:
            out.append(f"V/v {self.subject}")
        out += ["", self.date, ""]
        out += [self.kind, self.subject, ""] if self.kind else [f"Kính gửi: {self.kinh_gui}", ""]
        for p in self.paragraphs():
            if p == "[[TABLE]]":
                out += [" | ".join(r) for r in self.table or []]
            else:
                out.append(signed_text(p))
            out.append("")
        out += [*self.sign_left(), "", *self.signer]
        return "\n".join(out)


_MARKUP = re.compile(r"\{\+(.*?)\+\}|\{-(.*?)-\}|\[\^(\d+)\]|\[\[LINK:(.*?)\|(.*?)\]\]")


def signed_text(text: str) -> str:
    """A paragraph as signed: insertions accepted, deletions dropped, no footnote marks."""
    return _MARKUP.sub(lambda m: m.group(1) or m.group(5) or "", text)


# ------------------------------------------------------------------ DOCX


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


def _runs(para, text: str, font: str, *, bold: bool = False, italic: bool = False, size: int | None = None) -> None:
    """Add ``text`` to ``para`` as runs in its font (the old fonts set on every run)."""
    for chunk, name in encode_runs(text, font):
        run = para.add_run(chunk)
        run.bold, run.italic = bold, italic
        if size:
            run.font.size = Pt(size)
        if name:
            run.font.name = name
            run._r.get_or_add_rPr().get_or_add_rFonts().set(qn("w:cs"), name)


def _fill(cell, lines: list[str], font: str, *, italic_last: bool = False, bold_upto: int = 0, align=WD_ALIGN_PARAGRAPH.CENTER) -> None:
    for i, line in enumerate(lines):
        para = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        para.alignment = align
        _runs(para, line, font, bold=i < bold_upto, italic=italic_last and i == len(lines) - 1)


def _header(document, doc: Doc, font: str) -> None:
    left, right = doc.left(), doc.right()
    n_issuer = len(doc.issuer)
    if doc.layout == "plain":
        # The header typed as paragraphs one under another, as older templates had it.
        for line in left[:n_issuer]:
            _runs(document.add_paragraph(), line, font, bold=True)
        for line in right[:2]:
            para = document.add_paragraph()
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _runs(para, line, font, bold=True)
        for line in left[n_issuer + 1 :]:
            _runs(document.add_paragraph(), line, font)
        para = document.add_paragraph()
        para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        _runs(para, right[3], font, italic=True)
        return
    if doc.layout == "one_row":
        table = document.add_table(rows=1, cols=2)
        _fill(table.cell(0, 0), left, font, bold_upto=n_issuer)
        _fill(table.cell(0, 1), right, font, italic_last=True, bold_upto=2)
    else:
        table = document.add_table(rows=2, cols=2)
        _fill(table.cell(0, 0), left[: n_issuer + 1], font, bold_upto=n_issuer)
        _fill(table.cell(0, 1), right[:3], font, bold_upto=2)
        _fill(table.cell(1, 0), left[n_issuer + 1 :], font)
        _fill(table.cell(1, 1), right[3:], font, italic_last=True)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    _no_borders(table)


def _sign_table(document, doc: Doc, font: str) -> None:
    table = document.add_table(rows=1, cols=2)
    cell = table.cell(0, 0)
    for i, line in enumerate(doc.sign_left()):
        para = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        _runs(para, line, font, bold=i == 0, italic=i == 0, size=9 if i else 11)
    _fill(table.cell(0, 1), list(doc.signer), font, bold_upto=len(doc.signer))
    _no_borders(table)


W = nsdecls("w")
REV_AUTHOR, REV_DATE = "Văn thư Sở", "2019-03-04T08:30:00Z"


def _rich_para(document, doc: Doc, text: str, font: str) -> None:
    """A body paragraph, with its tracked changes, footnote marks and fields."""
    para = document.add_paragraph()
    centred = text in ("QUYẾT ĐỊNH:", "QUYẾT ĐỊNH") or (_letters_upper(text) and len(text) < 60 and not text.startswith(("I", "V")))
    para.alignment = WD_ALIGN_PARAGRAPH.CENTER if centred else WD_ALIGN_PARAGRAPH.JUSTIFY
    pos = 0
    rev = 1
    for m in _MARKUP.finditer(text):
        if m.start() > pos:
            _runs(para, text[pos : m.start()], font, bold=centred)
        ins, dele, note, url, shown = m.groups()
        if ins is not None:
            para._p.append(parse_xml(f'<w:ins {W} w:id="{rev}" w:author="{REV_AUTHOR}" w:date="{REV_DATE}"><w:r><w:t xml:space="preserve">{html.escape(ins)}</w:t></w:r></w:ins>'))
        elif dele is not None:
            para._p.append(parse_xml(f'<w:del {W} w:id="{rev}" w:author="{REV_AUTHOR}" w:date="{REV_DATE}"><w:r><w:delText xml:space="preserve">{html.escape(dele)}</w:delText></w:r></w:del>'))
        elif note is not None:
            para._p.append(parse_xml(f'<w:r {W}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{int(note) + 1}"/></w:r>'))
        else:
            para._p.append(parse_xml(
                f'<w:fldSimple {W} w:instr=" HYPERLINK &quot;{html.escape(url)}&quot; "><w:r><w:rPr><w:u w:val="single"/></w:rPr><w:t xml:space="preserve">{html.escape(shown)}</w:t></w:r></w:fldSimple>'
            ))
        rev += 1
        pos = m.end()
    if pos < len(text):
        _runs(para, text[pos:], font, bold=centred)


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


def _running(document, text: str) -> None:
    """A running page header and a footer 'Trang N' with a PAGE field."""
    section = document.sections[0]
    head = section.header.paragraphs[0]
    head.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run = head.add_run(text)
    run.italic, run.font.size = True, Pt(10)
    foot = section.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    foot.add_run("Trang ").font.size = Pt(10)
    foot._p.append(parse_xml(f'<w:fldSimple {W} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))


def _data_table(document, rows: list[list[str]], font: str) -> None:
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for row, values in zip(table.rows, rows, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            _runs(cell.paragraphs[0], value, font)


def _save_docx(document, path: Path, title: str) -> None:
    props = document.core_properties
    props.title, props.author = title, "Văn phòng Sở Thông tin và Truyền thông tỉnh Minh Giang (MẪU)"
    props.last_modified_by, props.revision = "make_heldout25_archive.py", 1
    props.created = props.modified = props.last_printed = FIXED.replace(tzinfo=None)
    buffer = io.BytesIO()
    document.save(buffer)
    _rezip(buffer.getvalue(), path, FIXED)


def write_docx(path: Path, doc: Doc) -> None:
    """The mark, the header (a borderless table or paragraphs), the type line and trích yếu (or
    Kính gửi), the body, the signature table, the footer; old-font runs where the clerk typed
    them (``tcvn3_body``: the body only)."""
    document = docx.Document()
    style = document.styles["Normal"]
    style.font.name, style.font.size = "Times New Roman", Pt(13)
    whole = doc.font if doc.old else ""
    body = "tcvn3" if doc.font == "tcvn3_body" else whole
    _runs(document.add_paragraph(), doc.mark, whole)
    _header(document, doc, whole)
    for i, line in enumerate(doc.heading()):
        para = document.add_paragraph()
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER if doc.kind else WD_ALIGN_PARAGRAPH.LEFT
        _runs(para, line, whole, bold=bool(doc.kind) and i < 2)
    for text in doc.paragraphs():
        if text == "[[TABLE]]":
            _data_table(document, doc.table or [], body)
        else:
            _rich_para(document, doc, text, body)
    _sign_table(document, doc, whole)
    for text in [p.strip("\n") for p in doc.annex.strip("\n").split("\n\n") if p.strip()]:
        _rich_para(document, doc, text, body)
    _runs(document.add_paragraph(), doc.footer, whole)
    if doc.footnotes:
        _footnotes(document, doc.footnotes)
    if doc.running:
        _running(document, doc.running)
    _save_docx(document, path, doc.title or f"{doc.number} (MẪU)")


def write_draft(path: Path, lines: list[str], title: str) -> None:
    """A DỰ THẢO as staff keep it: plain paragraphs, no header table, blanks for number and date."""
    document = docx.Document()
    document.add_paragraph(MARK)
    for line in lines:
        document.add_paragraph(line)
    document.add_paragraph(FOOTER)
    _save_docx(document, path, title)


# ------------------------------------------------------------------ Word 97–2003 (.doc)


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert_to_doc(docx_files: list[Path], out: Path) -> None:
    """Convert DOCX files to Word 97–2003 ``.doc`` into ``out`` in one LibreOffice call (its own
    profile), keeping only the ``.doc``."""
    exe = soffice()
    if exe is None:
        raise SystemExit("LibreOffice (soffice) is needed to write the archive's Word 97-2003 .doc files; install it or run on a machine that has it")
    with tempfile.TemporaryDirectory(prefix="lo-arch25-") as profile:
        subprocess.run(
            [exe, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "doc", "--outdir", str(out), *map(str, docx_files)],
            check=True, capture_output=True, timeout=600,
        )
    for path in docx_files:
        if not (out / f"{path.stem}.doc").exists():
            raise SystemExit(f"LibreOffice did not write {path.stem}.doc")


# ------------------------------------------------------------------ PDF


class _Printed(FPDF):
    def header(self) -> None:
        if self.page_no() > 1:
            self.set_font(self.page_font, size=10)
            self.set_xy(0, 8)
            self.cell(210, 5, str(self.page_no()), align="C")
            self.set_y(self.t_margin)


X_LEFT, W_LEFT, X_RIGHT, W_RIGHT = 22.0, 78.0, 98.0, 102.0


def _wrap(pdf: FPDF, text: str, width: float) -> list[str]:
    """Break ``text`` into lines that fit ``width`` at spaces (fpdf2's multi_cell would drop the
    soft hyphen 0xAD that TCVN3 uses for ư, so old-font text is laid line by line)."""
    lines, line = [], ""
    for word in text.split(" "):
        trial = f"{line} {word}" if line else word
        if line and pdf.get_string_width(trial) > width:
            lines.append(line)
            line = word
        else:
            line = trial
    lines.append(line)
    return lines


def _pdf_text(pdf: FPDF, doc: Doc, x: float, w: float, text: str, style: str = "", size: int = 11, h: float = 5.5, align: str = "C") -> None:
    pdf.set_font(pdf.page_font, style, size)
    shown = to_tcvn3(text) if doc.font == "tcvn3" else text
    for line in _wrap(pdf, shown, w - 2):
        pdf.set_x(x)
        pdf.cell(w, h, line, align=align, new_x="LMARGIN", new_y="NEXT")


def write_pdf(path: Path, doc: Doc) -> None:
    """A PDF printed from Word: the header drawn line by line across two columns; a TCVN3
    document drawn in a core font so that its text layer holds the TCVN3 bytes."""
    pdf = _Printed(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title(doc.title or f"{doc.number} (MẪU)")
    pdf.set_author("Sở Thông tin và Truyền thông tỉnh Minh Giang (MẪU, hư cấu)")
    pdf.set_creator("Microsoft Word (MẪU)")
    pdf.set_margins(30, 20, 15)
    pdf.set_auto_page_break(True, 18)
    if doc.font == "tcvn3":
        pdf.page_font = "Times"
    else:
        pdf.page_font = "DejaVu"
        for style, name in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf"), ("BI", "DejaVuSans-BoldOblique.ttf")):
            pdf.add_font("DejaVu", style, str(FONTS / name))
    pdf.add_page()
    _pdf_text(pdf, doc, 30, 165, doc.mark, size=8, h=4, align="L")
    pdf.ln(2)
    n = len(doc.issuer)
    left = [(x, "B" if i < n else "") for i, x in enumerate(doc.left())]
    right = [(QUOC_HIEU, "B"), (TIEU_NGU, "B"), (doc.right()[2], ""), (doc.date, "I")]
    y = pdf.get_y()
    for i in range(max(len(left), len(right))):
        bottoms = []
        for col, x, w in ((left, X_LEFT, W_LEFT), (right, X_RIGHT, W_RIGHT)):
            if i < len(col):
                pdf.set_y(y)
                _pdf_text(pdf, doc, x, w, col[i][0], col[i][1], size=11 if doc.font != "tcvn3" else 12)
                bottoms.append(pdf.get_y())
        y = max(bottoms)
    pdf.set_y(y + 4)
    for i, line in enumerate(doc.heading()):
        if doc.kind:
            _pdf_text(pdf, doc, 30, 165, line, "B" if i < 2 else "", 13)
        else:
            _pdf_text(pdf, doc, 30, 165, line, "", 12, align="L")
    pdf.ln(3)
    for text in doc.paragraphs():
        if text == "[[TABLE]]":
            for row in doc.table or []:
                _pdf_text(pdf, doc, 30, 165, " | ".join(row), "", 11, 6, align="L")
            pdf.ln(2)
            continue
        centred = text == "QUYẾT ĐỊNH:" or (_letters_upper(text) and len(text) < 60)
        _pdf_text(pdf, doc, 30, 165, signed_text(text), "B" if centred else "", 13, 7, align="C" if centred else "L")
        pdf.ln(2)
    pdf.ln(3)
    if pdf.get_y() > 230:
        pdf.add_page()
    top = pdf.get_y()
    for i, text in enumerate(doc.sign_left()):
        _pdf_text(pdf, doc, X_LEFT, W_LEFT, text, "BI" if i == 0 else "", 10 if i == 0 else 9, 5, align="L")
    bottom = pdf.get_y()
    pdf.set_y(top)
    for text in doc.signer:
        _pdf_text(pdf, doc, X_RIGHT + 8, W_RIGHT - 10, text, "B")
    pdf.set_y(max(bottom, pdf.get_y()) + 4)
    _pdf_text(pdf, doc, 30, 165, doc.footer, size=8, h=4, align="L")
    pdf.output(str(path))


# ------------------------------------------------------------------ text, e-office, HTML


def full_text(doc: Doc, newline: str = "\n") -> str:
    text = f"{doc.mark}\n\n{doc.lines_text().rstrip()}\n\n{doc.footer}\n"
    return text.replace("\n", newline)


def write_txt(path: Path, doc: Doc) -> None:
    path.write_text(full_text(doc), encoding="utf-8", newline="\n")


def write_tcvn3_txt(path: Path, doc: Doc) -> None:
    """A text file saved from a TCVN3 document: its bytes, CRLF (a DOS/Windows editor)."""
    path.write_bytes(to_tcvn3(full_text(doc, "\r\n")).encode("latin-1"))


def write_vni_txt(path: Path, doc: Doc) -> None:
    """A text file saved from a VNI document: VNI's bytes read as Windows-1252, CRLF."""
    path.write_bytes(to_vni(full_text(doc, "\r\n")).encode("cp1252"))


def write_eoffice(path: Path, doc: Doc) -> None:
    """Exported from the e-office system: the metadata block first, then the text."""
    y, m, d = doc.iso.split("-")
    issuer = "Ủy ban nhân dân tỉnh Minh Giang" if doc.issuer == UB else "Sở Thông tin và Truyền thông"
    meta = [
        "THÔNG TIN VĂN BẢN (xuất từ Hệ thống quản lý văn bản và điều hành tỉnh Minh Giang)",
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


def write_html(path: Path, doc: Doc) -> None:
    """A page saved from the province's portal: menus, a breadcrumb, the document (its header and
    signature block in tables), a sidebar and the portal's footer."""
    n = len(doc.issuer)
    body = [f'<p style="text-align:center"><b>{html.escape(doc.kind)}</b><br>\n<b>{html.escape(doc.subject)}</b></p>']
    for text in doc.paragraphs():
        if text == "[[TABLE]]":
            rows = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>\n" for r in doc.table or [])
            body.append(f'<table class="bang" border="1">\n{rows}</table>')
        else:
            body.append(f"<p>{html.escape(text)}</p>")
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{html.escape(doc.number)} - {html.escape(doc.subject)} | Cổng Thông tin điện tử tỉnh Minh Giang</title>
</head>
<body>
<div class="banner">CỔNG THÔNG TIN ĐIỆN TỬ TỈNH MINH GIANG (trang mẫu hư cấu)</div>
<ul class="menu">
<li><a href="#">Trang chủ</a></li>
<li><a href="#">Giới thiệu</a></li>
<li><a href="#">Tin tức - Sự kiện</a></li>
<li><a href="#">Văn bản</a></li>
<li><a href="#">Dịch vụ công trực tuyến</a></li>
</ul>
<div class="breadcrumb">Trang chủ &raquo; Văn bản &raquo; Văn bản chỉ đạo điều hành</div>
<div class="noi-dung">
<p>{html.escape(MARK)}</p>
<table class="tieu-de">
<tr><td style="text-align:center;width:40%">{_cells_html(doc.left(), n)}</td>
<td style="text-align:center">{_cells_html(doc.right(), 2, True)}</td></tr>
</table>
{chr(10).join(body)}
<table class="ky"><tr><td style="width:50%"><b><i>Nơi nhận:</i></b><br>
{_cells_html(list(doc.to), 0)}</td>
<td style="text-align:center">{_cells_html(list(doc.signer), len(doc.signer))}</td></tr></table>
<p>{html.escape(FOOTER)}</p>
</div>
<div class="sidebar">
<h3>Liên kết</h3>
<ul><li>Cổng Dịch vụ công quốc gia</li><li>Hệ thống thông tin giải quyết thủ tục hành chính tỉnh</li></ul>
</div>
<div class="footer">Cơ quan chủ quản: Ủy ban nhân dân tỉnh Minh Giang (hư cấu). Ghi rõ nguồn khi phát hành lại thông tin từ cổng thông tin này.</div>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8", newline="\n")


def write_doc(out: Path, doc: Doc, staging: Path) -> Path | None:
    """Write one document into ``out``; a ``.doc`` is written as DOCX into ``staging`` and its
    path returned for the one LibreOffice call."""
    path = out / doc.file
    if doc.fmt == "doc":
        staged = staging / f"{Path(doc.file).stem}.docx"
        write_docx(staged, doc)
        return staged
    writers = {"docx": write_docx, "pdf": write_pdf, "txt": write_txt, "eoffice": write_eoffice, "html": write_html, "tcvn3_txt": write_tcvn3_txt, "vni_txt": write_vni_txt}
    writers[doc.fmt](path, doc)
    return None


def decision(who: str, grounds: list[str], articles: str) -> str:
    """A decision's body: who decides, the grounds, 'QUYẾT ĐỊNH:', the articles."""
    return f"{who}\n\n" + "\n\n".join(grounds) + f"\n\nQUYẾT ĐỊNH:\n\n{articles}"
