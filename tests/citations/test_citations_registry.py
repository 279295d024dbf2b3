"""Registry: documents from headers and mentions, conflicts, loose lookup, persistence."""

from __future__ import annotations

import json

import pytest

from assistant.citations import Registry, lookup_key
from assistant.models import Identity


def test_documents_known_only_from_mentions(seed_registry: Registry) -> None:
    e = seed_registry.find("1753/QĐ-UBND")
    assert e is not None
    assert (e.date, e.kind, e.year, e.own_source) == ("2021-06-28", "Quyết định", 2021, None)
    assert e.subject.startswith("sắp xếp cơ cấu tổ chức Sở Khoa học và Công nghệ")
    assert e.mentions[0].page == 3
    assert e.mentions[0].section == "I"


def test_blank_draft_number_is_not_a_document(seed_registry: Registry) -> None:
    assert all(not e.ident.startswith("/") for e in seed_registry.entries())
    assert all(e.own_source is None for e in seed_registry.entries())


@pytest.mark.parametrize(
    "query",
    [
        "qd 1753",
        "QĐ 1753",
        "quyết định 1753",
        "quyet dinh 1753/QD-UBND",
        "1753/QĐ-UBND",
        "Quyết định số 1753 năm 2021 về sắp xếp",
    ],
)
def test_loose_lookup(seed_registry: Registry, query: str) -> None:
    assert [e.ident for e in seed_registry.lookup(query)] == ["1753/QĐ-UBND"]


def test_lookup_by_type_only_keeps_the_type(seed_registry: Registry) -> None:
    assert [e.ident for e in seed_registry.lookup("kế hoạch 4806")] == ["4806/KH-UBND"]
    assert seed_registry.lookup("thông báo 4806") == []


def test_spelling_variants_are_one_document(seed_registry: Registry) -> None:
    e = seed_registry.find("137/QĐ-SKH&CN")
    assert e is not None
    assert set(e.variants) == {"137/QĐ-SKHHCN", "137/QĐ-SKH&CN"}
    assert "spelled 137/QĐ-SKHHCN and 137/QĐ-SKH&CN" in e.conflicts
    assert lookup_key("137/QĐ-SKHCN") == e.key


def test_two_dates_for_one_number_is_a_conflict() -> None:
    registry = Registry()
    registry.add_text(
        "a.txt",
        "Quyết định số 1753/QĐ-UBND ngày 28/6/2021 về việc sắp xếp.",
        identity=None,
        locate=lambda o: (3, "II"),
    )
    registry.add_text(
        "b.txt",
        "theo Quyết định số 1753/QĐ-UBND ngày 29/6/2021.",
        identity=None,
        locate=lambda o: (5, ""),
    )
    (e,) = registry.entries()
    assert e.conflicts == (
        "two dates for 1753/QĐ-UBND: 2021-06-28 (a.txt p.3, II) and 2021-06-29 (b.txt p.5)",
    )
    assert e.date == "2021-06-28"


def test_same_number_in_two_years_is_two_documents() -> None:
    registry = Registry()
    registry.add_text(
        "a.txt",
        "Quyết định số 15/QĐ-UBND ngày 05/01/2020; Quyết định số 15/QĐ-UBND ngày 07/01/2021.",
        identity=None,
    )
    assert [(e.ident, e.year) for e in registry.entries()] == [
        ("15/QĐ-UBND", 2020),
        ("15/QĐ-UBND", 2021),
    ]
    assert registry.find("15/QĐ-UBND", year=2020).date == "2020-01-05"


def test_header_identity_is_the_agreed_version() -> None:
    registry = Registry()
    identity = Identity(
        ident="1753/QĐ-UBND",
        number="1753",
        code="QĐ",
        kind="Quyết định",
        date="2021-06-28",
        subject="Sắp xếp cơ cấu tổ chức Sở KH&CN",
    )
    registry.add_text(
        "qd-1753.txt", "Số: 1753/QĐ-UBND\nKhánh Hòa, ngày 28 tháng 6 năm 2021\n", identity=identity
    )
    registry.add_text("report.txt", "Quyết định số 1753/QĐ-UBND ngày 29/6/2021", identity=None)
    (e,) = registry.entries()
    assert (e.own_source, e.date) == ("qd-1753.txt", "2021-06-28")
    assert len(e.mentions) == 1  # the header is not a mention of itself
    assert any("two dates" in c for c in e.conflicts)


def test_round_trip_and_remove_source(seed_registry: Registry) -> None:
    data = json.loads(json.dumps(seed_registry.to_dict(), ensure_ascii=False))
    again = Registry.from_dict(data)
    assert again.to_dict() == seed_registry.to_dict()
    again.add_text("extra.txt", "Quyết định số 9999/QĐ-UBND ngày 01/02/2022", identity=None)
    assert again.find("9999/QĐ-UBND") is not None
    again.remove_source("extra.txt")
    assert again.find("9999/QĐ-UBND") is None
    assert again.to_dict() == seed_registry.to_dict()


