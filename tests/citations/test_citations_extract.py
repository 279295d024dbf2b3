"""Extraction: tables of (text, expected citations), near-misses that must not match."""

from __future__ import annotations

import unicodedata

import pytest

from assistant.citations import extract, normalize


def only(text: str):
    found = extract(text)
    assert len(found) == 1, found
    return found[0]


# (text, ident, kind, code, year, date)
FORMS = [
    (
        "Quyết định số 1753/QĐ-UBND ngày 28/6/2021",
        "1753/QĐ-UBND",
        "Quyết định",
        "QĐ",
        2021,
        "2021-06-28",
    ),
    ("Công văn số 1294/UBND ngày 23/02/2021", "1294/UBND", "Công văn", None, 2021, "2021-02-23"),
    ("Công văn số 2320/SNV-TCBC-CCVC", "2320/SNV-TCBC-CCVC", "Công văn", None, None, None),
    (
        "Nghị định 107/2020/NĐ-CP ngày 14/9/2020",
        "107/2020/NĐ-CP",
        "Nghị định",
        "NĐ",
        2020,
        "2020-09-14",
    ),
    ("Luật số 80/2015/QH13", "80/2015/QH13", "Luật", None, 2015, None),
    ("Văn bản hợp nhất số 01/VBHN-VPQH", "01/VBHN-VPQH", "Văn bản hợp nhất", "VBHN", None, None),
    (
        "Chương trình hành động số 12-CTr/TU ngày 31/3/2017",
        "12-CTr/TU",
        "Chương trình",
        "CTr",
        2017,
        "2017-03-31",
    ),
    ("Quy định số 66-QĐ/TW ngày 06/02/2017", "66-QĐ/TW", "Quy định", "QĐ", 2017, "2017-02-06"),
    ("Quyết định số 07/2018/QĐ-UBND", "07/2018/QĐ-UBND", "Quyết định", "QĐ", 2018, None),
    (
        "Kế hoạch kiểm tra số 4806/KH-UBND ngày 03/6/2021",
        "4806/KH-UBND",
        "Kế hoạch",
        "KH",
        2021,
        "2021-06-03",
    ),
    (
        "văn bản chỉ đạo số 9787/UBND-KGVX ngày 04/10/2021",
        "9787/UBND-KGVX",
        "Công văn",
        None,
        2021,
        "2021-10-04",
    ),
    (
        "Thông tư số 01/2021/TT-BKH&CN ngày 01/3/2021",
        "01/2021/TT-BKH&CN",
        "Thông tư",
        "TT",
        2021,
        "2021-03-01",
    ),
    ("Nghị quyết số 26-NQ/TW ngày 26-4-2016", "26-NQ/TW", "Nghị quyết", "NQ", 2016, "2016-04-26"),
    (
        "Thông tư số 07/2015/TT-GDĐT ngày 16 tháng 4 năm 2015",
        "07/2015/TT-GDĐT",
        "Thông tư",
        "TT",
        2015,
        "2015-04-16",
    ),
    (
        "Tờ trình số 1037/TTr-SKH&CN ngày 09/8/2021",
        "1037/TTr-SKH&CN",
        "Tờ trình",
        "TTr",
        2021,
        "2021-08-09",
    ),
    ("QĐ số 1023/QĐ-ĐHKT ngày 20/08/2018", "1023/QĐ-ĐHKT", "Quyết định", "QĐ", 2018, "2018-08-20"),
    ("theo 1075/KTKĐCLGD-GDĐH về hướng dẫn", "1075/KTKĐCLGD-GDĐH", "Công văn", None, None, None),
]


@pytest.mark.parametrize(("text", "ident", "kind", "code", "year", "date"), FORMS)
def test_forms(text: str, ident: str, kind: str, code: str | None, year, date) -> None:
    c = only(text)
    assert (c.ident, c.kind, c.code, c.year, c.date) == (ident, kind, code, year, date)
    assert not c.missing
    assert text[c.start : c.end] == c.text


