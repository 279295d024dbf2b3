"""Loose document numbers in search queries."""

from __future__ import annotations

import pytest

from assistant.citations import lookup_key, parse_query_ident


@pytest.mark.parametrize(
    ("query", "key", "complete"),
    [
        ("qd 1753", "1753/qd", False),
        ("QĐ 1753", "1753/qd", False),
        ("quyết định số 1753 năm 2021", "1753/qd", False),
        ("quyet dinh 1753/QD-UBND", "1753/qd-ubnd", True),
        ("1753/QĐ-UBND", "1753/qd-ubnd", True),
        ("nghị định 107/2020/NĐ-CP", "107/2020/nd-cp", True),
        ("chuong trinh 12-CTr/TU", "12-ctr/tu", True),
        ("công văn 1294", "1294", False),
    ],
)
def test_parse_query_ident(query: str, key: str, complete: bool) -> None:
    (q,) = parse_query_ident(query)
    assert (q.key, q.complete) == (key, complete)


@pytest.mark.parametrize("query", ["các quyết định năm 2021", "tỷ lệ 20/20", "ngày 28/6/2021"])
def test_queries_without_a_number(query: str) -> None:
    assert parse_query_ident(query) == []


def test_partial_query_matches_full_keys() -> None:
    (q,) = parse_query_ident("qd 1753")
    assert q.matches(lookup_key("1753/QĐ-UBND"))
    assert not q.matches(lookup_key("1753/KH-UBND"))
    assert not q.matches(lookup_key("175/QĐ-UBND"))


def test_a_number_with_its_year_matches_that_years_document() -> None:
    (q,) = parse_query_ident("căn cứ QĐ 12/2021 của UBND tỉnh")
    assert q.year == "2021"
    assert q.matches(lookup_key("12/2021/QĐ-UBND"))
    assert not q.matches(lookup_key("12/2024/QĐ-UBND"))
    (q,) = parse_query_ident("Nghị định 30/2020")
    assert q.matches(lookup_key("30/2020/NĐ-CP"))
    assert not q.matches(lookup_key("30/2021/NĐ-CP"))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("1753/QĐ-UBND", "1753/qd-ubnd"),
        ("137/QĐ-SKH&CN", "137/QĐ-SKHHCN"),
        ("137/QĐ-SKH&CN", "137/QĐ-SKHCN"),
        ("01/2021/TT-BKH&CN", "01/2021/TT-BKHCN"),
        ("07/2018/QĐ-UBND", "7/2018/QD-UBND"),
        ("1982/QĐ- TTg", "1982/QĐ-TTg"),
    ],
)
def test_lookup_key_ignores_spelling(a: str, b: str) -> None:
    assert lookup_key(a) == lookup_key(b)


@pytest.mark.parametrize(
    ("query", "keys"),
    [
        # bare numbers sharing the type word before the first
        ("các QĐ 97, 118, 06, 15 và 42 của Sở", ["97/qd", "118/qd", "6/qd", "15/qd", "42/qd"]),
        ("qd 13, 22, 73 cua so.", ["13/qd", "22/qd", "73/qd"]),
        # bare numbers sharing the symbol after the last
        ("hồ sơ 2023 (31, 58 và 412/QĐ-STP)", ["31/qd-stp", "58/qd-stp", "412/qd-stp"]),
        # a figure or a count after the number is none
        ("theo QĐ 1753, 100% hồ sơ", ["1753/qd"]),
        ("QĐ 12, 3 phòng chuyên môn", ["12/qd"]),
    ],
)
def test_a_list_of_numbers_shares_its_type_word_or_symbol(query: str, keys: list[str]) -> None:
    assert [q.key for q in parse_query_ident(query)] == keys
