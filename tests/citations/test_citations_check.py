"""Checker: a draft that misdates, mistypes or invents citations of the seed's documents."""

from __future__ import annotations

import pytest

from assistant.citations import Registry, check, format_report
from assistant.citations.normalize import normalize
from assistant.models import Identity

# (sentence of a draft, status, the archive's ident, the archive's date)
DRAFT = [
    (
        "Căn cứ Quyết định số 1753/QĐ-UBND ngày 28/6/2021 của UBND tỉnh về việc sắp xếp.",
        "verified",
        "1753/QĐ-UBND",
        "2021-06-28",
    ),
    (
        "Căn cứ Quyết định số 1753/QĐ-UBND ngày 29/6/2021 của UBND tỉnh.",
        "date_mismatch",
        "1753/QĐ-UBND",
        "2021-06-28",
    ),
    (
        "Thực hiện Kế hoạch số 1908/QĐ-UBND ngày 08/7/2021.",
        "kind_mismatch",
        "1908/QĐ-UBND",
        "2021-07-08",
    ),
    (
        "Theo Thông báo số 4806/KH-UBND ngày 03/6/2021.",
        "kind_mismatch",
        "4806/KH-UBND",
        "2021-06-03",
    ),
    (
        "Ban hành Quyết định số 137/QĐ-SKHCN ngày 13/9/2021.",
        "symbol_variant",
        "137/QĐ-SKHHCN",
        "2021-09-13",
    ),
    ("theo Quyết định số 19/QĐ-TT của Thủ tướng.", "symbol_variant", "19/QĐ-TTg", None),
    (
        "Quyết định số 1573/QĐ-UBND ngày 28/6/2021 về việc sắp xếp.",
        "not_found",
        "1753/QĐ-UBND",
        "2021-06-28",
    ),
    ("Quyết định số 2574/QĐ-UBND ngày 01/9/2021.", "not_found", "2573/QĐ-UBND", "2021-09-01"),
    ("Nghị định 107/2021/NĐ-CP của Chính phủ.", "not_found", "107/2020/NĐ-CP", "2020-09-14"),
    ("Quyết định số 5555/QĐ-BTC ngày 02/02/2019.", "not_found", None, None),
    ("Quyết định số 766/QĐ-  ngày 25/05/2021.", "unverifiable", None, None),
    ("Thông báo số 326 ngày 26/04/2019.", "unverifiable", None, None),
    (
        "Công văn số 2320/SNV-TCBC-CCVC ngày 23/9/2021 của Sở Nội vụ.",
        "verified",
        "2320/SNV-TCBC-CCVC",
        "2021-09-23",
    ),
    ("Nghị định số 54/2016/NĐ-CP ngày 14/6/2016.", "verified", "54/2016/NĐ-CP", "2016-06-14"),
    ("Quyết định số 1235/QĐ-UBND ngày 11/5/2022.", "date_mismatch", "1235/QĐ-UBND", "2021-05-11"),
]


@pytest.mark.parametrize(("sentence", "status", "ident", "date"), DRAFT)
def test_each_citation_gets_the_right_status(
    seed_registry: Registry, sentence: str, status: str, ident: str | None, date: str | None
) -> None:
    (finding,) = check(sentence, seed_registry).findings
    assert finding.status == status, finding
    if ident is None:
        assert finding.expected is None
        return
    assert finding.expected["ident"] == ident
    assert finding.expected["date"] == date
    assert finding.evidence["source"] == "bao-cao-cchc-2021-skhcn-khanh-hoa.txt"
    assert finding.evidence["page"] >= 1


def test_whole_draft_summary_and_json(seed_registry: Registry) -> None:
    draft = "\n".join(d[0] for d in DRAFT)
    result = check(draft, seed_registry)
    data = result.to_json()
    assert data["summary"]["total"] == len(DRAFT)
    assert data["summary"]["verified"] == 3
    assert data["summary"]["not_found"] == 4
    first = data["findings"][1]
    assert {"ident", "start", "end", "status", "expected", "evidence"} <= set(first)
    text = normalize(draft)
    assert all(text[f.start : f.end] == f.citation.text for f in result.findings)


def test_report_names_what_is_wrong_and_where(seed_registry: Registry) -> None:
    draft = DRAFT[1][0] + "\n" + DRAFT[6][0]
    report = format_report(draft, check(draft, seed_registry))
    assert "DATE_MISMATCH" in report
    assert "2021-06-28" in report
    assert "did you mean 1753/QĐ-UBND" in report
    assert "transposed" in report
    assert "bao-cao-cchc-2021-skhcn-khanh-hoa.txt p.3" in report
    assert report.splitlines()[-1].startswith("2 citations:")