def _merged_registry() -> Registry:
    """Two former Sở Tư pháp, one number and year each: after a merger, one archive."""
    registry = Registry()
    for source, issuer, date, subject in (
        ("iso.txt", "UBND TỈNH LẠC GIANG / SỞ TƯ PHÁP", "2024-03-18", "Công bố ISO 9001:2015"),
        ("qclv.txt", "UBND TỈNH TÂY PHONG / SỞ TƯ PHÁP", "2024-05-02", "Ban hành Quy chế làm việc"),
    ):
        identity = Identity(
            ident="45/QĐ-STP",
            number="45",
            code="QĐ",
            kind="Quyết định",
            issuer=issuer,
            date=date,
            subject=subject,
        )
        registry.add_text(source, f"Số: 45/QĐ-STP\n{subject}\n", identity=identity)
    registry.add_text(
        "bc.txt",
        "Quyết định số 45/QĐ-STP ngày 02/5/2024 của Giám đốc Sở Tư pháp tỉnh Tây Phong; "
        "Quyết định số 45/QĐ-STP của Giám đốc Sở Tư pháp tỉnh Lạc Giang về ISO.",
        identity=None,
    )
    return registry


def test_two_documents_of_one_number_and_year_are_two_entries() -> None:
    registry = _merged_registry()
    iso, rules = sorted(registry.by_key(lookup_key("45/QĐ-STP")), key=lambda e: e.date or "")
    assert (iso.own_source, rules.own_source) == ("iso.txt", "qclv.txt")
    assert iso.key != rules.key
    assert iso.year == rules.year == 2024
    # a mention joins the one of its date, else the one whose place it names
    assert [m.date for m in rules.mentions] == ["2024-05-02"]
    assert len(iso.mentions) == 1
    assert iso.mentions[0].date is None
    assert registry.find("45/QĐ-STP", 2024, "2024-03-18") is iso
    assert registry.find("45/QĐ-STP", 2024, "2024-05-02") is rules


def test_a_number_two_documents_share_finds_both_or_the_one_of_its_date() -> None:
    registry = _merged_registry()
    both = registry.lookup("QĐ 45/QĐ-STP còn hiệu lực không?")
    assert sorted(e.own_source or "" for e in both) == ["iso.txt", "qclv.txt"]
    (rules,) = registry.lookup("Quyết định số 45/QĐ-STP ngày 02/5/2024 còn hiệu lực không?")
    assert rules.own_source == "qclv.txt"
    (iso,) = registry.lookup("quyet dinh 45/QD-STP ngay 18 thang 3 nam 2024")
    assert iso.own_source == "iso.txt"
    # a date neither has narrows nothing
    assert len(registry.lookup("QĐ 45/QĐ-STP ngày 01/01/2024")) == 2


def _city_and_province_registry() -> Registry:
    """The city's own 15/KH-UBND, and the province's 15/KH-UBND of the same year known only
    from the city's citations."""
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
    registry.add_text(
        "bc.txt",
        "Thực hiện Kế hoạch số 15/KH-UBND ngày 05/01/2024 của UBND tỉnh Hạ Uyên về cải cách "
        "hành chính năm 2024 và Kế hoạch số 15/KH-UBND ngày 12/01/2024 của UBND thành phố; "
        "theo Kế hoạch số 15/KH-UBND ngày 05/01/2024, thành phố báo cáo hằng quý. "
        "Kế hoạch số 15/KH-UBND ngày 15/01/2024 của UBND thành phố (ngày viết sai).",
        identity=None,
    )
    return registry


def test_a_number_cited_with_another_date_and_body_than_its_file_is_another_document() -> None:
    registry = _city_and_province_registry()
    city, province = sorted(registry.by_key(lookup_key("15/KH-UBND")), key=lambda e: e.key)
    assert city.own_source == "kh-15-tp.txt"
    assert city.key == lookup_key("15/KH-UBND")
    # the city's plan cited with a wrong date is still the city's: a date to check
    assert sorted(m.date for m in city.mentions) == ["2024-01-12", "2024-01-15"]
    assert province.own_source is None
    assert province.date == "2024-01-05"
    assert len(province.mentions) == 2  # the one naming no body joins it by its date
    (asked,) = registry.lookup("Kế hoạch 15/KH-UBND của UBND tỉnh về việc gì?")
    assert asked is province
    (asked,) = registry.lookup("ke hoach 15/KH-UBND cua UBND thanh pho")
    assert asked is city


def test_a_body_the_symbol_cannot_have_is_a_slip_not_another_document() -> None:
    registry = Registry()
    identity = Identity(
        ident="12/QĐ-SNV", number="12", code="QĐ", kind="Quyết định", date="2024-03-01",
        issuer="UBND TỈNH HẠ UYÊN / SỞ NỘI VỤ", subject="Quy chế làm việc",
    )
    registry.add_text("qd-12.txt", "Số: 12/QĐ-SNV\n", identity=identity)
    registry.add_text(
        "bc.txt", "Quyết định số 12/QĐ-SNV ngày 03/01/2024 của UBND tỉnh.", identity=None
    )
    (entry,) = registry.by_key(lookup_key("12/QĐ-SNV"))
    assert entry.conflicts  # one document, its dates to check


def test_one_document_saved_twice_with_another_date_stays_one() -> None:
    registry = Registry()
    for source, date in (("qd.txt", "2024-03-18"), ("qd (ban ky).txt", "2024-03-19")):
        identity = Identity(
            ident="45/QĐ-STP",
            number="45",
            code="QĐ",
            kind="Quyết định",
            date=date,
            subject="Công bố ISO 9001:2015",
        )
        registry.add_text(source, "Số: 45/QĐ-STP\n", identity=identity)
    (entry,) = registry.entries()
    assert any("two dates" in c for c in entry.conflicts)
