"""An archive kept as a real office keeps it (session 48, the twenty-fourth archive's focus):
Word files with the header and the signature in borderless tables, a PDF printed with the
header's two columns side by side, an e-office export whose record stands above the text, a
decision saved from the province's portal with its menus, and a report telling a suspension
in its own words. Real files made here, ingested on disk, asked as staff ask."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from archive_builders import keys, listed
from fpdf import FPDF
from word_tables import borderless, fill

from assistant.archive.profiles import load_profiles
from assistant.config import Settings
from assistant.generation.answer import Answerer
from assistant.retrieval import paths
from assistant.retrieval.indexer import Indexer

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
MARK = "(MẪU — tài liệu hư cấu của tỉnh Hòa An, không có giá trị pháp lý)"
ISSUER = ["UBND TỈNH HÒA AN", "SỞ TÀI CHÍNH"]
MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
SIGNER = ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(Đã ký)", "Tạ Quang Vinh"]
RECIPIENTS = ["Nơi nhận:", "- Như Điều 3;", "- Lưu: VT, VP."]


def word_file(path: Path, number: str, day: str, title: list[str], body: list[str]) -> None:
    """A Word file as offices make it: the header table (the V/v of a letter under its
    number), the title centred, the body, the signature table."""
    d, m, y = day.split("/")
    document = docx.Document()
    document.add_paragraph(MARK)
    header = document.add_table(rows=1, cols=2)
    borderless(header)
    letter = title[0].startswith("V/v")
    fill(header.cell(0, 0), [*ISSUER, "————", f"Số: {number}", *(title if letter else [])])
    fill(header.cell(0, 1), [*MOTTO, "——————", f"Hòa An, ngày {d} tháng {m} năm {y}"])
    for line in [] if letter else title:
        document.add_paragraph(line)
    for line in body:
        document.add_paragraph(line)
    signature = document.add_table(rows=1, cols=2)
    borderless(signature)
    fill(signature.cell(0, 0), RECIPIENTS)
    fill(signature.cell(0, 1), SIGNER)
    document.save(str(path))


def printed_pdf(path: Path, number: str, day: str, title: list[str], body: list[str]) -> None:
    """A PDF printed from Word: the left column of the header drawn whole, then the right."""
    d, m, y = day.split("/")
    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("DejaVu", fname=str(FONT))
    pdf.set_font("DejaVu", size=11)
    pdf.set_xy(10, 8)
    pdf.cell(180, 6, MARK)
    columns = [
        (10, 75, [*ISSUER, "————", f"Số: {number}"]),
        (85, 115, [*MOTTO, "——————", f"Hòa An, ngày {d} tháng {m} năm {y}"]),
    ]
    for x, width, lines in columns:
        for i, line in enumerate(lines):
            pdf.set_xy(x, 16 + 6 * i)
            pdf.cell(width, 6, line, align="C")
    pdf.set_xy(10, 44)
    for line in [*title, *body, "GIÁM ĐỐC", "Phạm Hữu Nghĩa"]:
        pdf.multi_cell(180, 7, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


PORTAL = """<!DOCTYPE html><html><head><title>12/QĐ-STC | Cổng Thông tin điện tử</title></head>
<body><div class="banner">CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HÒA AN</div>
<ul class="menu"><li>Trang chủ</li><li>Dịch vụ công trực tuyến</li><li>Cải cách hành chính</li></ul>
<div class="noi-dung"><p>{mark}</p>
<table><tr><td>UBND TỈNH HÒA AN<br>SỞ TÀI CHÍNH<br>Số: 12/QĐ-STC</td>
<td>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc<br>
<i>Hòa An, ngày 20 tháng 01 năm 2025</i></td></tr></table>
<p>QUYẾT ĐỊNH</p><p>Công bố công khai dự toán ngân sách nhà nước năm 2025 của Sở Tài chính</p>
<p>Điều 1. Công bố công khai dự toán ngân sách nhà nước năm 2025, tổng số 21.870 triệu
đồng (biểu kèm theo).</p><p>Điều 2. Quyết định này có hiệu lực kể từ ngày ký.</p></div>
<div class="sidebar"><ul><li>Hệ thống thông tin giải quyết thủ tục hành chính</li></ul></div>
<div class="footer">Cơ quan chủ quản: Ủy ban nhân dân tỉnh Hòa An.</div></body></html>"""

E_OFFICE = "\n".join(
    [
        "Số ký hiệu: 36/QĐ-STC",
        "Ngày ban hành: 10/03/2026",
        "Loại văn bản: Quyết định",
        "Trích yếu: Bãi bỏ Quyết định số 74/QĐ-STC ngày 06/5/2024 phê duyệt phương án tự chủ "
        "tài chính của Trung tâm Tư vấn, Thẩm định giá",
        "Cơ quan ban hành: Sở Tài chính",
        "",
        MARK,
        "",
        "Điều 1. Bãi bỏ Quyết định số 74/QĐ-STC ngày 06/5/2024 của Giám đốc Sở Tài chính phê "
        "duyệt phương án tự chủ tài chính của Trung tâm Tư vấn, Thẩm định giá kể từ ngày 01 "
        "tháng 4 năm 2026.",
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
    ]
)


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Answerer:
    root = tmp_path_factory.mktemp("office-files")
    corpus = root / "corpus"
    corpus.mkdir()
    printed_pdf(
        corpus / "38.QD-STC 2022.pdf",
        "38/QĐ-STC",
        "15/3/2022",
        ["QUYẾT ĐỊNH", "Ban hành Quy chế chi tiêu nội bộ của Sở Tài chính"],
        ["Điều 1. Ban hành kèm theo Quyết định này Quy chế chi tiêu nội bộ của Sở Tài chính."],
    )
    word_file(
        corpus / "QD 35-STC 2025.docx",
        "35/QĐ-STC",
        "14/3/2025",
        ["QUYẾT ĐỊNH", "Ban hành Quy chế chi tiêu nội bộ của Sở Tài chính"],
        [
            "Điều 1. Ban hành kèm theo Quyết định này Quy chế chi tiêu nội bộ của Sở Tài chính.",
            "Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 4 năm 2025 và thay thế "
            "Quyết định số 38/QĐ-STC ngày 15/3/2022 của Giám đốc Sở Tài chính.",
        ],
    )
    word_file(
        corpus / "Document (3).docx",
        "74/QĐ-STC",
        "06/5/2024",
        [
            "QUYẾT ĐỊNH",
            "Phê duyệt phương án tự chủ tài chính của Trung tâm Tư vấn, Thẩm định giá giai "
            "đoạn 2024 - 2026",
        ],
        [
            "Điều 1. Phê duyệt phương án tự chủ tài chính của Trung tâm giai đoạn 2024 - 2026.",
            "Điều 2. Thời gian thực hiện: từ ngày 01 tháng 6 năm 2024 đến hết ngày 31 tháng 12 "
            "năm 2026.",
            "Điều 3. Quyết định này có hiệu lực kể từ ngày 01 tháng 6 năm 2024.",
        ],
    )
    (corpus / "qd 36 bai bo (e-office).txt").write_text(E_OFFICE, encoding="utf-8")
    (corpus / "QD 12-STC cong khai du toan.html").write_text(
        PORTAL.format(mark=MARK), encoding="utf-8"
    )
    word_file(
        corpus / "BC CCHC nam 2025.docx",
        "140/BC-STC",
        "12/12/2025",
        ["BÁO CÁO", "Kết quả thực hiện công tác cải cách hành chính năm 2025"],
        [
            "I. KẾT QUẢ CÔNG TÁC CẢI CÁCH HÀNH CHÍNH",
            "- Tài chính công: Điều 12 Quy chế chi tiêu nội bộ (Quyết định số 35/QĐ-STC ngày "
            "14/3/2025) tạm dừng áp dụng từ ngày 01/9/2025 đến hết ngày 31/12/2025 theo Quyết "
            "định số 90/QĐ-STC ngày 14/8/2025.",
        ],
    )
    word_file(
        corpus / "cong van 2210.docx",
        "2210/STC-VP",
        "24/11/2026",
        ["V/v cung cấp số liệu phục vụ xác định", "Chỉ số cải cách hành chính năm 2026"],
        ["Kính gửi: Sở Nội vụ tỉnh Hòa An.", "Sở Tài chính cung cấp số liệu như sau."],
    )
    settings = Settings(corpus=corpus, index=root / "indexes")
    report = Indexer(settings).ingest([corpus])
    assert not report.failed
    return Answerer(settings, llm=None)


@pytest.mark.parametrize(
    ("ident", "date", "kind", "subject"),
    [
        ("38/QĐ-STC", "2022-03-15", "Quyết định", "Ban hành Quy chế chi tiêu nội bộ của Sở"),
        ("35/QĐ-STC", "2025-03-14", "Quyết định", "Ban hành Quy chế chi tiêu nội bộ của Sở"),
        ("74/QĐ-STC", "2024-05-06", "Quyết định", "Phê duyệt phương án tự chủ tài chính"),
        ("36/QĐ-STC", "2026-03-10", "Quyết định", "Bãi bỏ Quyết định số 74/QĐ-STC"),
        ("12/QĐ-STC", "2025-01-20", "Quyết định", "Công bố công khai dự toán ngân sách"),
        ("2210/STC-VP", "2026-11-24", "Công văn", "cung cấp số liệu phục vụ xác định Chỉ số"),
    ],
)
def test_each_file_says_who_it_is(
    answerer: Answerer, ident: str, date: str, kind: str, subject: str
) -> None:
    entry = answerer.registry.find(ident)
    assert entry is not None
    assert entry.own_source
    assert (entry.date, entry.kind) == (date, kind)
    assert (entry.subject or "").startswith(subject)
    assert "—" not in (entry.subject or "")  # the rule under a title is no part of it


def test_documents_of_a_month_are_read_from_their_header_tables(answerer: Answerer) -> None:
    assert listed(answerer.ask("văn bản ký tháng 3/2025").text) == keys("35/QĐ-STC")


def test_what_repealed_a_decision_named_by_its_bare_number(answerer: Answerer) -> None:
    text = answerer.ask("văn bản nào bãi bỏ QĐ 74").text
    assert "36/QĐ-STC" in text
    # its term, running out on 31/12/2026 after the repeal of 01/4/2026, ends nothing more
    assert "hết thời hạn" not in text
    assert "Nhiều văn bản" not in answerer.ask("QĐ 74 còn hiệu lực không").text


def test_a_portal_pages_menus_make_no_budget_disclosure_the_reforms(
    answerer: Answerer,
) -> None:
    profiles = load_profiles(paths.profiles(Path(answerer.settings.index)))
    areas = {p.ident: p.areas for p in profiles}
    assert areas["12/QĐ-STC"] == ()
    assert areas["35/QĐ-STC"]
    asked = answerer.ask("năm 2025 Sở ban hành những QĐ nào về CCHC").text
    assert "12/QĐ-STC" not in asked
    assert "35/QĐ-STC" in asked


def test_a_suspension_a_report_tells_in_its_own_words(answerer: Answerer) -> None:
    entry = answerer.registry.find("35/QĐ-STC")
    assert entry is not None
    during = answerer.lives.status(entry, "2025-10-01")
    suspended = [e for e in during["events"] if e["type"] == "suspended"]
    assert [e["by"] for e in suspended] == ["90/QĐ-STC"]
    assert suspended[0]["date"] == "2025-09-01"



@pytest.mark.parametrize(
    "question",
    [
        "các QĐ của Sở sửa đổi hoặc tạm dừng văn bản khác",
        "các QĐ của Sở tạm dừng văn bản khác",
        "Which decisions suspended other documents?",
    ],
)
def test_the_acts_asked_include_a_suspension(answerer: Answerer, question: str) -> None:
    # the acting one, not the suspended one
    assert listed(answerer.ask(question).text) == keys("90/QĐ-STC")