def test_seed_checked_against_itself_is_consistent(seed_text: str, seed_registry: Registry) -> None:
    summary = check(seed_text, seed_registry).summary
    assert summary["not_found"] == 0
    assert summary["date_mismatch"] == 0
    assert summary["kind_mismatch"] == 1  # Công văn số 821/TTr-SKHHCN: a Tờ trình
    assert summary["symbol_variant"] == 1  # 137/QĐ-SKH&CN, first spelled 137/QĐ-SKHHCN


def test_a_resolution_of_the_national_assembly_is_what_it_says() -> None:
    registry = Registry()
    registry.add_text(
        "bc.txt",
        "Thực hiện Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về sắp xếp đơn vị "
        "hành chính cấp tỉnh.",
        identity=None,
    )
    draft = "Căn cứ Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội."
    assert [f.status for f in check(draft, registry).findings] == ["verified"]
    (wrong,) = check("Căn cứ Luật số 202/2025/QH15 ngày 12/6/2025.", registry).findings
    assert wrong.status == "kind_mismatch"


def test_two_documents_of_one_number_and_year_are_checked_each_by_its_date() -> None:
    registry = Registry()
    for source, date, subject in (
        ("iso.txt", "2024-03-18", "Công bố ISO"),
        ("qclv.txt", "2024-05-02", "Quy chế làm việc"),
    ):
        identity = Identity(
            ident="45/QĐ-STP", number="45", code="QĐ", kind="Quyết định", date=date, subject=subject
        )
        registry.add_text(source, "Số: 45/QĐ-STP\n", identity=identity)
    draft = "Quyết định số 45/QĐ-STP ngày 18/3/2024 và Quyết định số 45/QĐ-STP ngày 02/5/2024."
    found = check(draft, registry).findings
    assert [(f.status, f.expected["date"]) for f in found] == [
        ("verified", "2024-03-18"),
        ("verified", "2024-05-02"),
    ]
    (wrong,) = check("Quyết định số 45/QĐ-STP ngày 20/5/2024.", registry).findings
    assert wrong.status == "date_mismatch"


def test_two_bodies_documents_of_one_number_are_told_apart_by_the_body_named() -> None:
    registry = Registry()
    identity = Identity(
        ident="15/KH-UBND",
        number="15",
        code="KH",
        kind="Kế hoạch",
        issuer="ỦY BAN NHÂN DÂN / THÀNH PHỐ BẢO AN",
        date="2024-01-12",
        subject="Tuyên truyền cải cách hành chính năm 2024",
    )
    registry.add_text("kh-15-tp.txt", "Số: 15/KH-UBND\n", identity=identity)
    # the province's 15/KH-UBND of that year, known only from the city's citing it
    registry.add_text(
        "bc.txt",
        "Thực hiện Kế hoạch số 15/KH-UBND ngày 05/01/2024 của UBND tỉnh Hạ Uyên về cải cách "
        "hành chính năm 2024.",
        identity=None,
    )
    draft = (
        "Kế hoạch số 15/KH-UBND ngày 05/01/2024 của UBND tỉnh; Kế hoạch số 15/KH-UBND ngày "
        "12/01/2024 của UBND thành phố. Kế hoạch số 15/KH-UBND ngày 12/01/2024 của UBND tỉnh."
    )
    found = check(draft, registry).findings
    assert [(f.status, f.expected["date"]) for f in found] == [
        ("verified", "2024-01-05"),
        ("verified", "2024-01-12"),
        # the province's plan, named by its body, with the city's date
        ("date_mismatch", "2024-01-05"),
    ]


def test_a_number_not_found_suggests_the_document_of_the_date_it_gives() -> None:
    registry = Registry()
    for ident, date in (("04/KH-SXD", "2025-01-08"), ("20/KH-SXD", "2025-05-22")):
        number = ident.split("/")[0]
        identity = Identity(
            ident=ident, number=number, code="KH", kind="Kế hoạch", date=date, subject="CCHC"
        )
        registry.add_text(f"kh-{number}.txt", f"Số: {ident}", identity=identity)
    draft = "Các chỉ tiêu của Kế hoạch số 40/KH-SXD, ngày 8-1-2025 về CCHC năm 2025."
    (finding,) = check(draft, registry).findings
    # 04 written 40 (two digits swapped), of the very day written; not 20, one digit off
    assert finding.status == "not_found"
    assert finding.expected is not None
    assert finding.expected["ident"] == "04/KH-SXD"
    assert "transposed" in (finding.suggestion or "")
