"""Write the Word 97–2003 and Excel 97–2003 test files ``tests/ingest/data/*.doc``, ``*.xls``:
DOCX and XLSX made here with python-docx and openpyxl (fictional documents of tỉnh Hòa An,
marked as samples), saved as ``.doc``/``.xls`` by LibreOffice, as an office's Office would.
The tests read the committed files: CI has no LibreOffice. Run again only to change them:

    python scripts/make_doc_fixtures.py
    # needs soffice (Debian: libreoffice-writer-nogui libreoffice-calc-nogui)
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))
from word_tables import borderless, fill  # noqa: E402

OUT = REPO / "tests" / "ingest" / "data"
MARK = "(MẪU — tài liệu hư cấu của tỉnh Hòa An, không có giá trị pháp lý)"
ISSUER = ["UBND TỈNH HÒA AN", "SỞ NỘI VỤ", "————"]
MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "———"]


def _header(document: docx.document.Document, number: str, day: str, under: list[str]) -> None:
    d, m, y = day.split("/")
    table = document.add_table(rows=1, cols=2)
    borderless(table)
    fill(table.cell(0, 0), [*ISSUER, f"Số: {number}", *under])
    fill(table.cell(0, 1), [*MOTTO, f"Hòa An, ngày {d} tháng {m} năm {y}"])


def _signature(document: docx.document.Document) -> None:
    table = document.add_table(rows=1, cols=2)
    borderless(table)
    fill(table.cell(0, 0), ["Nơi nhận:", "- Như Điều 3;", "- Lưu: VT, VP."])
    fill(table.cell(0, 1), ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(Đã ký)", "Tạ Quang Vinh"])


def _run(tag: str, text: str) -> OxmlElement:
    run = OxmlElement("w:r")
    t = OxmlElement(tag)
    t.text = text
    t.set(qn("xml:space"), "preserve")
    run.append(t)
    return run


def _revision(tag: str, number: int, text: str) -> OxmlElement:
    """A tracked insertion (``w:ins``) or deletion (``w:del``) of ``text``."""
    change = OxmlElement(tag)
    change.set(qn("w:id"), str(number))
    change.set(qn("w:author"), "Chuyên viên")
    change.set(qn("w:date"), "2020-06-04T09:00:00Z")
    change.append(_run("w:delText" if tag == "w:del" else "w:t", text))
    return change


def decision(path: Path) -> None:
    """A decision of 2019: the header and the signature in borderless tables."""
    document = docx.Document()
    document.add_paragraph(MARK)
    _header(document, "125/QĐ-SNV", "12/3/2019", [])
    for line in [
        "QUYẾT ĐỊNH",
        "Về việc ban hành Quy chế làm việc của Sở Nội vụ",
        "GIÁM ĐỐC SỞ NỘI VỤ TỈNH HÒA AN",
        "Căn cứ Quyết định số 28/2016/QĐ-UBND ngày 15/7/2016 của UBND tỉnh Hòa An;",
        "QUYẾT ĐỊNH:",
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Sở Nội vụ.",
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số "
        "47/QĐ-SNV ngày 02/3/2017 của Giám đốc Sở Nội vụ.",
        "Điều 3. Chánh Văn phòng, Trưởng các phòng thuộc Sở chịu trách nhiệm thi hành "
        "Quyết định này./.",
    ]:
        document.add_paragraph(line)
    _signature(document)
    document.add_paragraph("Tài liệu mẫu hư cấu, không phải văn bản thật.")
    document.save(str(path))


def letter(path: Path) -> None:
    """A Công văn of 2020: its V/v under the number, a table of figures, a sentence with
    tracked changes kept (one insertion, one deletion), a hyperlink field, a running page
    header and footer, several pages."""
    document = docx.Document()
    document.add_paragraph(MARK)
    _header(document, "88/SNV-VP", "05/6/2020", ["V/v báo cáo kết quả CCHC 6 tháng đầu năm 2020"])
    document.add_paragraph("Kính gửi: Ủy ban nhân dân tỉnh Hòa An.")
    document.add_paragraph("Sở Nội vụ báo cáo kết quả cải cách hành chính 6 tháng như sau:")
    figures = document.add_table(rows=3, cols=3)
    for i, row in enumerate(
        [
            ["Chỉ tiêu", "6 tháng 2019", "6 tháng 2020"],
            ["Hồ sơ tiếp nhận", "1.234", "2.345"],
            ["Giải quyết đúng hạn (%)", "98,5", "99,1"],
        ]
    ):
        for j, value in enumerate(row):
            figures.cell(i, j).text = value
    changed = document.add_paragraph("Trong 6 tháng, Sở đã ")
    changed._p.append(_revision("w:ins", 1, "hoàn thành 12 nhiệm vụ "))
    changed._p.append(_revision("w:del", 2, "chưa hoàn thành "))
    changed.add_run("theo Kế hoạch số 15/KH-SNV ngày 20/01/2020.")
    linked = document.add_paragraph("Kết quả được đăng tại ")
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), ' HYPERLINK "https://hoaan.example/cchc" ')
    field.append(_run("w:t", "Cổng thông tin điện tử"))
    linked._p.append(field)
    linked.add_run(" của tỉnh.")
    for n in range(1, 41):
        document.add_paragraph(
            f"{n}. Nhiệm vụ thứ {n} trong Kế hoạch cải cách hành chính năm 2020 của Sở đã "
            "được triển khai đúng tiến độ, có báo cáo kết quả gửi Văn phòng Sở."
        )
    section = document.sections[0]
    section.header.paragraphs[0].text = "SỞ NỘI VỤ TỈNH HÒA AN — ĐẦU TRANG"
    section.footer.paragraphs[0].text = "Chân trang: tài liệu mẫu"
    _signature(document)
    document.save(str(path))


# TCVN3 as the .VnTime fonts store it (the letters a clerk types; .VnTimeH draws them as
# capitals): the fixture is typed in them as an office's file of 2018 is.
_PAIRS = (
    "µà¸á¶ả·ã¹ạ¨ă»ằ¾ắ¼ẳ½ẵÆặ©âÇầÊấÈẩÉẫËậ®đÌèÐéÎẻÏẽÑẹªêÒềÕếÓể"
    "ÔễÖệ×ìÝíØỉÜĩÞịßòãóáỏâõäọ«ôåồèốæổçỗéộ¬ơêờíớëởìỡîợïùóúñủ"
    "òũôụ\u00adưõừøứöử÷ữùựúỳýýûỷüỹþỵ¡Ă¢Â£Ê¤Ô¥Ơ¦Ư§Đ"
)
_TCVN3 = dict(zip(_PAIRS[1::2], _PAIRS[0::2], strict=True))


def _old(text: str) -> str:
    return "".join(_TCVN3.get(c, c) for c in text)


def old_font(path: Path) -> None:
    """A decision of 2018 typed in TCVN3: capitals in .VnTimeH typed as small letters (the
    font draws them as capitals), the rest in .VnTime."""
    document = docx.Document()
    lines = [
        (".VnTimeH", "ubnd tỉnh hòa an"),
        (".VnTimeH", "sở nội vụ"),
        (".VnTime", "Số: 45/QĐ-SNV"),
        (".VnTime", "Hòa An, ngày 18 tháng 5 năm 2018"),
        (".VnTimeH", "quyết định"),
        (".VnTime", "Về việc ban hành Quy chế văn hóa công sở"),
        (".VnTime", "Điều 1. Ban hành kèm theo Quyết định này Quy chế văn hóa công sở."),
        (".VnTime", "(Mẫu hư cấu, không phải văn bản thật.)"),
    ]
    for font, text in lines:
        run = document.add_paragraph().add_run(_old(text))
        run.font.name = font
    document.save(str(path))


_FOOTNOTES = (
    '<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
    "</w:r></w:p></w:footnote>"
    '<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> '
    "Chỉ số cải cách hành chính năm 2019 của Sở đạt 82,67 điểm, xếp thứ 8/20 sở, ban, ngành."
    "</w:t></w:r></w:p></w:footnote></w:footnotes>"
)


def footnoted(path: Path) -> None:
    """A report of 2020 whose figure is told in a footnote, as offices write them."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    document = docx.Document()
    document.add_paragraph(MARK)
    _header(document, "88/BC-SNV", "15/6/2020", [])
    document.add_paragraph("BÁO CÁO")
    document.add_paragraph("Kết quả cải cách hành chính 6 tháng đầu năm 2020")
    told = document.add_paragraph("Chỉ số cải cách hành chính năm 2019 của Sở đã được công bố")
    reference = OxmlElement("w:r")
    mark = OxmlElement("w:footnoteReference")
    mark.set(qn("w:id"), "1")
    reference.append(mark)
    told._p.append(reference)
    told.add_run(".")
    part = Part(
        PackURI("/word/footnotes.xml"),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
        _FOOTNOTES.encode("utf-8"),
        document.part.package,
    )
    document.part.relate_to(part, RT.FOOTNOTES)
    document.save(str(path))


