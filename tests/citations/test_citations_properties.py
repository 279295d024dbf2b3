"""Properties: normalising is idempotent; spans map back; extraction never crashes."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.citations import extract, lookup_key, normalize
from assistant.citations.normalize import fold

# Text made of the pieces citations are made of, so that the grammar is exercised.
PIECES = st.sampled_from(
    [
        "Quyết định",
        "quyết định",
        "Công văn",
        "Kế hoạch kiểm tra",
        "văn bản",
        "Luật",
        "QĐ",
        " số ",
        "số: ",
        " ",
        "  ",
        "\n",
        ", ",
        "; ",
        ".",
        "ngày ",
        "tháng ",
        " năm ",
        "của ",
        "UBND tỉnh",
        "về việc ",
        "ban hành ",
        "điểm b khoản 2 Điều 3 ",
        "1753",
        "07",
        "286b",
        "/",
        "-",
        "- ",
        "_",
        "QĐ",
        "UBND",
        "SKH&CN",
        "TTg",
        "CTr",
        "TU",
        "2021",
        "28/6/2021",
        "26-4-2016",
        "Ð",
        "ð",
        "e\u0301",
        "O\u0302\u0303",
        "Bộ GDĐT",
        "ISO 9001:2015",
        "PC-Covid",
        "20/20",
    ]
)
CITATION_LIKE = st.lists(PIECES, max_size=40).map("".join)


@given(st.text())
def test_normalize_is_idempotent(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once


@given(st.text())
def test_fold_keeps_length(text: str) -> None:
    assert len(fold(text)) == len(normalize(text))


@settings(max_examples=300)
@given(st.one_of(st.text(), CITATION_LIKE))
def test_spans_map_back_onto_the_normalised_text(text: str) -> None:
    norm = normalize(text)
    for c in extract(text):
        assert norm[c.start : c.end] == c.text
        assert c.start < c.end


@settings(max_examples=300)
@given(st.one_of(st.text(), CITATION_LIKE))
def test_lookup_key_is_stable(text: str) -> None:
    for c in extract(text):
        if c.ident:
            assert lookup_key(c.ident) == lookup_key(lookup_key(c.ident))
