"""The issuer a draft names ("… của Bộ Nội vụ") checked against the archive's.

The archive here is written in the test: two documents with their own headers (a
provincial committee's decision and a Sở's plan, fictional tỉnh Hòa An) and a report
that cites a national decree, a Prime Minister's decision and a committee decision it
has no file of.
"""

from __future__ import annotations

import pytest

from assistant.citations import Registry, check
from assistant.citations.extract import extract
from assistant.citations.issuers import (
    Organ,
    archive_organ,
    disagreement,
    is_national_issuer,
    organ_of_code,
    organ_of_header,
    organ_of_name,
)
from assistant.citations.normalize import normalize
from assistant.ingest.header import parse_header

DECISION = """ỦY BAN NHÂN DÂN
TỈNH HÒA AN
Số: 1120/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Hòa An, ngày 16 tháng 8 năm 2021

QUYẾT ĐỊNH
Quy định chức năng, nhiệm vụ của Sở Khoa học và Công nghệ

Điều 1. Vị trí và chức năng.
"""

PLAN = """UBND TỈNH HÒA AN
SỞ KHOA HỌC VÀ CÔNG NGHỆ
Số: 09/KH-SKHCN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Hòa An, ngày 10 tháng 01 năm 2023

KẾ HOẠCH
Cải cách hành chính năm 2023

Căn cứ Nghị định số 107/2020/NĐ-CP ngày 14/9/2020 của Chính phủ;
Thực hiện Quyết định số 356/QĐ-UBND ngày 20/02/2022 của UBND tỉnh Hòa An về cải cách
hành chính; Quyết định số 1982/QĐ-TTg ngày 18/10/2013 của Thủ tướng Chính phủ.
Ủy ban nhân dân huyện Đông Sơn ban hành Kế hoạch số 57/KH-UBND ngày 20/3/2022 về đào tạo.
"""


@pytest.fixture(scope="module")
def registry() -> Registry:
    registry = Registry()
    for source, text in (("qd-1120.txt", DECISION), ("kh-09.txt", PLAN)):
        text = normalize(text)
        registry.add_text(source, text, identity=parse_header(text))
    return registry


# (a draft's sentence, its status, and a word the suggestion must hold)
CASES = [
    # Loose but right: a committee's decision "của UBND tỉnh", its chairman, a Sở "của Sở".
    ("Quyết định số 1120/QĐ-UBND ngày 16/8/2021 của UBND tỉnh về chức năng.", "verified", None),
    ("Quyết định số 1120/QĐ-UBND ngày 16/8/2021 của Chủ tịch UBND tỉnh Hòa An.", "verified", None),
    ("Kế hoạch số 09/KH-SKHCN ngày 10/01/2023 của Sở.", "verified", None),
    ("Kế hoạch số 09/KH-SKHCN ngày 10/01/2023 của Sở KH&CN.", "verified", None),
    ("Kế hoạch số 09/KH-SKHCN của Giám đốc Sở Khoa học và Công nghệ.", "verified", None),
    ("Nghị định số 107/2020/NĐ-CP ngày 14/9/2020 của Chính phủ.", "verified", None),
    ("Quyết định số 1982/QĐ-TTg ngày 18/10/2013 của Thủ tướng Chính phủ.", "verified", None),
    ("Quyết định số 1982/QĐ-TTg ngày 18/10/2013 của Chính phủ.", "verified", None),
    ("Kế hoạch số 09/KH-SKHCN của đơn vị.", "verified", None),  # names no body
    # Wrong: another body, another field, another unit, another place.
    ("Quyết định số 1120/QĐ-UBND ngày 16/8/2021 của Bộ Nội vụ.", "kind_mismatch", "Bộ Nội vụ"),
    ("Kế hoạch số 09/KH-SKHCN ngày 10/01/2023 của UBND tỉnh.", "kind_mismatch", "SỞ KHOA HỌC"),
    ("Kế hoạch số 09/KH-SKHCN ngày 10/01/2023 của Sở Nội vụ.", "kind_mismatch", "Sở Nội vụ"),
    ("Quyết định số 1120/QĐ-UBND của UBND huyện Đông Sơn.", "kind_mismatch", "TỈNH HÒA AN"),
    ("Quyết định số 1120/QĐ-UBND của UBND tỉnh Khánh Hòa.", "kind_mismatch", "Khánh Hòa"),
    ("Nghị định số 107/2020/NĐ-CP ngày 14/9/2020 của Bộ Tài chính.", "kind_mismatch", "CP"),
    # Known only from a mention: its place is what the mention names.
    ("Quyết định số 356/QĐ-UBND ngày 20/02/2022 của UBND tỉnh Phú Khê.", "kind_mismatch", "Hòa An"),
    ("Quyết định số 356/QĐ-UBND ngày 20/02/2022 của UBND tỉnh.", "verified", None),
    # ... or the body its mention names as the one that issued it ("UBND huyện ban hành")
    ("Kế hoạch số 57/KH-UBND ngày 20/3/2022 của UBND tỉnh.", "kind_mismatch", "huyện"),
    ("Kế hoạch số 57/KH-UBND ngày 20/3/2022 của UBND huyện Đông Sơn.", "verified", None),
    # The other errors still come first: a wrong date is a date_mismatch.
    ("Quyết định số 1120/QĐ-UBND ngày 15/8/2021 của Bộ Nội vụ.", "date_mismatch", "2021-08-16"),
]


