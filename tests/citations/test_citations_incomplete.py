"""Citations a draft leaves incomplete or writes loosely: a blank number, a number without
its symbol, blanks inside a symbol. Each is read, said to be so, and given the archive
document it most likely means when exactly one fits."""

from __future__ import annotations

import pytest

from assistant.citations import Registry, check
from assistant.citations.extract import extract
from assistant.citations.normalize import normalize
from assistant.ingest.header import parse_header
from assistant.ui.wording import vi_suggestion

FILES = {
    "qd-38.txt": """UBND TỈNH HÒA AN
SỞ KHOA HỌC VÀ CÔNG NGHỆ
Số: 38/QĐ-SKHCN
Hòa An, ngày 20 tháng 5 năm 2024

QUYẾT ĐỊNH
Ban hành Quy chế tiếp nhận hồ sơ một cửa
""",
    "qd-39.txt": """UBND TỈNH HÒA AN
SỞ KHOA HỌC VÀ CÔNG NGHỆ
Số: 39/QĐ-SKHCN
Hòa An, ngày 20 tháng 5 năm 2024

QUYẾT ĐỊNH
Về việc cử công chức dự tập huấn
""",
    "qd-83.txt": """UBND TỈNH HÒA AN
SỞ KHOA HỌC VÀ CÔNG NGHỆ
Số: 83/QĐ-SKHCN
Hòa An, ngày 14 tháng 02 năm 2023

QUYẾT ĐỊNH
Về việc kiện toàn tổ công tác
""",
    "kh-12.txt": """UBND TỈNH HÒA AN
SỞ KHOA HỌC VÀ CÔNG NGHỆ
Số: 12/KH-SKHCN
Hòa An, ngày 10 tháng 01 năm 2023

KẾ HOẠCH
Cải cách hành chính năm 2023
""",
}


@pytest.fixture(scope="module")
def registry() -> Registry:
    registry = Registry()
    for source, text in FILES.items():
        text = normalize(text)
        registry.add_text(source, text, identity=parse_header(text))
    return registry


@pytest.mark.parametrize(
    "text",
    [
        "Quyết định số    /QĐ-SKHCN ngày 20/5/2024",
        "Quyết định số .../QĐ-SKHCN ngày 20/5/2024",
        "Quyết định số …/QĐ-SKHCN ngày 20/5/2024",
        "Quyết định số ___/QĐ-SKHCN ngày 20/5/2024",
    ],
)
def test_a_blank_number_is_a_citation_missing_its_number(text: str) -> None:
    (c,) = extract(f"Sở đã ban hành {text} về quy chế.")
    assert (c.ident, c.missing, c.kind, c.date) == (
        "/QĐ-SKHCN",
        ("number",),
        "Quyết định",
        "2024-05-20",
    )
    assert "number left blank" in c.notes


def test_a_header_blank_is_no_citation() -> None:
    # the draft's own "Số:   /BC-SKHCN" has no type word before it
    assert extract("UBND TỈNH HÒA AN\nSố:   /BC-SKHCN\nHòa An, ngày   tháng 11 năm 2024") == []


def test_a_blank_number_is_unverifiable_with_the_document_it_may_be(registry: Registry) -> None:
    (finding,) = check("Quyết định số    /QĐ-SKHCN ngày 10/01/2023.", registry).findings
    assert finding.status == "unverifiable"
    assert finding.expected is None  # no Quyết định of that day
    # two decisions of 20/5/2024: neither is suggested
    (finding,) = check("Quyết định số    /QĐ-SKHCN ngày 20/5/2024.", registry).findings
    assert (finding.status, finding.expected) == ("unverifiable", None)
    (finding,) = check("Kế hoạch số    /KH-SKHCN ngày 10/01/2023.", registry).findings
    assert finding.status == "unverifiable"
    assert finding.expected["ident"] == "12/KH-SKHCN"
    assert finding.suggestion == (
        "incomplete citation (number missing); the archive's Kế hoạch dated 2023-01-10"
        " is 12/KH-SKHCN"
    )
    assert vi_suggestion(finding) == (
        "Trích dẫn thiếu số, không đối chiếu được với kho. Kho tài liệu có 12/KH-SKHCN"
        " ngày 10/01/2023: có thể là văn bản này."
    )


def test_a_number_without_its_symbol_is_matched_by_number_type_and_date(
    registry: Registry,
) -> None:
    (finding,) = check("Theo Kế hoạch số 12 ngày 10/01/2023 của Sở.", registry).findings
    assert (finding.status, finding.expected["ident"]) == ("unverifiable", "12/KH-SKHCN")
    (finding,) = check("Theo Quyết định số 12 ngày 10/01/2023 của Sở.", registry).findings
    assert (finding.status, finding.expected) == ("unverifiable", None)  # 12 is a plan


def test_blanks_inside_a_symbol_are_a_symbol_variant(registry: Registry) -> None:
    (finding,) = check("Quyết định số 38/QĐ- SKHCN ngày 20/5/2024.", registry).findings
    assert finding.status == "symbol_variant"
    assert finding.suggestion == "the archive spells it 38/QĐ-SKHCN"
    (finding,) = check("Quyết định số 38/QĐ-SKHCN ngày 20/5/2024.", registry).findings
    assert finding.status == "verified"


def test_a_number_of_another_year_next_to_one_of_that_very_day(registry: Registry) -> None:
    # 38/QĐ-SKHCN is of 2024, 83/QĐ-SKHCN of 14/02/2023, the day written: transposed
    # digits are a likelier slip than a wrong date
    (finding,) = check("Quyết định số 38/QĐ-SKHCN ngày 14/02/2023.", registry).findings
    assert (finding.status, finding.expected["ident"]) == ("not_found", "83/QĐ-SKHCN")
    assert "digits transposed" in finding.suggestion
    # no document of the day written is near: the number's own date is what is wrong
    (finding,) = check("Quyết định số 38/QĐ-SKHCN ngày 10/01/2023.", registry).findings
    assert (finding.status, finding.expected["ident"]) == ("date_mismatch", "38/QĐ-SKHCN")


def test_a_symbol_without_its_hyphen_is_a_symbol_variant(registry: Registry) -> None:
    (finding,) = check("Quyết định số 38/QĐSKHCN ngày 20/5/2024.", registry).findings
    assert (finding.status, finding.expected["ident"]) == ("symbol_variant", "38/QĐ-SKHCN")
    assert finding.suggestion == "the archive spells it 38/QĐ-SKHCN"