@pytest.mark.parametrize(
    ("text", "issuer", "symbol"),
    [
        ("Quyết định số 1753/QĐ-UBND", "UBND", "QĐ-UBND"),
        ("Công văn số 1191/SKH&CN-VP", "SKH&CN", "SKH&CN-VP"),
        ("Nghị định 107/2020/NĐ-CP", "CP", "NĐ-CP"),
        ("Chương trình số 12-CTr/TU", "TU", "CTr/TU"),
        ("Luật số 80/2015/QH13", "QH13", "QH13"),
    ],
)
def test_issuer_and_symbol(text: str, issuer: str, symbol: str) -> None:
    c = only(text)
    assert (c.issuer, c.symbol) == (issuer, symbol)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Quyết định số 15/QĐ-UBND ngày 28/6/2021", "2021-06-28"),
        ("Quyết định số 15/QĐ-UBND ngày 28 tháng 6 năm 2021", "2021-06-28"),
        ("Nghị quyết số 15-NQ/TU ngày 26-4-2016", "2016-04-26"),
        ("Thông tư số 32/2015/TT-GDĐT, ngày 16/12/2015 (Tiêu chuẩn 6)", "2015-12-16"),
        ("Luật giáo dục số 38/2005/QH11 ban hành ngày 14/06/2005", "2005-06-14"),
        ("Luật GDĐH 08/2012/QH13 ban hành 18 tháng 6 năm 2012", "2012-06-18"),
        (
            "ngày 23/9/2021, Sở Nội vụ đã có Công văn số 2320/SNV-TCBC-CCVC về việc phản hồi",
            "2021-09-23",
        ),
        ("Quyết định số 15/QĐ-UBND", None),
    ],
)
def test_dates(text: str, date: str | None) -> None:
    assert only(text).date == date


def test_date_before_needs_an_issuing_verb() -> None:
    c = only("Ngày 28/10/2016, thực hiện theo Quyết định số 876/QĐ-ĐHKT của Hiệu trưởng")
    assert c.date is None


def test_impossible_date_is_noted_not_kept() -> None:
    c = only("Quyết định số 1566/QĐ-ĐHKT ngày 25/21/2019 ban hành chuẩn đầu ra")
    assert c.date is None
    assert any("25/21/2019" in n for n in c.notes)


@pytest.mark.parametrize(
    ("text", "issuer_name", "subject"),
    [
        (
            "Quyết định số 1753/QĐ-UBND ngày 28/6/2021 của UBND tỉnh về việc sắp xếp cơ cấu tổ "
            "chức Sở Khoa học và Công nghệ; Quyết định khác",
            "UBND tỉnh",
            "sắp xếp cơ cấu tổ chức Sở Khoa học và Công nghệ",
        ),
        (
            "Nghị định số 24/2014/NĐ-CP ngày 04/4/2014 của Chính phủ quy định tổ chức các cơ quan "
            "chuyên môn.",
            "Chính phủ",
            "quy định tổ chức các cơ quan chuyên môn",
        ),
        (
            "Quyết định số 07/2018/QĐ-UBND ban hành quy định quản lý nhiệm vụ KH&CN cấp cơ sở, "
            "tuy nhiên",
            None,
            "ban hành quy định quản lý nhiệm vụ KH&CN cấp cơ sở, tuy nhiên",
        ),
        (
            "Công văn số 1294/UBND ngày 23/02/2021 của UBND tỉnh về việc khắc phục tồn tại, "
            "hạn chế năm 2020, Sở đã tuyên truyền",
            "UBND tỉnh",
            "khắc phục tồn tại, hạn chế năm 2020",
        ),
    ],
)
def test_issuer_name_and_subject(text: str, issuer_name: str | None, subject: str) -> None:
    c = only(text)
    assert (c.issuer_name, c.subject) == (issuer_name, subject)


@pytest.mark.parametrize(
    ("text", "pinpoint"),
    [
        (
            "theo quy định tại điểm b khoản 2 Điều 3 Nghị định 54/2016/NĐ-CP",
            "điểm b khoản 2 Điều 3",
        ),
        ("và điều 4 của Nghị định 29/2012/NĐ-CP về tuyển dụng", "điều 4"),
        ("khoản 1 Điều 12 Luật số 80/2015/QH13", "khoản 1 Điều 12"),
    ],
)
def test_pinpoint(text: str, pinpoint: str) -> None:
    c = only(text)
    assert c.pinpoint == pinpoint
    assert c.ident is not None


