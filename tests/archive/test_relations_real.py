"""The relation grammar on whole texts: a decision written here end to end, and the real
texts of ../shared (the seed report, Nghị định 30/2020/NĐ-CP, the admin text), which are
read in place and skipped when absent."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from assistant.archive.relations import SELF, extract_effective, extract_relations
from assistant.ingest import load_document
from assistant.ingest.header import parse_header

SHARED = Path(os.environ.get("ASSISTANT_SHARED", Path(__file__).parents[2].parent / "shared"))

# A decision of the kind a provincial archive holds: header, preamble, amending articles,
# a list of repealed decisions, the final provision ending earlier texts.
DECISION = """ỦY BAN NHÂN DÂN
TỈNH KHÁNH HÒA
Số: 25/2022/QĐ-UBND
Khánh Hòa, ngày 15 tháng 7 năm 2022

QUYẾT ĐỊNH
Sửa đổi, bổ sung một số điều của Quy định quản lý nhiệm vụ khoa học và công nghệ cấp cơ sở \
ban hành kèm theo Quyết định số 07/2018/QĐ-UBND ngày 12 tháng 3 năm 2018

ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung \
một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng \
11 năm 2019;
Căn cứ Nghị định số 08/2014/NĐ-CP ngày 27 tháng 01 năm 2014 của Chính phủ quy định chi tiết \
và hướng dẫn thi hành một số điều của Luật Khoa học và công nghệ;
Theo đề nghị của Giám đốc Sở Khoa học và Công nghệ.

QUYẾT ĐỊNH:

Điều 1. Sửa đổi, bổ sung một số điều của Quy định quản lý nhiệm vụ khoa học và công nghệ cấp \
cơ sở ban hành kèm theo Quyết định số 07/2018/QĐ-UBND ngày 12 tháng 3 năm 2018 của Ủy ban \
nhân dân tỉnh như sau:
1. Khoản 2 Điều 4 được sửa đổi như sau:
“2. Nhiệm vụ được thay thế bằng nhiệm vụ khác khi Hội đồng đề nghị.”
2. Bãi bỏ điểm c khoản 1 Điều 6 và Điều 9.
Điều 2. Bãi bỏ các Quyết định sau đây của Ủy ban nhân dân tỉnh:
1. Quyết định số 1562/QĐ-UBND ngày 16 tháng 6 năm 2016 về việc ban hành Danh mục nhiệm vụ;
2. Quyết định số 2005/QĐ-UBND ngày 12 tháng 8 năm 2016 về việc sửa đổi Danh mục nhiệm vụ.
Điều 3. Hiệu lực thi hành
1. Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 8 năm 2022.
2. Quyết định số 12/2015/QĐ-UBND ngày 05 tháng 6 năm 2015 của Ủy ban nhân dân tỉnh hết hiệu \
lực kể từ ngày Quyết định này có hiệu lực thi hành.
3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Khoa học và Công nghệ chịu trách nhiệm \
thi hành Quyết định này./.
"""
OWN = "25/2022/QĐ-UBND"
LAW = (
    "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền "
    "địa phương"
)


def _rows(text: str) -> list[tuple]:
    out = []
    for r in extract_relations(text, identity=parse_header(text)):
        target = r.target or (r.target_title, r.target_date)
        out.append((r.type, r.source, target, r.target_scope, r.effective))
    return out


def test_a_whole_decision() -> None:
    text = DECISION
    assert _rows(text) == [
        ("amends", OWN, "07/2018/QĐ-UBND", None, "2022-08-01"),
        ("based_on", OWN, ("Luật Tổ chức chính quyền địa phương", "2015-06-19"), None, None),
        ("based_on", OWN, (LAW, "2019-11-22"), None, None),
        ("based_on", OWN, "08/2014/NĐ-CP", None, None),
        ("guides", "08/2014/NĐ-CP", ("Luật Khoa học và công nghệ", None), None, None),
        ("amends", OWN, "07/2018/QĐ-UBND", None, "2022-08-01"),
        ("amends", OWN, "07/2018/QĐ-UBND", "Khoản 2 Điều 4", "2022-08-01"),
        # a list of parts is one scope, as written
        ("repeals", OWN, "07/2018/QĐ-UBND", "điểm c khoản 1 Điều 6 và Điều 9", "2022-08-01"),
        ("repeals", OWN, "1562/QĐ-UBND", None, "2022-08-01"),
        ("repeals", OWN, "2005/QĐ-UBND", None, "2022-08-01"),
        ("terminates", OWN, "12/2015/QĐ-UBND", None, "2022-08-01"),
    ]
    assert extract_effective(text, identity=parse_header(text)) == "2022-08-01"


@pytest.mark.parametrize(
    ("text", "signed", "expected"),
    [
        ("Quyết định này có hiệu lực kể từ ngày ký.", "2021-06-28", "2021-06-28"),
        ("Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành.", "2021-06-28", "2021-06-28"),
        ("Kế hoạch này có hiệu lực kể từ ngày ký.", None, None),
        ("Luật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2022, trừ trường hợp quy định "
         "tại khoản 2 Điều này.", None, "2022-01-01"),
        ("2. Khoản 3 Điều 29 của Luật này có hiệu lực thi hành từ ngày 01 tháng 02 năm 2021.",
         None, None),
        ("Thông tư này có hiệu lực thi hành kể từ ngày 15/02/2021.", None, "2021-02-15"),
        ("Quyết định này có hiệu lực sau 10 ngày kể từ ngày ký.", "2022-03-25", "2022-04-04"),
        ("Văn bản này được áp dụng từ năm 2022.", None, None),
    ],
)
def test_own_effective_date(text: str, signed: str | None, expected: str | None) -> None:
    from assistant.models import Identity

    assert extract_effective(text, identity=Identity(date=signed)) == expected


def _shared(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} absent: the real texts live in ../shared")
    return path


def _loaded(path: Path) -> list[tuple]:
    doc = load_document(path, root=path.parent)
    return [
        (r.type, r.source, r.target or (r.target_title, r.target_date))
        for r in extract_relations(doc.text, identity=doc.identity)
    ]


def test_seed_report_states_one_relation() -> None:
    path = _shared("seed", "bao-cao-cchc-2021-skhcn-khanh-hoa.txt")
    # A report tells the Sở's work: only the decree it cites as amending another counts.
    assert _loaded(path) == [("amends", "107/2020/NĐ-CP", "24/2014/NĐ-CP")]


def test_decree_30_preamble_and_final_clause() -> None:
    path = _shared("reference", "nghi-dinh-30-2020-ND-CP.md")
    assert _loaded(path) == [
        ("based_on", SELF, ("Luật Tổ chức Chính phủ", "2015-06-19")),
        ("amends", "09/2010/NĐ-CP", "110/2004/NĐ-CP"),
        ("terminates", SELF, "110/2004/NĐ-CP"),
        ("terminates", SELF, "09/2010/NĐ-CP"),
    ]


def test_admin_text_is_nearly_all_traps() -> None:
    path = _shared("data", "admin-text", "university-admin-text-2023.txt")
    assert _loaded(path) == [("replaces", "580/QĐ-", "1038/QĐ-")]
