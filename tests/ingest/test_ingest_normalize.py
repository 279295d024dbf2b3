"""normalize_text and repair_pdf_lines: tables of cases and idempotence."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.ingest.normalize import normalize_text, repair_pdf_lines


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param(unicodedata.normalize("NFD", "Quyết định"), "Quyết định", id="nfd-to-nfc"),
        pytest.param("Ðiều 5", "Điều 5", id="eth-capital"),
        pytest.param("ðiều", "điều", id="eth-small"),
        pytest.param("Số:\u00a01753/QĐ-UBND", "Số: 1753/QĐ-UBND", id="nbsp"),
        pytest.param("Quy\u200bết\ufeff định", "Quyết định", id="zero-width"),
        pytest.param("a \t  b", "a b", id="spaces-and-tabs"),
        pytest.param("dòng một   \ndòng hai\t", "dòng một\ndòng hai", id="trailing-spaces"),
        pytest.param("a\r\nb\rc", "a\nb\nc", id="crlf-and-cr"),
        pytest.param("a\n\n\n\n\nb", "a\n\nb", id="blank-lines"),
        pytest.param("a\n \n\t\n \nb", "a\n\nb", id="whitespace-lines"),
        pytest.param("\n\n  văn bản \n\n", "văn bản", id="outer-blank"),
        pytest.param("a\x00b\x07c", "abc", id="controls"),
        pytest.param("", "", id="empty"),
    ],
)
def test_normalize_text(raw: str, expected: str) -> None:
    assert normalize_text(raw) == expected


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        pytest.param(
            "Ban hành kế hoạch cải cách\nhành chính năm 2021.",
            "Ban hành kế hoạch cải cách hành chính năm 2021.",
            id="lowercase-continuation",
        ),
        pytest.param(
            "cải cách hành chín-\nh năm 2021", "cải cách hành chính năm 2021", id="split-syllable"
        ),
        pytest.param("giai đoạn 2021-\n2025 tới", "giai đoạn 2021-2025 tới", id="number-range"),
        pytest.param("dịch Covid-\n19 vẫn", "dịch Covid-19 vẫn", id="hyphen-kept-before-digit"),
        pytest.param(
            "thuộc Sở Khoa học và\nCông nghệ tỉnh",
            "thuộc Sở Khoa học và Công nghệ tỉnh",
            id="capital",
        ),
        pytest.param(
            "năm 2021. Trong đó\nnăm\n2021. Trong đó",
            "năm 2021. Trong đó năm 2021. Trong đó",
            id="year-is-no-heading",
        ),
        pytest.param(
            "kết quả như sau:\n1. Công tác chỉ đạo\nBan hành",
            "kết quả như sau:\n1. Công tác chỉ đạo\nBan hành",
            id="numbered-heading-kept",
        ),
        pytest.param("theo\nI. TÌNH HÌNH", "theo\nI. TÌNH HÌNH", id="roman-heading-kept"),
        pytest.param("gồm\na) Xây dựng", "gồm\na) Xây dựng", id="lettered-heading-kept"),
        pytest.param("như sau\nĐiều 5. Giá trị", "như sau\nĐiều 5. Giá trị", id="article-kept"),
        pytest.param("QUY ĐỊNH CHUNG\nChương II", "QUY ĐỊNH CHUNG\nChương II", id="chapter-kept"),
        pytest.param(
            "UBND TỈNH KHÁNH HÒA\nSỞ KHOA HỌC VÀ CÔNG NGHỆ\nSố: 15/QĐ-\nSKHCN\nKhánh Hòa, ngày 28"
            " tháng 6\nnăm 2021\nQUYẾT ĐỊNH",
            "UBND TỈNH KHÁNH HÒA\nSỞ KHOA HỌC VÀ CÔNG NGHỆ\nSố: 15/QĐ-SKHCN\n"
            "Khánh Hòa, ngày 28 tháng 6 năm 2021\nQUYẾT ĐỊNH",
            id="header-fields",
        ),
        pytest.param("đoạn một.\n\nđoạn hai", "đoạn một.\n\nđoạn hai", id="paragraph-break-kept"),
        pytest.param("- ý một\n- ý hai", "- ý một\n- ý hai", id="bullets-kept"),
        pytest.param("Về việc ban hành\nGIÁM ĐỐC SỞ", "Về việc ban hành\nGIÁM ĐỐC SỞ", id="caps"),
    ],
)
def test_repair_pdf_lines(page: str, expected: str) -> None:
    assert repair_pdf_lines(page) == expected


# Text drawn from what documents contain: Vietnamese letters, digits, punctuation,
# heading labels, odd spaces and line breaks, decomposed accents, Ð.
_PIECES = st.sampled_from(
    [
        "a",
        "ế",
        "Đ",
        "Ð",
        "ð",
        "e\u0301",
        "\u0301",
        " ",
        "  ",
        "\t",
        "\u00a0",
        "\u200b",
        "\n",
        "\n\n",
        "\n\n\n",
        "\r\n",
        "\r",
        ".",
        ",",
        ":",
        "-",
        "/",
        "(",
        ")",
        "1. ",
        "a) ",
        "I. ",
        "Điều 5. ",
        "Chương II",
        "Số: 15/QĐ-",
        "ngày 28 tháng 6",
        " năm 2021",
        "Công",
        "hành",
        "chín-",
        "h",
        "\x00",
        "\ufeff",
    ]
)
_TEXT = st.one_of(st.lists(_PIECES, max_size=40).map("".join), st.text(max_size=80))


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_normalize_text_is_idempotent(text: str) -> None:
    once = normalize_text(text)
    assert normalize_text(once) == once
    assert unicodedata.is_normalized("NFC", once)
    assert "\u00d0" not in once


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_repair_pdf_lines_is_idempotent(text: str) -> None:
    once = repair_pdf_lines(normalize_text(text))
    assert repair_pdf_lines(once) == once


@settings(max_examples=200, deadline=None)
@given(_TEXT)
def test_repair_then_normalize_is_stable(text: str) -> None:
    once = normalize_text(repair_pdf_lines(text))
    assert normalize_text(repair_pdf_lines(once)) == once
