"""Files laid out as offices lay them out (Nghị định 30/2020/NĐ-CP, Phụ lục I): the header
in a borderless two-column Word table, the signature block beside "Nơi nhận:", PDFs printed
with the two columns side by side, e-office exports with the system's record above the text,
a page of the province's portal. Real files, made here; read as the plain layout is."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from fpdf import FPDF
from word_tables import borderless, fill

from assistant.ingest import load_document
from assistant.models import Document

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
ISSUER = ["UBND TỈNH HÒA AN", "SỞ NỘI VỤ"]
MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
NUMBER = "Số: 125/QĐ-SNV"
DAY = "Hòa An, ngày 12 tháng 3 năm 2025"
DECISION = [
    "QUYẾT ĐỊNH",
    "Về việc ban hành Quy chế làm việc của Sở Nội vụ",
    "GIÁM ĐỐC SỞ NỘI VỤ TỈNH HÒA AN",
    "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;",
    "QUYẾT ĐỊNH:",
    "Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Sở Nội vụ.",
    "Điều 2. Quyết định này thay thế Quyết định số 45/QĐ-SNV ngày 02/02/2022.",
]
LETTER_NUMBER = "Số: 88/SNV-VP"
LETTER_SUBJECT = ["V/v góp ý dự thảo Kế hoạch", "cải cách hành chính năm 2026"]
LETTER = [
    "Kính gửi: Các phòng, đơn vị thuộc Sở.",
    "Thực hiện Kế hoạch số 12/KH-UBND ngày 05/01/2025 của UBND tỉnh, Sở đề nghị góp ý.",
]
RECIPIENTS = ["Nơi nhận:", "- Như Điều 3;", "- Lưu: VT, VP."]
SIGNER = ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(Đã ký)", "Trần Văn Bình"]


def load(path: Path) -> Document:
    return load_document(path, root=path.parent)


def write_docx(
    path: Path,
    rows: list[tuple[list[str] | None, list[str]]],
    body: list[str],
    *,
    merge_left: bool = False,
    figures: list[list[str]] | None = None,
) -> Path:
    """A DOCX as Word makes it: the sample mark, the header table, the body, a figures
    table, the signature table."""
    document = docx.Document()
    document.add_paragraph("(MẪU — tài liệu hư cấu)")
    header = document.add_table(rows=len(rows), cols=2)
    borderless(header)
    for r, (left, right) in enumerate(rows):
        if left is not None:
            fill(header.cell(r, 0), left)
        fill(header.cell(r, 1), right)
    if merge_left:
        header.cell(0, 0).merge(header.cell(len(rows) - 1, 0))
    for line in body:
        document.add_paragraph(line)
    if figures:
        table = document.add_table(rows=len(figures), cols=len(figures[0]))
        for row, values in zip(table.rows, figures, strict=True):
            for cell, value in zip(row.cells, values, strict=True):
                cell.text = value
    signature = document.add_table(rows=1, cols=2)
    borderless(signature)
    fill(signature.cell(0, 0), RECIPIENTS)
    fill(signature.cell(0, 1), SIGNER)
    document.save(str(path))
    return path


def write_pdf(path: Path, left: list[str], right: list[str], body: list[str], order: str) -> Path:
    """A PDF as Word prints it: the header's two columns side by side, drawn line by line
    across both columns or cell by cell (the whole left column first, or the right one)."""
    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("DejaVu", fname=str(FONT))
    pdf.set_font("DejaVu", size=11)
    if order == "lines":
        for i in range(max(len(left), len(right))):
            if i < len(left):
                pdf.set_xy(10, 12 + 6 * i)
                pdf.cell(75, 6, left[i], align="C")
            if i < len(right):
                pdf.set_xy(85, 12 + 6 * i)
                pdf.cell(115, 6, right[i], align="C")
    else:
        columns = [(10, 75, left), (85, 115, right)]
        for x, width, column in columns if order == "cells" else columns[::-1]:
            for i, line in enumerate(column):
                pdf.set_xy(x, 12 + 6 * i)
                pdf.cell(width, 6, line, align="C")
    pdf.set_xy(10, 14 + 6 * max(len(left), len(right)))
    for line in body:
        pdf.multi_cell(190, 6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


DECISION_HEADERS = {
    "one row": [([*ISSUER, "_______", NUMBER], [*MOTTO, "_____________", DAY])],
    "two rows": [(ISSUER, MOTTO), ([NUMBER], [DAY])],
    "merged left": [([*ISSUER, NUMBER], MOTTO), (None, [DAY])],
    "line breaks": [(["\n".join(ISSUER), NUMBER], ["\n".join(MOTTO), DAY])],
}


@pytest.mark.parametrize("layout", DECISION_HEADERS)
def test_a_word_header_table_gives_the_whole_identity(tmp_path: Path, layout: str) -> None:
    path = write_docx(
        tmp_path / "QD 125-SNV.docx",
        DECISION_HEADERS[layout],
        DECISION,
        merge_left=layout == "merged left",
    )
    identity = load(path).identity
    assert identity.ident == "125/QĐ-SNV"
    assert identity.date == "2025-03-12"  # read row by row, the date sat beside "Số:"
    assert identity.place == "Hòa An"
    assert identity.kind == "Quyết định"
    assert identity.issuer == "UBND TỈNH HÒA AN / SỞ NỘI VỤ"
    assert identity.subject == "ban hành Quy chế làm việc của Sở Nội vụ"


@pytest.mark.parametrize(
    "rows",
    [
        [([*ISSUER, LETTER_NUMBER, *LETTER_SUBJECT], [*MOTTO, DAY])],
        [(ISSUER, MOTTO), ([LETTER_NUMBER, *LETTER_SUBJECT], [DAY])],
    ],
    ids=["one row", "two rows"],
)
def test_a_letters_subject_under_its_number_in_the_header_table(
    tmp_path: Path, rows: list[tuple[list[str], list[str]]]
) -> None:
    identity = load(write_docx(tmp_path / "cong van 88.docx", rows, LETTER)).identity
    assert identity.ident == "88/SNV-VP"
    assert identity.date == "2025-03-12"
    assert identity.kind == "Công văn"
    assert identity.subject == "góp ý dự thảo Kế hoạch cải cách hành chính năm 2026"
    assert identity.issuer == "UBND TỈNH HÒA AN / SỞ NỘI VỤ"


def test_figures_tables_stay_rows_and_the_signature_reads_as_lines(tmp_path: Path) -> None:
    figures = [["Chỉ tiêu", "Năm 2024", "Năm 2025"], ["Hồ sơ đúng hạn (%)", "97,5", "99,1"]]
    path = write_docx(
        tmp_path / "bc.docx", DECISION_HEADERS["one row"], DECISION, figures=figures
    )
    lines = load(path).text.split("\n")
    assert "Chỉ tiêu | Năm 2024 | Năm 2025" in lines
    assert "Hồ sơ đúng hạn (%) | 97,5 | 99,1" in lines
    # "Nơi nhận:" and the signer each on their lines, the recipients before the signer
    assert lines.index("Nơi nhận:") < lines.index("- Lưu: VT, VP.") < lines.index("KT. GIÁM ĐỐC")
    assert "Trần Văn Bình" in lines


@pytest.mark.parametrize("order", ["lines", "cells", "right first"])
@pytest.mark.parametrize("kind", ["decision", "letter"])
def test_a_pdf_printed_with_the_header_in_two_columns(
    tmp_path: Path, order: str, kind: str
) -> None:
    if kind == "decision":
        left, body = [*ISSUER, "_______", NUMBER], DECISION
    else:
        left, body = [*ISSUER, "_______", LETTER_NUMBER, *LETTER_SUBJECT], LETTER
    path = write_pdf(tmp_path / f"{kind}.pdf", left, [*MOTTO, "_____________", DAY], body, order)
    identity = load(path).identity
    assert identity.ident == ("125/QĐ-SNV" if kind == "decision" else "88/SNV-VP")
    assert identity.date == "2025-03-12"
    assert identity.issuer == "UBND TỈNH HÒA AN / SỞ NỘI VỤ"
    assert identity.kind == ("Quyết định" if kind == "decision" else "Công văn")


@pytest.mark.parametrize("cells", ["paragraphs", "line breaks", "two rows"])
def test_a_portal_page_with_the_header_in_a_table(tmp_path: Path, cells: str) -> None:
    def cell(lines: list[str]) -> str:
        if cells == "line breaks":
            return "<td>" + "<br>".join(lines) + "</td>"
        return "<td>" + "".join(f"<p>{line}</p>" for line in lines) + "</td>"

    if cells == "two rows":  # "Số: … | Hòa An, ngày …" read as one row of the page
        rows = f"<tr>{cell(ISSUER)}{cell(MOTTO)}</tr>"
        rows += f"<tr><td>{NUMBER}</td><td><i>{DAY}</i></td></tr>"
    else:
        rows = f"<tr>{cell([*ISSUER, NUMBER])}{cell([*MOTTO, DAY])}</tr>"
    page = (
        "<!DOCTYPE html><html><body><div class='menu'>Trang chủ | Văn bản | Liên hệ</div>"
        f"<table>{rows}</table>"
        + "".join(f"<p>{line}</p>" for line in DECISION)
        + "<div>© Cổng thông tin điện tử tỉnh Hòa An</div></body></html>"
    )
    path = tmp_path / "qd-125.html"
    path.write_text(page, encoding="utf-8")
    identity = load(path).identity
    assert identity.ident == "125/QĐ-SNV"
    assert (identity.date, identity.kind) == ("2025-03-12", "Quyết định")
    assert identity.issuer == "UBND TỈNH HÒA AN / SỞ NỘI VỤ"


RECORD = [
    "Số ký hiệu: 88/STC-VP",
    "Ngày ban hành: 02/04/2025",
    "Loại văn bản: Công văn",
    "Trích yếu: V/v đôn đốc báo cáo CCHC quý I",
    "Cơ quan ban hành: Sở Tài chính",
    "Người ký: Trần Văn Bình",
]


@pytest.mark.parametrize("day", ["02/04/2025", "2025-04-02", "2/4/2025"])
def test_an_e_office_record_gives_what_the_text_does_not(tmp_path: Path, day: str) -> None:
    record = [line.replace("02/04/2025", day) for line in RECORD]
    path = tmp_path / "cong van 88.txt"
    path.write_text("\n".join([*record, "", *LETTER]), encoding="utf-8")
    identity = load(path).identity
    assert identity.ident == "88/STC-VP"
    assert identity.code is None
    assert identity.date == "2025-04-02"
    assert identity.kind == "Công văn"
    assert identity.subject == "đôn đốc báo cáo CCHC quý I"
    assert identity.issuer == "SỞ TÀI CHÍNH"


def test_the_documents_own_header_wins_over_the_record(tmp_path: Path) -> None:
    """The record is the office system's entry; where the document prints its own header,
    that is what it says of itself."""
    record = ["Số ký hiệu: 125/QĐ-SNV", "Ngày ban hành: 13/03/2025", "Loại văn bản: Quyết định"]
    header = [*ISSUER, *MOTTO, NUMBER, DAY]
    path = tmp_path / "qd.txt"
    path.write_text("\n".join([*record, "", *header, *DECISION]), encoding="utf-8")
    identity = load(path).identity
    assert identity.date == "2025-03-12"
    assert identity.issuer == "UBND TỈNH HÒA AN / SỞ NỘI VỤ"
    assert identity.subject == "ban hành Quy chế làm việc của Sở Nội vụ"


class _NumberedPages(FPDF):
    """Word's page numbers: the number at the top centre of every page after the first."""

    def header(self) -> None:
        if self.page_no() > 1:
            self.set_x(10)
            self.cell(180, 8, f"- {self.page_no()} -" if self.dashes else str(self.page_no()))
            self.ln(10)

    dashes = False