# Malformed but real: returned, marked, canonicalised.
@pytest.mark.parametrize(
    ("text", "ident", "missing", "note"),
    [
        ("Quyết định số 766/QĐ-  ngày 25/05/2021 thành lập", "766/QĐ-", ("issuer",), None),
        ("Quyết định số 1982/QĐ- TTg ngày 18 tháng 10 năm 2016", "1982/QĐ-TTg", (), "blanks"),
        ("Thông báo số 326 ngày 26/04/2019 của Trường X", "326", ("symbol",), None),
        ("Quyết định 286b/QĐ-  ngày 29/5/2013", "286b/QĐ-", ("issuer",), None),
        ("Quyết định số 739/QĐ_ , Quy chế", "739/QĐ-", ("issuer",), "'_'"),
        ("Thông tư số 07/2015/TT-Bộ GDĐT ngày 16/04/2015", "07/2015/TT-BGDĐT", (), "Bộ GDĐT"),
        ("Quyết định số 1566/QĐ -  ngày 25/12/2019", "1566/QĐ-", ("issuer",), None),
        ("Quyết định 1753/QD-UBND", "1753/QĐ-UBND", (), "'QD'"),
    ],
)
def test_malformed(text: str, ident: str, missing: tuple, note: str | None) -> None:
    c = only(text)
    assert c.ident == ident
    assert c.missing == missing
    if note:
        assert any(note in n for n in c.notes), c.notes


@pytest.mark.parametrize(
    "text",
    [
        "Đăng bài viết trên Bản tin Khoa học công nghệ số 02/2021, số 05/2021.",
        "áp dụng HTQLCL theo TCVN ISO 9001:2015 vào hoạt động",
        "cài đặt và duy trì sử dụng PC-Covid trên điện thoại thông minh",
        "Đến hết ngày 30/6/2021 Sở KH&CN đã chủ trì",
        "đạt điểm 20/20, xếp loại 8,5/10",
        "Điện thoại: 0258/3822.456, fax 0258.3822457",
        "tỷ lệ giảng viên/SV (1GV/25SV) và 54 m2/phòng",
        "tổng số 30 doanh nghiệp; Trong số 07 các cán bộ",
        "phòng chống dịch Covid-19/2021 tại Sở",
        "hồ sơ 3/HS đã nhận",
        "Số mới tiếp nhận trong kỳ: 102 (trực tuyến: 80)",
        "giai đoạn 2021 - 2025, kế hoạch 2021/2022",
        "Trưởng các phòng/ đơn vị",
    ],
)
def test_near_misses(text: str) -> None:
    assert extract(text) == []


def test_kind_from_type_word_disagrees_with_symbol() -> None:
    c = only("trình UBND tỉnh tại Công văn số 821/TTr-SKHHCN ngày 22/6/2021 về việc miễn nhiệm")
    assert (c.kind, c.code) == ("Công văn", "TTr")
    assert any("Tờ trình" in n for n in c.notes)


def test_short_form_resolves_to_the_full_mention() -> None:
    text = (
        "theo Quyết định số 1235/QĐ-UBND ngày 11/5/2021 về ban hành Bộ tài liệu; áp dụng "
        "Quyết định số 1235/QĐ-UBND, rà soát; Kế hoạch số 4806/KH-UBND."
    )
    full, short, other = extract(text)
    assert short.antecedent == 0
    assert short.date == "2021-05-11"
    assert short.subject == full.subject == "ban hành Bộ tài liệu"
    assert other.antecedent is None
    assert other.date is None


def test_short_form_of_another_year_is_not_resolved() -> None:
    text = "Quyết định số 15/QĐ-UBND ngày 02/01/2020; Quyết định số 15/QĐ-UBND ngày 05/01/2021."
    assert [c.antecedent for c in extract(text)] == [None, None]


def test_list_of_citations_each_with_its_own_date() -> None:
    text = (
        "Quyết định số 252/QĐ-SKH&CN ngày 16/12/2020 Kế hoạch đào tạo; Quyết định số "
        "251/QĐ-SKHHCN ngày 16/12/2020 Kế hoạch; Công văn 1074/KTKĐCLGD-GDĐH và 1075/KTKĐCLGD-GDĐH"
    )
    assert [(c.ident, c.date) for c in extract(text)] == [
        ("252/QĐ-SKH&CN", "2020-12-16"),
        ("251/QĐ-SKHHCN", "2020-12-16"),
        ("1074/KTKĐCLGD-GDĐH", None),
        ("1075/KTKĐCLGD-GDĐH", None),
    ]


def test_nfd_and_eth_are_normalised_and_offsets_refer_to_nfc() -> None:
    raw = unicodedata.normalize("NFD", "Theo Quyết định số 1753/QÐ-UBND ngày 28/6/2021 của tỉnh")
    text = normalize(raw)
    c = only(raw)
    assert c.ident == "1753/QĐ-UBND"
    assert text[c.start : c.end] == c.text == "Quyết định số 1753/QĐ-UBND ngày 28/6/2021"