def annex(path: Path) -> None:
    """An annex of figures kept in Excel: its title over a merged row, a table whose numbers
    carry the sheet's formats (thousands, a percentage, a date), a hidden sheet of drafts, a
    second sheet."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Phu luc 1"
    sheet["A1"] = "PHỤ LỤC 1"
    sheet["A2"] = "KẾT QUẢ GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH NĂM 2022"
    sheet["A3"] = "(Kèm theo Báo cáo số 45/BC-SNV ngày 12/12/2022 của Sở Nội vụ)"
    for row in (1, 2, 3):
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=4)
    sheet.append(["STT", "Lĩnh vực", "Hồ sơ tiếp nhận", "Đúng hạn"])
    for number, field, received, on_time in (
        (1, "Công chức, viên chức", 1234, 0.985),
        (2, "Thi đua, khen thưởng", 56, 1),
        (3, "Văn thư, lưu trữ", 12045, 0.9912),
    ):
        sheet.append([number, field, received, on_time])
        sheet.cell(sheet.max_row, 3).number_format = "#,##0"
        sheet.cell(sheet.max_row, 4).number_format = "0.0%"
    sheet.append([None, "Tổng cộng", "=SUM(C5:C7)", None])
    sheet.append(["Số liệu tính đến ngày", None, dt.datetime(2022, 12, 10)])
    sheet.cell(sheet.max_row, 3).number_format = "dd/mm/yyyy"
    hidden = book.create_sheet("Nhap")
    hidden["A1"] = "BẢN NHÁP KHÔNG DÙNG"
    hidden.sheet_state = "hidden"
    notes = book.create_sheet("Ghi chu")
    notes["A1"] = "Số liệu do Văn phòng Sở tổng hợp (mẫu hư cấu)."
    book.save(str(path))


def main() -> None:
    soffice = shutil.which("soffice")
    if soffice is None:
        sys.exit("soffice not found: install LibreOffice (Debian: libreoffice-writer-nogui)")
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        made = []
        for name, write in (
            ("decision", decision),
            ("letter", letter),
            ("old_font", old_font),
            ("footnoted", footnoted),
        ):
            path = Path(tmp) / f"{name}.docx"
            write(path)
            made.append(str(path))
        annex(Path(tmp) / "annex.xlsx")
        profile = Path(tmp) / "profile"
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation={profile.as_uri()}",
                "--headless",
                "--convert-to",
                "xls",
                "--outdir",
                str(OUT),
                str(Path(tmp) / "annex.xlsx"),
            ],
            check=True,
            capture_output=True,
        )
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
    for path in sorted([*OUT.glob("*.doc"), *OUT.glob("*.xls")]):
        print(path.relative_to(REPO), path.stat().st_size, "bytes")


if __name__ == "__main__":
    main()