@pytest.mark.parametrize("dashes", [False, True])
def test_page_numbers_go_and_a_sentence_runs_on_across_the_page_break(
    tmp_path: Path, dashes: bool
) -> None:
    pdf = _NumberedPages()
    pdf.dashes = dashes
    pdf.add_font("DejaVu", fname=str(FONT))
    pdf.set_font("DejaVu", size=12)
    pdf.add_page()
    for line in [NUMBER, DECISION[0], "Căn cứ Luật Tổ chức chính quyền địa phương."]:
        pdf.multi_cell(180, 7, line, new_x="LMARGIN", new_y="NEXT")
    head, tail = (
        "Tiếp tục thực hiện Quyết định số 45/QĐ-SNV ngày 02/02/2022 của Giám đốc Sở Nội vụ và "
        "Kế hoạch số",
        "12/KH-UBND ngày 05/01/2025 của UBND tỉnh về cải cách hành chính năm 2025.",
    )
    pdf.multi_cell(180, 7, head, new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()  # the page breaks inside the sentence, as Word's flow breaks it
    pdf.multi_cell(180, 7, tail, new_x="LMARGIN", new_y="NEXT")
    sentence = f"{head} {tail}"
    pdf.multi_cell(180, 7, "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.")
    path = tmp_path / "numbered.pdf"
    pdf.output(str(path))
    doc = load(path)
    assert len(doc.page_starts) == 2
    assert not any(line.strip(" -") == "2" for line in doc.text.split("\n"))
    broken = [line for line in doc.text.split("\n") if line.startswith("Tiếp tục")][-1]
    assert broken == sentence  # one line, though the page broke it
    second = doc.page_starts[1]
    assert doc.text[second - 1] == " "  # page 2 starts inside that line
    assert doc.text[second:].startswith(tail)
    assert doc.text.rstrip().split("\n")[-1].startswith("Điều 3.")


W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _change(tag: str, text: str, n: int) -> object:
    """A tracked change: ``w:ins``/``w:moveTo`` around a run, ``w:del``/``w:moveFrom`` around
    a deleted run, as Word writes them."""
    deleted = tag in ("del", "moveFrom")
    t = "delText" if deleted else "t"
    return parse_xml(
        f'<w:{tag} xmlns:w="{W}" w:id="{n}" w:author="Chuyên viên" w:date="2025-03-10T08:00:00Z">'
        f'<w:r><w:{t} xml:space="preserve">{text}</w:{t}></w:r></w:{tag}>'
    )


def test_tracked_changes_read_as_accepted(tmp_path: Path) -> None:
    """A file kept with its tracked changes (a draft sent round for comments, signed without
    accepting them) reads as Word shows it accepted: insertions in, deletions out."""
    document = docx.Document()
    paragraph = document.add_paragraph("Điều 2. Quyết định này thay thế ")
    paragraph._p.append(_change("ins", "Quyết định số 45/QĐ-SNV ngày 02/02/2022", 1))
    paragraph._p.append(_change("del", "Quyết định số 40/QĐ-SNV ngày 10/01/2021", 2))
    paragraph.add_run(" của Giám đốc Sở.")
    moved = document.add_paragraph("Giao ")
    moved._p.append(_change("moveFrom", "Văn phòng Sở ", 3))
    moved._p.append(_change("moveTo", "Chánh Văn phòng ", 4))
    moved.add_run("theo dõi.")
    path = tmp_path / "qd.docx"
    document.save(str(path))
    text = load(path).text
    assert "thay thế Quyết định số 45/QĐ-SNV ngày 02/02/2022 của Giám đốc Sở." in text
    assert "40/QĐ-SNV" not in text
    assert "Giao Chánh Văn phòng theo dõi." in text


def test_hidden_text_is_not_read(tmp_path: Path) -> None:
    """Text Word hides (``w:vanish``: a drafter's note left in the file) is neither shown nor
    printed: not read, whether the run, its character style or its paragraph style hides it;
    a run that says it is not hidden is read in a hidden paragraph style."""
    from docx.enum.style import WD_STYLE_TYPE

    document = docx.Document()
    note = document.styles.add_style("Ghi chu", WD_STYLE_TYPE.CHARACTER)
    note.font.hidden = True
    draft = document.styles.add_style("Nhap", WD_STYLE_TYPE.PARAGRAPH)
    draft.font.hidden = True
    paragraph = document.add_paragraph("Điều 2. Quyết định này thay thế Quyết định số 45/QĐ-SNV")
    paragraph.add_run(" (xem lại số: 54/QĐ-SNV?)").font.hidden = True
    paragraph.add_run(" (hỏi Văn phòng)", style="Ghi chu")
    paragraph.add_run(" ngày 02/02/2022.")
    hidden = document.add_paragraph("Bản nháp: chưa trình ký.", style="Nhap")
    hidden.add_run(" Đã duyệt.").font.hidden = False
    path = tmp_path / "qd.docx"
    document.save(str(path))
    text = load(path).text
    assert "thay thế Quyết định số 45/QĐ-SNV ngày 02/02/2022." in text
    assert "54/QĐ-SNV" not in text
    assert "hỏi Văn phòng" not in text
    assert "Bản nháp" not in text
    assert "Đã duyệt." in text


def test_a_table_nested_in_a_cell_is_read_into_it(tmp_path: Path) -> None:
    """A table inside a cell (a units' duty roster inside the assignment table) is read into
    the cell that holds it, row by row, as a .doc, an RTF and an OpenDocument file are read;
    python-docx's cell paragraphs leave it out."""
    document = docx.Document()
    document.add_paragraph("Bảng 2. Phân công")
    outer = document.add_table(rows=2, cols=2)
    outer.cell(0, 0).text = "Đơn vị"
    outer.cell(0, 1).text = "Nhiệm vụ"
    outer.cell(1, 0).text = "Văn phòng Sở"
    duty = outer.cell(1, 1)
    duty.text = "Theo lịch:"
    inner = duty.add_table(rows=2, cols=2)
    for i, (what, when) in enumerate([("Tiếp dân", "Thứ Hai"), ("Một cửa", "Hằng ngày")]):
        inner.cell(i, 0).text = what
        inner.cell(i, 1).text = when
    path = tmp_path / "phan-cong.docx"
    document.save(str(path))
    text = load(path).text
    assert "Văn phòng Sở | Theo lịch: Tiếp dân Thứ Hai Một cửa Hằng ngày" in text


def test_an_endnote_ends_the_paragraph_marking_it_and_one_without_a_mark_the_text(
    tmp_path: Path,
) -> None:
    """An endnote (a report's source of a figure, put at the end by Word) is read in
    brackets after the paragraph marking it, as a footnote is; one no mark refers to, after
    the text;
    the separators Word keeps among the notes are not read."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    document = docx.Document()
    paragraph = document.add_paragraph("Tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,5%")
    paragraph._p.append(parse_xml(f'<w:r xmlns:w="{W}"><w:endnoteReference w:id="2"/></w:r>'))
    paragraph.add_run(".")
    notes = (
        f'<w:endnotes xmlns:w="{W}">'
        '<w:endnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
        "</w:endnote>"
        '<w:endnote w:id="1"><w:p><w:r><w:t>Theo Báo cáo số 45/BC-SNV ngày 12/12/2022.</w:t>'
        "</w:r></w:p></w:endnote>"
        '<w:endnote w:id="2"><w:p><w:r><w:t>Số liệu đến ngày 14/12/2022.</w:t>'
        "</w:r></w:p></w:endnote></w:endnotes>"
    )
    part = Part(
        PackURI("/word/endnotes.xml"),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml",
        notes.encode("utf-8"),
        document.part.package,
    )
    document.part.relate_to(part, RT.ENDNOTES)
    path = tmp_path / "bc.docx"
    document.save(str(path))
    text = load(path).text
    assert text.endswith(
        "98,5%. (Số liệu đến ngày 14/12/2022).\n\nTheo Báo cáo số 45/BC-SNV ngày 12/12/2022."
    )


_NUMBERING = (
    f'<w:numbering xmlns:w="{W}">'
    '<w:abstractNum w:abstractNumId="7">'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
    '<w:lvlText w:val="Điều %1."/></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
    '<w:lvlText w:val="%2."/></w:lvl>'
    '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>'
    '<w:lvlText w:val="%3)"/></w:lvl></w:abstractNum>'
    '<w:abstractNum w:abstractNumId="8">'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/>'
    '<w:lvlText w:val="%1."/></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:isLgl/>'
    '<w:lvlText w:val="%1.%2."/></w:lvl></w:abstractNum>'
    '<w:num w:numId="3"><w:abstractNumId w:val="7"/></w:num>'
    '<w:num w:numId="4"><w:abstractNumId w:val="8"/></w:num>'
    '<w:num w:numId="5"><w:abstractNumId w:val="8"/>'
    '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
    "</w:numbering>"
)


def _numbered(document: object, text: str, num_id: int, level: int) -> None:
    paragraph = document.add_paragraph(text)  # type: ignore[attr-defined]
    paragraph._p.get_or_add_pPr().append(
        parse_xml(
            f'<w:numPr xmlns:w="{W}"><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/>'
            "</w:numPr>"
        )
    )


def test_automatic_list_numbers_are_read(tmp_path: Path) -> None:
    """Word's automatic numbers are no text of the file: "Điều 1." numbered by a list (its
    lvlText), points under it ("1.", "a)") restarting under each article, a second list
    instance of one abstract list going on with it, one starting again (startOverride),
    roman chapters with legal-style sub-numbers ("I.", "1.1.")."""
    document = docx.Document()
    numbering = document.part.numbering_part.element
    for child in list(numbering):
        numbering.remove(child)
    for child in parse_xml(_NUMBERING):
        numbering.append(child)
    _numbered(document, "Phạm vi điều chỉnh", 3, 0)
    _numbered(document, "Quy định chung.", 3, 1)
    _numbered(document, "Tiếp nhận hồ sơ;", 3, 2)
    _numbered(document, "Trả kết quả.", 3, 2)
    _numbered(document, "Hiệu lực thi hành", 3, 0)
    _numbered(document, "Quyết định có hiệu lực từ ngày ký.", 3, 1)
    _numbered(document, "Kết quả đạt được", 4, 0)
    _numbered(document, "Công tác chỉ đạo", 4, 1)
    _numbered(document, "Nhiệm vụ năm sau", 4, 0)
    _numbered(document, "Phụ lục", 5, 0)
    path = tmp_path / "qd.docx"
    document.save(str(path))
    lines = [line for line in load(path).text.split("\n") if line]
    assert lines == [
        "Điều 1. Phạm vi điều chỉnh",
        "1. Quy định chung.",
        "a) Tiếp nhận hồ sơ;",
        "b) Trả kết quả.",
        "Điều 2. Hiệu lực thi hành",
        "1. Quyết định có hiệu lực từ ngày ký.",
        "I. Kết quả đạt được",
        "1.1. Công tác chỉ đạo",
        "II. Nhiệm vụ năm sau",
        "I. Phụ lục",
    ]


@pytest.mark.parametrize(
    ("lines", "issuer"),
    [
        (
            ["UBND TỈNH TRÀ GIANG", "SỞ VĂN HÓA, THỂ THAO VÀ DU", "LỊCH"],
            "UBND TỈNH TRÀ GIANG / SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH",
        ),
        (
            ["VĂN PHÒNG UBND TỈNH NGỌC KHÊ", "TRUNG TÂM PHỤC VỤ HÀNH", "CHÍNH CÔNG"],
            "VĂN PHÒNG UBND TỈNH NGỌC KHÊ / TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG",
        ),
        (["ỦY BAN NHÂN DÂN", "TỈNH HÒA AN"], "ỦY BAN NHÂN DÂN / TỈNH HÒA AN"),
        (
            ["UBND TỈNH HÒA AN", "BCĐ CẢI CÁCH HÀNH CHÍNH"],
            "UBND TỈNH HÒA AN / BCĐ CẢI CÁCH HÀNH CHÍNH",
        ),
    ],
)
def test_an_issuer_wrapped_in_a_narrow_header_column(
    tmp_path: Path, lines: list[str], issuer: str
) -> None:
    path = write_docx(tmp_path / "qd.docx", [([*lines, NUMBER], [*MOTTO, DAY])], DECISION)
    assert load(path).identity.issuer == issuer