def test_header_number_is_marked() -> None:
    c = only("UBND TỈNH KHÁNH HÒA\nSố: 1753/QĐ-UBND\nKhánh Hòa, ngày 28 tháng 6 năm 2021")
    assert any(n.startswith("header") for n in c.notes)


def test_to_json_has_the_design_fields() -> None:
    data = only("Quyết định số 1753/QĐ-UBND ngày 28/6/2021").to_json()
    for name in (
        "text",
        "start",
        "end",
        "kind",
        "code",
        "number",
        "year",
        "symbol",
        "issuer",
        "ident",
        "date",
        "subject",
        "pinpoint",
    ):
        assert name in data
    assert data["ident"] == "1753/QĐ-UBND"
    assert data["date"] == "2021-06-28"
    assert "1753/QĐ-UBND" in repr(only("Quyết định số 1753/QĐ-UBND"))


# A report's appendix listing the documents issued: each row cites one in its columns.
APPENDIX = (
    "Phụ lục\nDANH MỤC VĂN BẢN ĐÃ BAN HÀNH NĂM 2025\n"
    "STT | Số, ký hiệu | Ngày ban hành | Trích yếu | Cơ quan ban hành\n"
    "1 | 356/QĐ-UBND | 26/02/2025 | Thành lập Sở Nông nghiệp và Môi trường | UBND tỉnh\n"
    "2 | 26/KH-SNNMT | 10/6/2025 | Tuyên truyền cải cách hành chính năm 2025 | Sở NN&MT\n"
)
# The same rows as a PDF prints them: run together, a cell wrapped over two lines.
PRINTED = (
    "STT | Số, ký hiệu | Ngày ban hành | Trích yếu | Cơ quan ban hành 1 | 03/KH-SNNPTNT | "
    "08/01/2024 | Cải cách hành chính năm 2024 | Sở NN&PTNT 2 | 07/QĐ-SNNPTNT | 15/01/2024 | "
    "Ban hành Quy chế chi tiêu nội bộ năm 2024 của Sở\nNông nghiệp và Phát triển nông thôn | "
    "Sở NN&PTNT\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            APPENDIX,
            [
                ("356/QĐ-UBND", "2025-02-26", "Thành lập Sở Nông nghiệp và Môi trường"),
                ("26/KH-SNNMT", "2025-06-10", "Tuyên truyền cải cách hành chính năm 2025"),
            ],
        ),
        (
            PRINTED,
            [
                ("03/KH-SNNPTNT", "2024-01-08", "Cải cách hành chính năm 2024"),
                (
                    "07/QĐ-SNNPTNT",
                    "2024-01-15",
                    "Ban hành Quy chế chi tiêu nội bộ năm 2024 của Sở Nông nghiệp và Phát "
                    "triển nông thôn",
                ),
            ],
        ),
        # four columns, a row a line: the next row's number ends the trích yếu
        (
            "STT | Số | Ngày | Trích yếu\n1 | 12/KH-SCT | 05/01/2024 | Cải cách hành chính\n"
            "2 | 17/QĐ-SCT | 26/02/2024 | Ban hành Kế hoạch kiểm tra\n",
            [
                ("12/KH-SCT", "2024-01-05", "Cải cách hành chính"),
                ("17/QĐ-SCT", "2024-02-26", "Ban hành Kế hoạch kiểm tra"),
            ],
        ),
    ],
)
def test_a_table_row_gives_its_documents_date_and_subject(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert [(c.ident, c.date, c.subject) for c in extract(text)] == expected


def test_a_table_of_figures_gives_no_date_or_subject() -> None:
    text = "Chỉ tiêu | Số liệu | Năm\nTỷ lệ | 98,5% | 2024\nKế hoạch số 12/KH-SCT | 3 | 5\n"
    assert [(c.ident, c.date, c.subject) for c in extract(text)] == [("12/KH-SCT", None, None)]


def test_a_registers_number_is_no_citation() -> None:
    text = (
        "Số đăng ký: 0962/VBĐi-SNgV\nVĂN BẢN ĐẾN — Số đến: 2043 — Ngày đến: 21/11/2024\n"
        "Thực hiện Công văn số 805/SNgV-VP ngày 12/11/2024 của Sở Ngoại vụ."
    )
    assert [c.ident for c in extract(text)] == ["805/SNgV-VP"]
