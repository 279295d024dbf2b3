"""parse_header: tables of header forms, near-misses, and the real documents."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.ingest import load_document, parse_header
from assistant.models import Identity

QD = """UBND TỈNH KHÁNH HÒA
SỞ KHOA HỌC VÀ CÔNG NGHỆ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 1753/QĐ-UBND

Khánh Hòa, ngày 28 tháng 6 năm 2021

QUYẾT ĐỊNH
Về việc sắp xếp cơ cấu tổ chức
Sở Khoa học và Công nghệ

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"""


@pytest.mark.parametrize(
    ("line", "ident", "number", "code"),
    [
        ("Số: 1753/QĐ-UBND", "1753/QĐ-UBND", "1753", "QĐ"),
        ("Số:1753/QĐ-UBND", "1753/QĐ-UBND", "1753", "QĐ"),
        ("Số 1753/QĐ-UBND", "1753/QĐ-UBND", "1753", "QĐ"),
        ("Số: 1982/QĐ- TTg", "1982/QĐ-TTg", "1982", "QĐ"),
        ("Số:   /BC-SKHCN", "/BC-SKHCN", None, "BC"),
        ("Số: 07/2018/QĐ-UBND", "07/2018/QĐ-UBND", "07", "QĐ"),
        ("Số: 107/2020/NĐ-CP", "107/2020/NĐ-CP", "107", "NĐ"),
        ("Số: 12-CTr/TU", "12-CTr/TU", "12", "CTr"),
        ("Số: 1294/UBND", "1294/UBND", "1294", None),
        ("Số: 1191/SKH&CN-VP", "1191/SKH&CN-VP", "1191", None),
        ("Số: 821/TTr-SKHHCN", "821/TTr-SKHHCN", "821", "TTr"),
        ("Số: 2320/SNV-TCBC-CCVC", "2320/SNV-TCBC-CCVC", "2320", None),
        ("Số: 01/VBHN-VPQH", "01/VBHN-VPQH", "01", None),
    ],
)
def test_number_and_symbol(line: str, ident: str, number: str | None, code: str | None) -> None:
    got = parse_header(line)
    assert (got.ident, got.number, got.code) == (ident, number, code)


@pytest.mark.parametrize(
    ("line", "date", "place"),
    [
        ("Khánh Hòa, ngày 28 tháng 6 năm 2021", "2021-06-28", "Khánh Hòa"),
        ("Hòa An, ngày 05 tháng 01 năm 2023", "2023-01-05", "Hòa An"),
        ("Khánh Hòa, ngày tháng 11 năm 2021", "2021-11", "Khánh Hòa"),
        ("Khánh Hòa, ngày   tháng 11 năm 2021", "2021-11", "Khánh Hòa"),
        ("Hà Nội, ngày 28/6/2021", "2021-06-28", "Hà Nội"),
        ("TP. Hồ Chí Minh, ngày 1 tháng 7 năm 2022.", "2022-07-01", "TP. Hồ Chí Minh"),
        ("ngày 28 tháng 6 năm 2021", "2021-06-28", None),
        ("Khánh Hòa, ngày 31 tháng 2 năm 2021", None, "Khánh Hòa"),
    ],
)
def test_date_line(line: str, date: str | None, place: str | None) -> None:
    got = parse_header(line)
    assert (got.date, got.place) == (date, place)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;", id="preamble-date"),
        pytest.param("Theo báo cáo số 02/2021 của Sở", id="lowercase-so"),
        pytest.param("Báo cáo tự đánh giá là một phần của quá trình.", id="prose"),
        pytest.param("", id="empty"),
    ],
)
def test_no_header_gives_empty_identity(text: str) -> None:
    assert parse_header(text) == Identity()


def test_full_decision_header() -> None:
    assert parse_header(QD) == Identity(
        ident="1753/QĐ-UBND",
        number="1753",
        code="QĐ",
        kind="Quyết định",
        issuer="UBND TỈNH KHÁNH HÒA / SỞ KHOA HỌC VÀ CÔNG NGHỆ",
        date="2021-06-28",
        place="Khánh Hòa",
        subject="sắp xếp cơ cấu tổ chức Sở Khoa học và Công nghệ",
    )


@pytest.mark.parametrize(
    ("text", "kind", "subject"),
    [
        ("BÁO CÁO\nCông tác cải cách hành chính năm 2021\n\nI. TÌNH HÌNH", "Báo cáo", None),
        ("KẾ HOẠCH\n\nCải cách hành chính năm 2023\n\nI. MỤC ĐÍCH", "Kế hoạch", None),
        ("TỜ TRÌNH\nVề việc đề nghị phê duyệt đề án\n\nKính gửi: UBND tỉnh", "Tờ trình", None),
        ("THÔNG BÁO\nKết luận kiểm tra CCHC\nCăn cứ", "Thông báo", None),
        ("THÔNG TƯ LIÊN TỊCH\nHướng dẫn chức năng", "Thông tư liên tịch", None),
        ("CHỈ THỊ\nVề việc tăng cường kỷ luật", "Chỉ thị", None),
        ("NGHỊ QUYẾT\nVề việc thông qua", "Nghị quyết", None),
        ("QUYẾT ĐỊNH:\nĐiều 1.", None, None),
        (
            "Số: 245/SKHCN-VP\nV/v triển khai kế hoạch\nCCHC năm 2023\n\nKính gửi: Các phòng",
            "Công văn",
            None,
        ),
    ],
)
def test_type_line_and_subject(text: str, kind: str | None, subject: str | None) -> None:
    got = parse_header(text)
    assert got.kind == kind
    if kind:
        lines = [x for x in text.split("\n")[1:] if x and not x.startswith(("I.", "Kính", "Căn"))]
        expected = " ".join(lines).removeprefix("Về việc ").removeprefix("V/v ")
        assert got.subject == expected


def test_issuer_from_two_column_lines() -> None:
    text = (
        "UBND TỈNH HÒA AN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "SỞ KHOA HỌC VÀ Độc lập - Tự do - Hạnh phúc\nCÔNG NGHỆ\n"
        "Số: 15/QĐ-SKHCN Hòa An, ngày 12 tháng 3 năm 2023\nQUYẾT ĐỊNH\nVề việc sắp xếp"
    )
    got = parse_header(text)
    assert got.issuer == "UBND TỈNH HÒA AN / SỞ KHOA HỌC VÀ CÔNG NGHỆ"
    assert (got.ident, got.date, got.place) == ("15/QĐ-SKHCN", "2023-03-12", "Hòa An")


def test_seed_report_header(seed_report: Path) -> None:
    identity = load_document(seed_report, root=seed_report.parent).identity
    assert identity == Identity(
        ident="/BC-SKHCN",
        number=None,
        code="BC",
        kind="Báo cáo",
        issuer=None,
        date="2021-11",
        place="Khánh Hòa",
        subject="Công tác cải cách hành chính năm 2021",
    )


def test_decree_header(decree: Path) -> None:
    identity = load_document(decree, root=decree.parent).identity
    assert identity.kind == "Nghị định"
    assert identity.subject == "công tác văn thư"
    assert identity.date is None  # "Căn cứ Luật … ngày 19 tháng 6 năm 2015;" is not its date


@pytest.mark.parametrize(
    "body",
    [
        # a PDF's lines re-flowed into one paragraph: the body runs on after the trích yếu
        "Chuyển đổi số năm 2024 của Sở Lao động - Thương binh và Xã hội Thực hiện Kế hoạch"
        " số 04/KH-SLĐTBXH ngày 09/01/2024 của Sở, Sở ban hành Kế hoạch:",
        # a justified line spacing its words twice
        "Chuyển đổi số năm 2024 của Sở Lao động - Thương binh và Xã hội\nThực  hiện  Kế"
        "  hoạch  số  04/KH-SLĐTBXH  ngày  09/01/2024:",
        "Chuyển đổi số năm 2024 của Sở Lao động - Thương binh và Xã hội Căn cứ Quyết định"
        " số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ;",
    ],
)
def test_the_subject_ends_where_the_body_starts(body: str) -> None:
    got = parse_header(f"Số: 26/KH-SLĐTBXH\nPhú Khê, ngày 05 tháng 3 năm 2024\nKẾ HOẠCH\n{body}")
    assert got.subject == "Chuyển đổi số năm 2024 của Sở Lao động - Thương binh và Xã hội"


def test_a_plans_subject_may_open_as_a_body_does() -> None:
    head = "Số: 01/KH-SYT\nAn Trường, ngày 08 tháng 01 năm 2024\nKẾ HOẠCH\n"
    got = parse_header(f"{head}Thực hiện công tác cải cách hành chính năm 2024\nCăn cứ Nghị quyết")
    assert got.subject == "Thực hiện công tác cải cách hành chính năm 2024"
    # the body's "Thực hiện Kế hoạch số …" is no subject
    assert parse_header(f"{head}Thực hiện Kế hoạch số 01/KH-UBND ngày 03/01/2024").subject is None


def test_a_reports_opening_sentence_wrapped_under_its_subject_is_no_subject() -> None:
    head = "Số: 140/BC-SVHTTDL\nTrà Giang, ngày 16 tháng 6 năm 2025\nBÁO CÁO\n"
    subject = "Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2025"
    opening = (
        "Sở Văn hóa, Thể thao và Du lịch báo cáo kết quả thực hiện công tác cải cách hành\n"
        "chính (CCHC) 6 tháng đầu năm 2025 như sau:\nI. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH"
    )
    assert parse_header(f"{head}{subject}\n{opening}").subject == subject
    # a subject's own second line stays, though the body's first sentence ends "như sau:"
    wrapped = f"{subject} của\nSở Văn hóa, Thể thao và Du lịch\nThực hiện Kế hoạch số 07/KH-UBND"
    got = parse_header(f"{head}{wrapped}, Sở báo cáo như sau:")
    assert got.subject == f"{subject} của Sở Văn hóa, Thể thao và Du lịch"


@pytest.mark.parametrize("rule", ["————", "-----", "———————————"])
def test_a_rule_read_onto_the_trich_yeu_line_is_no_part_of_it(rule: str) -> None:
    """A PDF printed from Word may give the short rule drawn under the trích yếu on its line."""
    identity = parse_header(
        "UBND TỈNH BẢO LÂM\nSỞ TÀI CHÍNH\nSố: 35/QĐ-STC\nBảo Lâm, ngày 14 tháng 3 năm 2025\n"
        f"QUYẾT ĐỊNH\nBan hành Quy chế chi tiêu nội bộ của Sở Tài chính {rule}\n"
        "GIÁM ĐỐC SỞ TÀI CHÍNH\nCăn cứ Luật Ngân sách nhà nước;"
    )
    assert identity.subject == "Ban hành Quy chế chi tiêu nội bộ của Sở Tài chính"


def test_what_the_e_office_system_stamps_is_no_part_of_the_header() -> None:
    # an incoming letter as the system exports it: its signature first, the arrival stamp
    # under the trích yếu
    text = (
        "Ký bởi: Sở Nội vụ Email: snv@phuoclam.gov.vn Cơ quan: Tỉnh Phước Lâm Thời gian ký: "
        "20.11.2024 16:45:02 +07:00\n"
        "UBND TỈNH PHƯỚC LÂM CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "SỞ NỘI VỤ Độc lập - Tự do - Hạnh phúc\n"
        "Số: 1560/SNV-CCHC Phước Lâm, ngày 20 tháng 11 năm 2024\n"
        "V/v hướng dẫn báo cáo cải cách hành chính năm 2024\n"
        "VĂN BẢN ĐẾN — Số đến: 2043 — Ngày đến: 21/11/2024\n"
        "Kính gửi: Các sở, ban, ngành tỉnh.\n"
    )
    header = parse_header(text)
    assert header.ident == "1560/SNV-CCHC"
    assert header.date == "2024-11-20"
    assert header.subject == "hướng dẫn báo cáo cải cách hành chính năm 2024"