@pytest.mark.parametrize(("sentence", "status", "said"), CASES)
def test_the_named_issuer_is_checked(
    registry: Registry, sentence: str, status: str, said: str | None
) -> None:
    (finding,) = check(sentence, registry).findings
    assert finding.status == status, finding.suggestion
    if said is not None:
        assert said in finding.suggestion
    assert finding.expected is not None
    assert finding.expected["issuer"]


def test_the_suggestion_says_what_the_archive_says(registry: Registry) -> None:
    (finding,) = check("Quyết định số 1120/QĐ-UBND của Bộ Nội vụ.", registry).findings
    assert finding.suggestion == (
        "1120/QĐ-UBND is issued by ỦY BAN NHÂN DÂN / TỈNH HÒA AN in the archive, not by Bộ Nội vụ"
    )
    assert finding.expected["issuer"] == "ỦY BAN NHÂN DÂN / TỈNH HÒA AN"
    assert finding.evidence["source"] == "qd-1120.txt"


def test_a_report_of_another_body_about_a_decision_is_not_its_issuer(registry: Registry) -> None:
    # "của Bộ KHCN" belongs to the report here (the seed says this of 19/QĐ-TTg).
    text = "góp ý cho báo cáo thực hiện Quyết định số 1982/QĐ-TTg của Bộ KHCN."
    (finding,) = check(text, registry).findings
    assert finding.status == "verified"
    # the same words as the decision's own issuer are an error
    (finding,) = check("theo Quyết định số 1982/QĐ-TTg của Bộ KHCN.", registry).findings
    assert finding.status == "kind_mismatch"


def test_a_short_form_does_not_carry_its_antecedents_issuer(registry: Registry) -> None:
    text = (
        "Quyết định số 1120/QĐ-UBND ngày 16/8/2021 của Bộ Nội vụ quy định chức năng. "
        "Theo Quyết định số 1120/QĐ-UBND, Sở có 5 phòng."
    )
    first, second = check(text, registry).findings
    assert first.status == "kind_mismatch"
    assert second.status == "verified"


def test_mentions_keep_the_issuer_they_name(registry: Registry) -> None:
    (entry,) = registry.by_key(registry.find("356/QĐ-UBND").key)
    assert [m.issuer_name for m in entry.mentions] == ["UBND tỉnh Hòa An"]
    assert registry.find("1120/QĐ-UBND").issuer_name == "ỦY BAN NHÂN DÂN / TỈNH HÒA AN"
    again = Registry.from_dict(registry.to_dict())
    assert again.find("356/QĐ-UBND").mentions[0].issuer_name == "UBND tỉnh Hòa An"


def test_an_older_registry_without_issuer_names_still_loads(registry: Registry) -> None:
    data = registry.to_dict()
    for mentions in data["mentions"].values():
        for m in mentions:
            del m["issuer_name"]
    again = Registry.from_dict(data)
    assert again.find("356/QĐ-UBND").mentions[0].issuer_name is None
    (finding,) = check("Quyết định số 356/QĐ-UBND của UBND tỉnh Phú Khê.", again).findings
    assert finding.status == "verified"  # no place known: nothing to contradict


