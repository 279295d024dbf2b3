"""Write the Word 97–2003 test files of automatic list numbers, ``tests/ingest/data/
articles.doc`` and ``outline.doc``: DOCX made here with python-docx and a numbering part of
our own (fictional documents of tỉnh Hòa An, marked as samples), saved as ``.doc`` by
LibreOffice, as an office's Office would. The tests read the committed files (CI has no
LibreOffice) and compare them with the DOCX these builders make again. Run again only to
change them:

    python scripts/make_doc_list_fixtures.py
    # needs soffice (Debian: libreoffice-writer-nogui)
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))
from word_tables import borderless, fill  # noqa: E402

OUT = REPO / "tests" / "ingest" / "data"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MARK = "(MẪU — tài liệu hư cấu của tỉnh Hòa An, không có giá trị pháp lý)"


def _lvl(ilvl: int, fmt: str, text: str, *, start: int = 1, extra: str = "") -> str:
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
        f'{extra}<w:lvlText w:val="{text}"/></w:lvl>'
    )


# Articles ("Điều %1."), their khoản ("%2.") and điểm ("%3)"); a report's outline: roman
# parts ("I."), legal-style sections ("1.1." under them), a list starting at 5, a second
# instance of the outline starting again, lower-roman, upper-letter and zero-padded lists,
# bullets, a number followed by nothing.
_NUMBERING = (
    f'<w:numbering xmlns:w="{W}">'
    '<w:abstractNum w:abstractNumId="10">'
    + _lvl(0, "decimal", "Điều %1.")
    + _lvl(1, "decimal", "%2.")
    + _lvl(2, "lowerLetter", "%3)")
    + "</w:abstractNum>"
    '<w:abstractNum w:abstractNumId="11">'
    + _lvl(0, "upperRoman", "%1.")
    + _lvl(1, "decimal", "%1.%2.", extra="<w:isLgl/>")
    + _lvl(2, "decimal", "%1.%2.%3.", extra="<w:isLgl/>")
    + "</w:abstractNum>"
    '<w:abstractNum w:abstractNumId="12">'
    + _lvl(0, "decimal", "%1.", start=5)
    + "</w:abstractNum>"
    '<w:abstractNum w:abstractNumId="13">'
    + _lvl(0, "lowerRoman", "(%1)", extra='<w:suff w:val="space"/>')
    + _lvl(1, "upperLetter", "%2.", extra='<w:suff w:val="nothing"/>')
    + _lvl(2, "decimalZero", "%3.")
    + "</w:abstractNum>"
    '<w:abstractNum w:abstractNumId="14">'
    + _lvl(0, "bullet", "-")
    + "</w:abstractNum>"
    '<w:num w:numId="1"><w:abstractNumId w:val="10"/></w:num>'
    '<w:num w:numId="2"><w:abstractNumId w:val="11"/></w:num>'
    '<w:num w:numId="3"><w:abstractNumId w:val="12"/></w:num>'
    '<w:num w:numId="4"><w:abstractNumId w:val="13"/></w:num>'
    '<w:num w:numId="5"><w:abstractNumId w:val="14"/></w:num>'
    '<w:num w:numId="6"><w:abstractNumId w:val="11"/>'
    '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
    "</w:numbering>"
)


def _num_pr(num_id: int, level: int) -> object:
    return parse_xml(
        f'<w:numPr xmlns:w="{W}"><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/>'
        "</w:numPr>"
    )


def _document() -> docx.document.Document:
    document = docx.Document()
    numbering = document.part.numbering_part.element
    for child in list(numbering):
        numbering.remove(child)
    for child in parse_xml(_NUMBERING):
        numbering.append(child)
    document.add_paragraph(MARK)
    return document


def _numbered(parent: object, text: str, num_id: int, level: int = 0) -> None:
    paragraph = parent.add_paragraph(text)  # type: ignore[attr-defined]
    paragraph._p.get_or_add_pPr().append(_num_pr(num_id, level))


def _header(document: docx.document.Document, number: str, day: str) -> None:
    d, m, y = day.split("/")
    table = document.add_table(rows=1, cols=2)
    borderless(table)
    fill(table.cell(0, 0), ["UBND TỈNH HÒA AN", "SỞ NỘI VỤ", "————", f"Số: {number}"])
    fill(
        table.cell(0, 1),
        [
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            f"Hòa An, ngày {d} tháng {m} năm {y}",
        ],
    )


def articles(path: Path) -> None:
    """A decision of 2021 whose articles, khoản and điểm are numbered by Word: "Điều 1."
    to "Điều 4." (the last two through a paragraph style based on a numbered one),
    khoản restarting under each article, điểm "a)", "b)"; a table between two articles,
    the list going on after it; a list in a table cell."""
    document = _document()
    _header(document, "57/QĐ-SNV", "15/3/2021")
    document.add_paragraph("QUYẾT ĐỊNH")
    document.add_paragraph("Về việc ban hành Quy chế tiếp nhận hồ sơ")
    document.add_paragraph("QUYẾT ĐỊNH:")
    _numbered(document, "Phạm vi điều chỉnh", 1, 0)
    _numbered(document, "Quy chế này quy định việc tiếp nhận hồ sơ.", 1, 1)
    _numbered(document, "Hồ sơ được tiếp nhận:", 1, 1)
    _numbered(document, "tại Bộ phận Một cửa;", 1, 2)
    _numbered(document, "qua dịch vụ công trực tuyến.", 1, 2)
    _numbered(document, "Thời hạn giải quyết", 1, 0)
    _numbered(document, "Thời hạn theo bảng sau.", 1, 1)
    figures = document.add_table(rows=2, cols=2)
    for i, row in enumerate([["Thủ tục", "Ngày"], ["Cấp phép", "05"]]):
        for j, value in enumerate(row):
            figures.cell(i, j).text = value
    _numbered(document, "Hồ sơ trễ hạn được báo cáo.", 1, 1)
    # a paragraph style based on a numbered one ("Điều" of the list): its list is its base's
    base = document.styles.add_style("Điều QĐ", WD_STYLE_TYPE.PARAGRAPH)
    base.element.get_or_add_pPr().append(_num_pr(1, 0))
    style = document.styles.add_style("Điều QĐ đậm", WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = base
    style.font.bold = True
    document.add_paragraph("Trách nhiệm thi hành", style=style)
    _numbered(document, "Văn phòng Sở theo dõi:", 1, 1)
    cell = document.add_table(rows=1, cols=2).cell(0, 1)
    cell.text = "Các phòng thực hiện:"
    _numbered(cell, "tiếp nhận hồ sơ;", 1, 2)
    _numbered(cell, "trả kết quả.", 1, 2)
    document.add_paragraph("Hiệu lực thi hành", style=style)
    _numbered(document, "Quyết định có hiệu lực từ ngày ký./.", 1, 1)
    document.add_paragraph("Tài liệu mẫu hư cấu, không phải văn bản thật.")
    document.save(str(path))


def outline(path: Path) -> None:
    """A report of 2022 laid out by Word's outline numbering: roman parts, legal-style
    sections ("1.1.", "1.1.1."), a task list starting at 5, a second instance of the outline
    starting again at "I.", lower-roman and upper-letter items followed by a space or by
    nothing, zero-padded numbers, bullets (no number)."""
    document = _document()
    _header(document, "112/BC-SNV", "05/12/2022")
    document.add_paragraph("BÁO CÁO")
    document.add_paragraph("Kết quả cải cách hành chính năm 2022")
    _numbered(document, "KẾT QUẢ THỰC HIỆN", 2, 0)
    _numbered(document, "Công tác chỉ đạo", 2, 1)
    _numbered(document, "Ban hành kế hoạch", 2, 2)
    _numbered(document, "Kiểm tra", 2, 2)
    _numbered(document, "Cải cách thể chế", 2, 1)
    _numbered(document, "Các nhiệm vụ còn lại:", 3, 0)
    _numbered(document, "Số hóa hồ sơ.", 3, 0)
    _numbered(document, "Đánh giá chỉ số.", 3, 0)
    _numbered(document, "NHIỆM VỤ NĂM 2023", 2, 0)
    _numbered(document, "Rà soát thủ tục", 4, 0)
    _numbered(document, "Cấp xã", 4, 1)
    _numbered(document, "Cấp huyện", 4, 1)
    _numbered(document, "Danh mục kèm theo", 4, 2)
    _numbered(document, "Niêm yết công khai", 4, 0)
    _numbered(document, "đúng hạn;", 5, 0)
    _numbered(document, "đầy đủ.", 5, 0)
    _numbered(document, "PHỤ LỤC", 6, 0)
    _numbered(document, "Số liệu", 6, 1)
    document.add_paragraph("Tài liệu mẫu hư cấu, không phải văn bản thật.")
    document.save(str(path))


def main() -> None:
    soffice = shutil.which("soffice")
    if soffice is None:
        sys.exit("soffice not found: install LibreOffice (Debian: libreoffice-writer-nogui)")
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        made = []
        for name, write in (("articles", articles), ("outline", outline)):
            path = Path(tmp) / f"{name}.docx"
            write(path)
            made.append(str(path))
        profile = Path(tmp) / "profile"
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation={profile.as_uri()}",
                "--headless",
                "--convert-to",
                "doc",
                "--outdir",
                str(OUT),
                *made,
            ],
            check=True,
            capture_output=True,
        )
    for name in ("articles", "outline"):
        path = OUT / f"{name}.doc"
        print(path.relative_to(REPO), path.stat().st_size, "bytes")


if __name__ == "__main__":
    main()
