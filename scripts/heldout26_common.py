"""Twenty-sixth held-out archive: what its files share. The Sở Dân tộc và Tôn giáo of tỉnh Quảng
Hà (fictional), formed on 01/3/2025 from the Ban Dân tộc (2021 – February 2025), with a few files
of the Ban Tôn giáo (under the Sở Nội vụ) handed over. Do not tune on it.

Its focus is AN OFFICE THAT WORKS IN LIBREOFFICE AND EXCHANGES OPEN FORMATS: OpenDocument text
(``.odt``, one flat ``.fodt``), OpenDocument spreadsheets (``.ods``), RTF (one saved under a
``.doc`` name) — each written as DOCX (or XLSX) with python-docx / openpyxl and converted by
LibreOffice — and DOCX whose "Điều 1.", khoản "1." and điểm "a)" come from Word's automatic
numbering (``numbering.xml``: ``w:abstractNum`` with ``w:lvlText w:val="Điều %1."``, the
paragraphs carrying ``w:numPr`` or a paragraph style carrying it), one DOCX with hidden text. The
marks, signers, grounds and writers are here; the texts in ``heldout26_early.py`` and
``heldout26_late.py``; facts in ``bench/data/heldout26_archive_truth.json``.
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
from dataclasses import dataclass, field
from pathlib import Path

import docx
import openpyxl
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

MARK = "[MẪU — văn bản hư cấu: tỉnh Quảng Hà, Ban Dân tộc, Sở Dân tộc và Tôn giáo và mọi cá nhân nêu tên đều không có thật; không có giá trị pháp lý]"
FOOTER = "[Hết — TÀI LIỆU MẪU hư cấu do scripts/make_heldout26_archive.py tạo; tỉnh Quảng Hà không có thật; MẪU]"
BAN = ("UBND TỈNH QUẢNG HÀ", "BAN DÂN TỘC")
SO = ("UBND TỈNH QUẢNG HÀ", "SỞ DÂN TỘC VÀ TÔN GIÁO")
BTG = ("SỞ NỘI VỤ TỈNH QUẢNG HÀ", "BAN TÔN GIÁO")
UB = ("ỦY BAN NHÂN DÂN", "TỈNH QUẢNG HÀ")
PLACE = "Quảng Hà"
QUOC_HIEU = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
TIEU_NGU = "Độc lập - Tự do - Hạnh phúc"
RULE_L = "————"
RULE_R = "———————————"
FIXED = dt.datetime(2026, 11, 25, tzinfo=dt.UTC)
FONTS = Path("/usr/share/fonts/truetype/dejavu")

# Signers. Ban Dân tộc: Trưởng ban Hà Văn Thắng; Phó Trưởng ban Lò Thị Hiên (cải cách hành
# chính, văn phòng) and Triệu Văn Pao (chính sách dân tộc). Ban Tôn giáo (Sở Nội vụ): Trưởng ban
# Nguyễn Đức Tôn. Sở Dân tộc và Tôn giáo (from 01/3/2025): Giám đốc Hà Văn Thắng; Phó Giám đốc Lò
# Thị Hiên and Nguyễn Đức Tôn (tôn giáo). UBND tỉnh: Phó Chủ tịch Đinh Công Luận.
THANG_B = ("TRƯỞNG BAN", "(Đã ký)", "Hà Văn Thắng")
HIEN_B = ("KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "(Đã ký)", "Lò Thị Hiên")
PAO_B = ("KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "(Đã ký)", "Triệu Văn Pao")
TON_B = ("TRƯỞNG BAN", "(Đã ký)", "Nguyễn Đức Tôn")
THANG = ("GIÁM ĐỐC", "(Đã ký)", "Hà Văn Thắng")
HIEN = ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(Đã ký)", "Lò Thị Hiên")
TON = ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(Đã ký)", "Nguyễn Đức Tôn")
LUAN = ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "(Đã ký)", "Đinh Công Luận")
SIGNERS = {THANG_B: "Hà Văn Thắng", HIEN_B: "Lò Thị Hiên", PAO_B: "Triệu Văn Pao", TON_B: "Nguyễn Đức Tôn", THANG: "Hà Văn Thắng", HIEN: "Lò Thị Hiên", TON: "Nguyễn Đức Tôn", LUAN: "Đinh Công Luận"}

NQ76 = "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;"
ND61B = "Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính, được sửa đổi, bổ sung bởi Nghị định số 107/2021/NĐ-CP ngày 06/12/2021 của Chính phủ;"
ND61 = "Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính;"
ND45 = "Căn cứ Nghị định số 45/2020/NĐ-CP ngày 08/4/2020 của Chính phủ về thực hiện thủ tục hành chính trên môi trường điện tử;"
ND30 = "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;"
# The Ban's functions: 15/2021/QĐ-UBND (cited only); the Sở's: 355/QĐ-UBND (founding, cited) and
# 04/2025/QĐ-UBND (functions, cited).
FUNCS_BAN = "Căn cứ Quyết định số 15/2021/QĐ-UBND ngày 12/01/2021 của UBND tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Ban Dân tộc tỉnh Quảng Hà;"
FOUNDING = "Căn cứ Quyết định số 355/QĐ-UBND ngày 26/02/2025 của UBND tỉnh về việc thành lập Sở Dân tộc và Tôn giáo tỉnh Quảng Hà trên cơ sở Ban Dân tộc và tiếp nhận chức năng, nhiệm vụ quản lý nhà nước về tín ngưỡng, tôn giáo từ Sở Nội vụ;"
FUNCS_SO = "Căn cứ Quyết định số 04/2025/QĐ-UBND ngày 27/02/2025 của UBND tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Dân tộc và Tôn giáo tỉnh Quảng Hà;"
TB_WHO = "TRƯỞNG BAN DÂN TỘC TỈNH QUẢNG HÀ"
GD_WHO = "GIÁM ĐỐC SỞ DÂN TỘC VÀ TÔN GIÁO"
BTG_WHO = "TRƯỞNG BAN TÔN GIÁO"
CT_WHO = "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG HÀ"
TO_BAN = ("- Như Điều 3;", "- UBND tỉnh (để b/c);", "- Lãnh đạo Ban;", "- Lưu: VT, VP.")
TO_BAN_PAPER = ("- Các phòng thuộc Ban;", "- Lưu: VT, VP.")
TO_BAN_REPORT = ("- UBND tỉnh (để b/c);", "- Sở Nội vụ (để t/h);", "- Lãnh đạo Ban;", "- Lưu: VT, VP.")
TO_SO = ("- Như Điều 3;", "- UBND tỉnh (để b/c);", "- Giám đốc, các Phó Giám đốc Sở;", "- Lưu: VT, VP.")
TO_SO_PAPER = ("- Các phòng thuộc Sở;", "- Lưu: VT, VP.")
TO_SO_REPORT = ("- UBND tỉnh (để b/c);", "- Sở Nội vụ (để t/h);", "- Giám đốc, các Phó Giám đốc Sở;", "- Lưu: VT, VP.")


def vn_date(iso: str) -> str:
    """'ngày 05 tháng 3 năm 2025' as a clerk prints it: a 0 before a day under 10 and before
    the months 1 and 2."""
    year, month, day = (int(x) for x in iso.split("-"))
    mm = f"{month:02d}" if month < 3 else str(month)
    return f"ngày {day:02d} tháng {mm} năm {year}"


KINDS = {"QUYẾT ĐỊNH": "Quyết định", "KẾ HOẠCH": "Kế hoạch", "BÁO CÁO": "Báo cáo", "TỜ TRÌNH": "Tờ trình", "THÔNG BÁO": "Thông báo", "": "Công văn"}

# ------------------------------------------------------------------ documents

# Paragraph marks of automatic numbering (DOCX with numbering.xml, and the ODT / RTF converted
# from them): '#C ' a chương, '#D ' an điều, '#K ' a khoản, '#P ' a điểm. The number is made by
# the numbering, not typed; ``typed()`` gives the text as printed, for the text files and checks.
NUM_MARK = re.compile(r"^#([CDKP]) ?")
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]


@dataclass
class Doc:
    """One file of the archive.

    Attributes:
        file: its name as staff saved it.
        fmt: ``odt`` / ``fodt`` / ``rtf`` / ``rtfdoc`` (RTF under a ``.doc`` name) — written as
            DOCX, converted by LibreOffice —, ``docx``, ``pdf``, ``txt``, ``eoffice``, ``ods``
            (a spreadsheet: ``table`` under the header rows, converted from XLSX).
        number, iso, kind, subject: ``Số:``, the date, the type line (empty for a Công văn), the
            trích yếu (a Công văn's V/v without "V/v").
        body: paragraphs separated by blank lines; ``[[TABLE]]`` where ``table`` goes; ``{+…+}``
            a tracked insertion, ``{-…-}`` a tracked deletion, ``[^n]`` a footnote,
            ``[[HIDDEN:…]]`` hidden text (``w:vanish``); ``#C``/``#D``/``#K``/``#P`` a paragraph
            numbered automatically (see ``numbering``).
        numbering: ``numpr`` (each paragraph carries ``w:numPr``), ``style`` (a paragraph style
            carries it), ``outline`` (Heading styles linked to the numbering: LibreOffice's
            chapter numbering after conversion); empty where numbers are typed.
        running: a running page header (with a PAGE field in the footer).
        annex: what the decision issues (a Quy chế), after its signature block.
    """

    file: str
    fmt: str
    number: str
    iso: str
    kind: str
    subject: str
    body: str
    signer: tuple[str, ...]
    to: tuple[str, ...] = TO_BAN_PAPER
    issuer: tuple[str, ...] = BAN
    layout: str = "one_row"
    kinh_gui: str = ""
    table: list[list[str]] | None = None
    footnotes: list[str] = field(default_factory=list)
    running: str = ""
    annex: str = ""
    title: str = ""
    numbering: str = ""

    @property
    def date(self) -> str:
        return f"{PLACE}, {vn_date(self.iso)}"

    def left(self) -> list[str]:
        lines = [*self.issuer, RULE_L, f"Số: {self.number}"]
        if not self.kind:
            lines.append(f"V/v {self.subject}")
        return lines

    def right(self) -> list[str]:
        return [QUOC_HIEU, TIEU_NGU, RULE_R, self.date]

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
        """The plain text as signed (insertions kept, deletions dropped, hidden text left out,
        automatic numbers typed), header as lines."""
        out = [*self.issuer, "", QUOC_HIEU, TIEU_NGU, "", f"Số: {self.number}"]
        if not self.kind:
            out.append(f"V/v {self.subject}")
        out += ["", self.date, ""]
        out += [self.kind, self.subject, ""] if self.kind else [f"Kính gửi: {self.kinh_gui}", ""]
        for p in typed(self.paragraphs()):
            if p == "[[TABLE]]":
                out += [" | ".join(r) for r in self.table or []]
            else:
                out.append(signed_text(p))
            out.append("")
        out += [*self.sign_left(), "", *self.signer]
        for p in typed(self.annex_paragraphs()):
            out += ["", signed_text(p)]
        return "\n".join(out)


def split_paras(text: str) -> list[str]:
    return [p.strip("\n") for p in text.strip("\n").split("\n\n") if p.strip()]


_MARKUP = re.compile(r"\{\+(.*?)\+\}|\{-(.*?)-\}|\[\^(\d+)\]|\[\[HIDDEN:(.*?)\]\]")


def signed_text(text: str) -> str:
    """A paragraph as signed: insertions accepted, deletions dropped, no footnote marks, no
    hidden text."""
    return _MARKUP.sub(lambda m: m.group(1) or "", text)


def typed(paras: list[str]) -> list[str]:
    """Paragraphs with their automatic numbers typed as the numbering prints them: a chương
    'Chương I' (its own line), an điều 'Điều 1.' (never restarting), a khoản '1.' restarting
    under each điều, a điểm 'a)' restarting under each khoản."""
    counts = {"C": 0, "D": 0, "K": 0, "P": 0}
    out = []
    for p in paras:
        m = NUM_MARK.match(p)
        if not m:
            out.append(p)
            continue
        level, rest = m.group(1), p[m.end() :]
        counts[level] += 1
        if level == "D":
            counts["K"] = counts["P"] = 0
            out.append(f"Điều {counts['D']}. {rest}")
        elif level == "K":
            counts["P"] = 0
            out.append(f"{counts['K']}. {rest}")
        elif level == "P":
            out.append(f"{'abcdefghij'[counts['P'] - 1]}) {rest}")
        else:
            out.append(f"Chương {ROMAN[counts['C'] - 1]}{(' ' + rest) if rest else ''}")
    return out


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


def _fill(cell, lines: list[str], *, italic_last: bool = False, bold_upto: int = 0, align=WD_ALIGN_PARAGRAPH.CENTER) -> None:
    for i, line in enumerate(lines):
        para = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        para.alignment = align
        run = para.add_run(line)
        run.bold = i < bold_upto
        run.italic = italic_last and i == len(lines) - 1


def _header(document, doc: Doc) -> None:
    left, right = doc.left(), doc.right()
    n_issuer = len(doc.issuer)
    if doc.layout == "plain":
        for line in left[:n_issuer]:
            document.add_paragraph().add_run(line).bold = True
        for line in right[:2]:
            para = document.add_paragraph()
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            para.add_run(line).bold = True
        for line in left[n_issuer + 1 :]:
            document.add_paragraph(line)
        para = document.add_paragraph()
        para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        para.add_run(right[3]).italic = True
        return
    if doc.layout == "one_row":
        table = document.add_table(rows=1, cols=2)
        _fill(table.cell(0, 0), left, bold_upto=n_issuer)
        _fill(table.cell(0, 1), right, italic_last=True, bold_upto=2)
    else:
        table = document.add_table(rows=2, cols=2)
        _fill(table.cell(0, 0), left[: n_issuer + 1], bold_upto=n_issuer)
        _fill(table.cell(0, 1), right[:3], bold_upto=2)
        _fill(table.cell(1, 0), left[n_issuer + 1 :])
        _fill(table.cell(1, 1), right[3:], italic_last=True)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    _no_borders(table)


def _sign_table(document, doc: Doc) -> None:
    table = document.add_table(rows=1, cols=2)
    cell = table.cell(0, 0)
    for i, line in enumerate(doc.sign_left()):
        para = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        run = para.add_run(line)
        run.bold = run.italic = i == 0
        run.font.size = Pt(11 if i == 0 else 9)
    _fill(table.cell(0, 1), list(doc.signer), bold_upto=len(doc.signer))
    _no_borders(table)


REV_AUTHOR = "Văn thư Ban"


def _letters_upper(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


# Word's automatic numbering, three lists: 'dieu' (a decision's articles: Điều %1., khoản %2.,
# điểm %3)), 'chuong' (a Quy chế's chương: Chương %1 in Roman, a list of its own) and 'quyche'
# (the Quy chế's articles, a list of its own so that they do not restart at a new chương: Điều
# %1., khoản %2., điểm %3)). A lower level restarts after each higher one of its list.
SCHEMES = {
    "dieu": (("D", "decimal", "Điều %1."), ("K", "decimal", "%2."), ("P", "lowerLetter", "%3)")),
    "chuong": (("C", "upperRoman", "Chương %1"),),
    "quyche": (("D", "decimal", "Điều %1."), ("K", "decimal", "%2."), ("P", "lowerLetter", "%3)")),
}
STYLE_IDS = {"C": ("Chuong", "Chương"), "D": ("Dieu", "Điều"), "K": ("Khoan", "Khoản"), "P": ("Diem", "Điểm")}


class _Numbering:
    """The abstractNum / num definitions a document's numbered paragraphs use."""

    def __init__(self, document, mode: str) -> None:
        self.document, self.mode = document, mode
        self.numbering = document.part.numbering_part.element
        self.ids: dict[str, int] = {}

    def _mode(self, scheme: str) -> str:
        """Outline (chapter) numbering is for a Quy chế's chương (Heading 1); its articles and
        the decision's are lists whose paragraphs carry ``w:numPr``."""
        return "numpr" if self.mode == "outline" and scheme != "chuong" else self.mode

    def num_id(self, scheme: str) -> int:
        if scheme in self.ids:
            return self.ids[scheme]
        abstract_id = 40 + len(self.ids)
        num_id = 40 + len(self.ids)
        levels = []
        for ilvl, (mark, fmt, text) in enumerate(SCHEMES[scheme]):
            style_xml = ""
            if self._mode(scheme) == "outline":
                style_xml = f'<w:pStyle w:val="Heading{ilvl + 1}"/>'
            bold = '<w:rPr><w:b/></w:rPr>' if mark in "CD" else ""
            suff = "nothing" if mark == "C" else "space"
            levels.append(
                f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>{style_xml}'
                f'<w:suff w:val="{suff}"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
                f'<w:pPr><w:ind w:left="0" w:firstLine="567"/></w:pPr>{bold}</w:lvl>'
            )
        abstract = parse_xml(f'<w:abstractNum {W} w:abstractNumId="{abstract_id}"><w:multiLevelType w:val="multilevel"/>{"".join(levels)}</w:abstractNum>')
        nums = self.numbering.findall(qn("w:num"))
        firsts = self.numbering.findall(qn("w:abstractNum"))
        if firsts:
            firsts[-1].addnext(abstract)
        else:
            self.numbering.insert(0, abstract)
        num = parse_xml(f'<w:num {W} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/></w:num>')
        if nums:
            nums[-1].addnext(num)
        else:
            self.numbering.append(num)
        self.ids[scheme] = num_id
        if self._mode(scheme) in ("style", "outline"):
            self._styles(scheme, num_id)
        return num_id

    def _styles(self, scheme: str, num_id: int) -> None:
        styles = self.document.styles.element
        for ilvl, (mark, _fmt, _text) in enumerate(SCHEMES[scheme]):
            if self._mode(scheme) == "outline":
                style_id, name = f"Heading{ilvl + 1}", f"heading {ilvl + 1}"
                outline = f'<w:outlineLvl w:val="{ilvl}"/>'
            else:
                style_id, name = f"{STYLE_IDS[mark][0]}{scheme.title()}", f"{STYLE_IDS[mark][1]} ({scheme})"
                outline = ""
            for old in styles.findall(qn("w:style")):
                if old.get(qn("w:styleId")) == style_id:
                    styles.remove(old)
            bold = "<w:b/>" if mark in "CD" else ""
            styles.append(parse_xml(
                f'<w:style {W} w:type="paragraph" w:customStyle="1" w:styleId="{style_id}"><w:name w:val="{name}"/><w:basedOn w:val="Normal"/><w:qFormat/>'
                f'<w:pPr><w:keepNext w:val="{1 if mark in "CD" else 0}"/><w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>{outline}<w:jc w:val="{"center" if mark == "C" else "both"}"/></w:pPr>'
                f'<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:color w:val="000000"/><w:sz w:val="26"/>{bold}</w:rPr></w:style>'
            ))

    def apply(self, para, mark: str, scheme: str) -> None:
        num_id = self.num_id(scheme)
        marks = [m[0] for m in SCHEMES[scheme]]
        ilvl = marks.index(mark)
        mode = self._mode(scheme)
        if mode == "numpr":
            p_pr = para._p.get_or_add_pPr()
            p_pr.insert(0, parse_xml(f'<w:numPr {W}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'))
        else:
            style_id = f"Heading{ilvl + 1}" if mode == "outline" else f"{STYLE_IDS[mark][0]}{scheme.title()}"
            p_pr = para._p.get_or_add_pPr()
            p_pr.insert(0, parse_xml(f'<w:pStyle {W} w:val="{style_id}"/>'))


def _rich_para(document, text: str, numbering: _Numbering | None, scheme: str, rev_date: str) -> None:
    """A body paragraph, with its tracked changes, footnote marks, hidden text and automatic
    number."""
    para = document.add_paragraph()
    m = NUM_MARK.match(text)
    if m and numbering is not None:
        if scheme == "annex":
            scheme = "chuong" if m.group(1) == "C" else "quyche"
        numbering.apply(para, m.group(1), scheme)
        text = text[m.end() :]
    elif m:
        text = typed([text])[0]
    centred = text in ("QUYẾT ĐỊNH:", "QUYẾT ĐỊNH") or (_letters_upper(text) and len(text) < 70 and not text.startswith(("I", "V")))
    if not (m and numbering is not None):
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER if centred else WD_ALIGN_PARAGRAPH.JUSTIFY
    pos = 0
    rev = 1
    for mm in _MARKUP.finditer(text):
        if mm.start() > pos:
            para.add_run(text[pos : mm.start()]).bold = centred
        ins, dele, note, hidden = mm.groups()
        if ins is not None:
            para._p.append(parse_xml(f'<w:ins {W} w:id="{rev}" w:author="{REV_AUTHOR}" w:date="{rev_date}"><w:r><w:t xml:space="preserve">{html.escape(ins)}</w:t></w:r></w:ins>'))
        elif dele is not None:
            para._p.append(parse_xml(f'<w:del {W} w:id="{rev}" w:author="{REV_AUTHOR}" w:date="{rev_date}"><w:r><w:delText xml:space="preserve">{html.escape(dele)}</w:delText></w:r></w:del>'))
        elif note is not None:
            para._p.append(parse_xml(f'<w:r {W}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{int(note) + 1}"/></w:r>'))
        else:
            para._p.append(parse_xml(f'<w:r {W}><w:rPr><w:vanish/></w:rPr><w:t xml:space="preserve">{html.escape(hidden)}</w:t></w:r>'))
        rev += 1
        pos = mm.end()
    if pos < len(text):
        para.add_run(text[pos:]).bold = centred


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


def _data_table(document, rows: list[list[str]]) -> None:
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for row, values in zip(table.rows, rows, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.paragraphs[0].add_run(value)


def _author(doc: Doc) -> str:
    return {BAN: "Văn phòng Ban Dân tộc tỉnh Quảng Hà (MẪU)", SO: "Văn phòng Sở Dân tộc và Tôn giáo tỉnh Quảng Hà (MẪU)", BTG: "Ban Tôn giáo - Sở Nội vụ tỉnh Quảng Hà (MẪU)"}.get(doc.issuer, "Văn phòng UBND tỉnh Quảng Hà (MẪU)")


def _save_docx(document, path: Path, title: str, author: str) -> None:
    props = document.core_properties
    props.title, props.author = title, author
    props.last_modified_by, props.revision = "make_heldout26_archive.py", 1
    props.created = props.modified = props.last_printed = FIXED.replace(tzinfo=None)
    buffer = io.BytesIO()
    document.save(buffer)
    _rezip(buffer.getvalue(), path, FIXED)


def write_docx(path: Path, doc: Doc) -> None:
    """The mark, the header (a borderless table or paragraphs), the type line and trích yếu (or
    Kính gửi), the body, the signature table, the annex, the footer; automatic numbering where
    ``doc.numbering`` says."""
    document = docx.Document()
    style = document.styles["Normal"]
    style.font.name, style.font.size = "Times New Roman", Pt(13)
    numbering = _Numbering(document, doc.numbering) if doc.numbering else None
    rev_date = f"{doc.iso}T08:30:00Z"
    document.add_paragraph(MARK)
    _header(document, doc)
    for i, line in enumerate(doc.heading()):
        para = document.add_paragraph()
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER if doc.kind else WD_ALIGN_PARAGRAPH.LEFT
        para.add_run(line).bold = bool(doc.kind) and i < 2
    for text in doc.paragraphs():
        if text == "[[TABLE]]":
            _data_table(document, doc.table or [])
        else:
            _rich_para(document, text, numbering, "dieu", rev_date)
    _sign_table(document, doc)
    for text in doc.annex_paragraphs():
        _rich_para(document, text, numbering, "annex", rev_date)
    document.add_paragraph(FOOTER)
    if doc.footnotes:
        _footnotes(document, doc.footnotes)
    if doc.running:
        _running(document, doc.running)
    _save_docx(document, path, doc.title or f"{doc.number} (MẪU)", _author(doc))


def write_draft(path: Path, lines: list[str], title: str) -> None:
    """A DỰ THẢO as staff keep it: plain paragraphs, no header table, blanks for number and date."""
    document = docx.Document()
    document.add_paragraph(MARK)
    for line in lines:
        document.add_paragraph(line)
    document.add_paragraph(FOOTER)
    _save_docx(document, path, title, "Văn phòng Sở Dân tộc và Tôn giáo tỉnh Quảng Hà (MẪU)")


# ------------------------------------------------------------------ spreadsheets


def write_xlsx(path: Path, doc: Doc) -> None:
    """A spreadsheet as an office lays one out: the mark, the header in two columns of rows, the
    title, the table, the signer, the footer (each a row; the table one cell a value)."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Bieu so lieu"
    width = max(len(r) for r in doc.table or [[""]])
    rows: list[list[str]] = [[MARK]]
    if doc.number:
        left, right = doc.left(), doc.right()
        for i in range(max(len(left), len(right))):
            row = [left[i] if i < len(left) else ""] + [""] * (width - 2) + [right[i] if i < len(right) else ""]
            rows.append(row)
        rows.append([""])
        rows += [[doc.kind], [doc.subject]]
    for p in doc.paragraphs():
        if p == "[[TABLE]]":
            rows.append([""])
            rows += [list(r) for r in doc.table or []]
            rows.append([""])
        else:
            rows.append([signed_text(p)])
    if doc.signer:
        rows.append([""] * (width - 1) + [doc.signer[0]])
        for line in doc.signer[1:]:
            rows.append([""] * (width - 1) + [line])
    rows.append([FOOTER])
    for row in rows:
        sheet.append([int(c) if re.fullmatch(r"\d+", c) else c for c in row])
    props = book.properties
    props.title, props.creator = doc.title or doc.subject, _author(doc)
    props.created = props.modified = FIXED.replace(tzinfo=None)
    book.save(path)


# ------------------------------------------------------------------ LibreOffice


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert(files: list[Path], target: str, out: Path) -> None:
    """Convert ``files`` to ``target`` (odt, fodt, rtf, ods) into ``out`` in one LibreOffice
    call with its own profile."""
    if not files:
        return
    exe = soffice()
    if exe is None:
        raise SystemExit("LibreOffice (soffice) is needed to write the archive's OpenDocument and RTF files; install it or run on a machine that has it")
    with tempfile.TemporaryDirectory(prefix="lo-arch26-") as profile:
        subprocess.run(
            [exe, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", target, "--outdir", str(out), *map(str, files)],
            check=True, capture_output=True, timeout=900,
        )
    for path in files:
        if not (out / f"{path.stem}.{target}").exists():
            raise SystemExit(f"LibreOffice did not write {path.stem}.{target}")


# ------------------------------------------------------------------ PDF


class _Printed(FPDF):
    def header(self) -> None:
        if self.page_no() > 1:
            self.set_font("DejaVu", size=10)
            self.set_xy(0, 8)
            self.cell(210, 5, str(self.page_no()), align="C")
            self.set_y(self.t_margin)


X_LEFT, W_LEFT, X_RIGHT, W_RIGHT = 22.0, 78.0, 98.0, 102.0


def _pdf_text(pdf: FPDF, x: float, w: float, text: str, style: str = "", size: int = 11, h: float = 5.5, align: str = "C") -> None:
    pdf.set_font("DejaVu", style, size)
    pdf.set_x(x)
    pdf.multi_cell(w, h, text, align=align, new_x="LMARGIN", new_y="NEXT")


def write_pdf(path: Path, doc: Doc) -> None:
    """A PDF printed from the office suite: the header drawn line by line across two columns."""
    pdf = _Printed(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title(doc.title or f"{doc.number} (MẪU)")
    pdf.set_author(_author(doc))
    pdf.set_creator("LibreOffice Writer (MẪU)")
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
    for text in typed(doc.paragraphs()):
        if text == "[[TABLE]]":
            for row in doc.table or []:
                _pdf_text(pdf, 30, 165, " | ".join(row), "", 10, 6, align="L")
            pdf.ln(2)
            continue
        centred = text == "QUYẾT ĐỊNH:" or (_letters_upper(text) and len(text) < 70)
        _pdf_text(pdf, 30, 165, signed_text(text), "B" if centred else "", 11, 6, align="C" if centred else "J")
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


# ------------------------------------------------------------------ text, e-office


def full_text(doc: Doc) -> str:
    return f"{MARK}\n\n{doc.lines_text().rstrip()}\n\n{FOOTER}\n"


def write_txt(path: Path, doc: Doc) -> None:
    path.write_text(full_text(doc), encoding="utf-8", newline="\n")


def write_eoffice(path: Path, doc: Doc) -> None:
    """Exported from the e-office system: the metadata block first, then the text."""
    y, m, d = doc.iso.split("-")
    issuer = {BAN: "Ban Dân tộc", SO: "Sở Dân tộc và Tôn giáo", BTG: "Ban Tôn giáo - Sở Nội vụ"}.get(doc.issuer, "Ủy ban nhân dân tỉnh Quảng Hà")
    meta = [
        "THÔNG TIN VĂN BẢN (xuất từ Hệ thống quản lý văn bản và điều hành tỉnh Quảng Hà)",
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


CONVERTED = {"odt": "odt", "fodt": "fodt", "rtf": "rtf", "rtfdoc": "rtf", "ods": "ods"}


def write_doc(out: Path, doc: Doc, staging: Path) -> tuple[str, Path] | None:
    """Write one document into ``out``; a file LibreOffice converts is written as DOCX (XLSX)
    into ``staging`` and returned with its target format for the grouped conversion."""
    if doc.fmt in CONVERTED:
        if doc.fmt == "ods":
            staged = staging / f"{Path(doc.file).stem}.xlsx"
            write_xlsx(staged, doc)
        else:
            staged = staging / f"{Path(doc.file).stem}.docx"
            write_docx(staged, doc)
        return CONVERTED[doc.fmt], staged
    writers = {"docx": write_docx, "pdf": write_pdf, "txt": write_txt, "eoffice": write_eoffice}
    writers[doc.fmt](out / doc.file, doc)
    return None


def decision(who: str, grounds: list[str], articles: str) -> str:
    """A decision's body: who decides, the grounds, 'QUYẾT ĐỊNH:', the articles."""
    return f"{who}\n\n" + "\n\n".join(grounds) + f"\n\nQUYẾT ĐỊNH:\n\n{articles}"