@pytest.mark.parametrize(
    ("name", "organ"),
    [
        ("UBND tỉnh Phú Khê", Organ(frozenset({"ubnd"}), None, "tinh", "phu khe")),
        ("Phó Chủ tịch UBND huyện Đông Sơn", Organ(frozenset({"ubnd"}), None, "huyen", "dong son")),
        ("Bộ trưởng Bộ Nội vụ", Organ(frozenset({"bo"}), "nv")),
        ("Sở Lao động - Thương binh và Xã hội", Organ(frozenset({"so"}), "ldtbxh")),
        ("Sở KH&CN", Organ(frozenset({"so"}), "khcn")),
        ("Trưởng phòng Nội vụ huyện", Organ(frozenset({"phong"}), "nv", "huyen")),
        ("Ban Quản lý các khu công nghiệp", Organ(frozenset({"ban"}), "ql")),
        ("Sở Nội vụ phối hợp với các xã", Organ(frozenset({"so"}), "nv")),
        ("Sở gửi các phòng", Organ(frozenset({"so"}))),
        # "Xã hội" cut off after "Xã" is a field's words, not a commune
        ("Giám đốc Sở Lao động - Thương binh và Xã", Organ(frozenset({"so"}), "ldtbx")),
        ("UBND xã Tân Lập", Organ(frozenset({"ubnd"}), None, "xa", "tan lap")),
        ("Ban Thường vụ Tỉnh ủy", Organ(frozenset({"dang_tinh"}))),
        # the party committee by its full name: the Huyện ủy of "05-NQ/HU"
        ("Ban Chấp hành Đảng bộ huyện", Organ(frozenset({"dang_huyen"}))),
        ("đơn vị", None),
        ("mình", None),
    ],
)
def test_names_read_as_bodies(name: str, organ: Organ | None) -> None:
    assert organ_of_name(name) == organ


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Ủy ban nhân dân huyện ban hành Kế hoạch số 57/KH-UBND ngày 20/3/2024.",
            "Ủy ban nhân dân huyện",
        ),
        ("Phòng Nội vụ tham mưu UBND huyện ban hành Quyết định số 1265/QĐ-UBND.", "UBND huyện"),
        ("Ngày 23/9/2021, Sở Nội vụ đã có Công văn số 2320/SNV-TCBC-CCVC.", "Sở Nội vụ"),
        ("Thực hiện chỉ đạo của UBND tỉnh, Sở ban hành Kế hoạch số 28/KH-SKHCN.", "Sở"),
        ("Huyện đã ban hành Kế hoạch số 12/KH-UBND.", None),
        ("Bộ phận Một cửa có Quyết định số 5/QĐ-UBND.", None),  # a unit, not a ministry
        ("Thực hiện Quyết định số 5/QĐ-UBND, các phòng triển khai.", None),
    ],
)
def test_the_body_that_issues_before_the_citation(text: str, name: str | None) -> None:
    (c,) = extract(text)
    assert c.issuer_name == name


def test_a_long_name_is_read_whole() -> None:
    text = (
        "Quy chế ban hành kèm theo Quyết định số 38/QĐ-SLĐTBXH ngày 28/02/2022 của Giám đốc "
        "Sở Lao động - Thương binh và Xã hội."
    )
    (c,) = extract(text)
    assert c.issuer_name == "Giám đốc Sở Lao động - Thương binh và Xã hội"


def test_headers_and_symbols_read_as_bodies() -> None:
    assert organ_of_header("UBND TỈNH PHÚ KHÊ / SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI") == Organ(
        frozenset({"so"}), "ldtbxh", "tinh", "phu khe"
    )
    assert organ_of_header("ỦY BAN NHÂN DÂN / HUYỆN ĐÔNG SƠN") == Organ(
        frozenset({"ubnd"}), None, "huyen", "dong son"
    )
    assert organ_of_code("SKH&CN") == Organ(frozenset({"so"}), "khcn")
    assert organ_of_code("BTC") == Organ(frozenset({"bo", "ban"}), "tc")
    assert organ_of_code("QH14") == Organ(frozenset({"quoc_hoi"}))
    assert organ_of_code("VP") is None
    # a cited-only document's place: what every mention naming one agrees on
    assert archive_organ("UBND", None, ["UBND tỉnh Hòa An", "UBND tỉnh"]).place == "hoa an"
    assert archive_organ("UBND", None, ["UBND tỉnh Hòa An", "UBND tỉnh Phú Khê"]).place is None


def test_only_what_both_sides_state_is_compared() -> None:
    province = Organ(frozenset({"ubnd"}), None, "tinh", "hoa an")
    assert disagreement(Organ(frozenset({"ubnd"})), province) is None
    assert disagreement(Organ(frozenset({"ubnd"}), None, "tinh"), province) is None
    assert disagreement(Organ(frozenset({"ubnd"}), None, "huyen"), province)
    assert disagreement(Organ(frozenset({"so"}), "vhtt"), Organ(frozenset({"so"}), "vh")) is None
    assert disagreement(Organ(frozenset({"thu_tuong"})), Organ(frozenset({"chinh_phu"}))) is None


@pytest.mark.parametrize(
    ("issuer", "national"),
    [
        ("QH15", True),  # "Luật số 190/2025/QH15": the National Assembly of any term
        ("UBTVQH15", True),
        ("BYT", True),  # "Công văn số 5123/BYT-QLD": a ministry
        ("TTg", True),
        ("BQLKCN", False),  # a provincial Ban, though its code starts as a ministry's
        ("TU", False),
        ("UBND", False),
        ("SNV", False),
    ],
)
def test_national_issuers(issuer: str, national: bool) -> None:
    assert is_national_issuer(issuer) is national
