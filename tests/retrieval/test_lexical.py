from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from assistant.models import Chunk, Identity
from assistant.retrieval.lexical import (
    LexicalIndex,
    LexicalOptions,
    date_tokens,
    tokenize,
    unaccented_tokens,
)


@pytest.mark.parametrize(
    ("text", "must_have", "must_not_have"),
    [
        ("Cải cách hành chính", ["cải", "cách", "cải_cách", "hành_chính"], ["cách_"]),
        ("Quyết định 1753/QĐ-UBND", ["1753/qđ-ubnd", "1753", "qđ", "ubnd", "quyết_định"], []),
        ("Nghị định 107/2020/NĐ-CP", ["107/2020/nđ-cp", "nđ"], []),
        ("Chương trình 12-CTr/TU", ["12-ctr/tu"], []),
        ("Sở KH&CN", ["sở", "kh", "cn"], []),
        # Bigrams stop at punctuation: no "năm_trong" across the full stop.
        ("năm 2021. Trong đó", ["năm_2021", "trong_đó"], ["2021_trong"]),
    ],
)
def test_tokenize(text: str, must_have: list[str], must_not_have: list[str]) -> None:
    tokens = tokenize(text)
    for t in must_have:
        assert t in tokens
    for t in must_not_have:
        assert t not in tokens


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ngày 04/10/2021 của UBND tỉnh", ["@2021-10", "@2021-10-04"]),
        ("ngày 4-10-2021", ["@2021-10", "@2021-10-04"]),
        ("ngày 12 tháng 8 năm 2021", ["@2021-08", "@2021-08-12"]),
        ("ngày   tháng 11 năm 2021", ["@2021-11"]),  # a draft's blank day
        ("tháng 9/2021", ["@2021-09"]),
        ("the letter of October 2021", ["@2021-10"]),
        ("on October 4, 2021", ["@2021-10", "@2021-10-04"]),
        ("4 Oct. 2021", ["@2021-10", "@2021-10-04"]),
        # Not dates: a document number, an impossible month, a standard, a period, the verb.
        ("Nghị định 12/2021/NĐ-CP", []),
        ("ngày 31/13/2021", []),
        ("TCVN ISO 9001:2015", []),
        ("giai đoạn 2021-2025", []),
        ("you may go", []),
    ],
)
def test_date_tokens(text: str, expected: list[str]) -> None:
    assert date_tokens(text.lower()) == expected


def test_a_date_in_the_question_meets_the_same_date_written_otherwise() -> None:
    chunks = [
        _chunk(0, "Công văn số 9787/UBND-KGVX ngày 04/10/2021 yêu cầu kiểm tra"),
        _chunk(1, "Công văn số 1294/UBND ngày 23/02/2021 về khắc phục tồn tại"),
    ]
    index = LexicalIndex.build(chunks)
    assert index.search("letter of October 2021", k=2)[0][0] == 0
    assert index.search("công văn tháng 2 năm 2021", k=2)[0][0] == 1


def test_tokenize_folds_nfd_to_nfc() -> None:
    import unicodedata

    nfd = unicodedata.normalize("NFD", "Quyết định")
    assert tokenize(nfd) == tokenize("Quyết định")


def _chunk(i: int, text: str, year: int | None = None) -> Chunk:
    ident = Identity(date=f"{year}-01-01") if year else Identity()
    return Chunk(f"doc#{i}:x", "doc.txt", text, "I", "", 1, 1, 0, len(text), ident)


def test_search_ranks_matching_chunk_first_and_masks() -> None:
    chunks = [
        _chunk(0, "Kế hoạch kiểm tra cải cách hành chính năm 2021", 2021),
        _chunk(1, "Quyết định sắp xếp cơ cấu tổ chức Sở", 2020),
        _chunk(2, "Báo cáo kết quả giải quyết hồ sơ", 2021),
    ]
    index = LexicalIndex.build(chunks)
    assert index.search("sắp xếp cơ cấu tổ chức", k=3)[0][0] == 1
    mask = np.array([1, 0, 1], dtype=np.float32)
    assert all(pos != 1 for pos, _ in index.search("sắp xếp cơ cấu tổ chức", k=3, mask=mask))
    assert index.search("từ không có", k=3) == []


def test_save_and_load_round_trip(tmp_path: Path) -> None:
    chunks = [_chunk(0, "một cửa liên thông", 2021), _chunk(1, "chính quyền số", 2021)]
    LexicalIndex.build(chunks, cites=[["qd 1753 ubnd"], []]).save(tmp_path)
    loaded = LexicalIndex.load(tmp_path)
    assert loaded is not None
    assert loaded.chunks == chunks
    assert loaded.positions_citing("qd 1753 ubnd") == [0]
    assert loaded.search("chính quyền số", k=2)[0][0] == 1


def test_publishing_keeps_at_most_two_folders(tmp_path: Path) -> None:
    for n in range(4):
        LexicalIndex.build([_chunk(0, f"văn bản {n}")]).save(tmp_path)
    assert len(list(tmp_path.glob("lexical-*"))) == 2
    loaded = LexicalIndex.load(tmp_path)
    assert loaded is not None
    assert loaded.chunks[0].text == "văn bản 3"


def test_load_without_index_is_none(tmp_path: Path) -> None:
    assert LexicalIndex.load(tmp_path) is None


def test_options_are_saved_with_the_index(tmp_path: Path) -> None:
    chunks = [_chunk(0, "một cửa liên thông"), _chunk(1, "chính quyền số")]
    LexicalIndex.build(chunks, k1=1.5, bigrams=False).save(tmp_path)
    loaded = LexicalIndex.load(tmp_path)
    assert loaded is not None
    assert loaded.options == LexicalOptions(k1=1.5, bigrams=False)
    assert loaded.search("chính quyền", k=2)[0][0] == 1


def test_folded_tokens_are_marked_and_only_asked_for() -> None:
    tokens = tokenize("Quyết định 1753/QĐ-UBND", folded=True)
    assert {"quyết_định", "~quyet_dinh", "~quyet", "~qd", "1753/qđ-ubnd"} <= set(tokens)
    assert not any(t.startswith("~") for t in tokenize("Quyết định"))
    assert unaccented_tokens("quyet dinh 1753/QD-UBND ngay 28/6/2021") == [
        "1753/qd-ubnd", "28/6/2021", "@2021-06", "@2021-06-28",
        "~quyet", "~dinh", "~1753", "~qd", "~ubnd", "~ngay", "~28", "~6", "~2021",
        "~quyet_dinh", "~dinh_1753", "~1753_qd", "~qd_ubnd", "~ubnd_ngay", "~ngay_28",
        "~28_6", "~6_2021",
    ]


def test_a_question_without_diacritics_finds_the_accented_text() -> None:
    chunks = [
        _chunk(0, "Quyết định sắp xếp cơ cấu tổ chức Sở"),
        _chunk(1, "Số hồ sơ tiếp nhận trực tuyến trong kỳ"),
    ]
    index = LexicalIndex.build(chunks)
    assert index.search("so ho so tiep nhan truc tuyen", k=2, unaccented=True)[0][0] == 1
    # Unaccented matching is asked for, never guessed: a plain search keeps to the text.
    assert index.search("so ho so tiep nhan truc tuyen", k=2) == []


def test_an_index_saved_before_folding_is_searched_as_it_was(tmp_path: Path) -> None:
    chunks = [_chunk(0, "một cửa liên thông"), _chunk(1, "chính quyền số")]
    LexicalIndex.build(chunks, folded=False).save(tmp_path)
    # What an index written before the option existed holds in options.json.
    (options,) = tmp_path.glob("lexical-*/options.json")
    options.write_text('{"k1": 0.9, "b": 0.75, "bigrams": true}', encoding="utf-8")
    loaded = LexicalIndex.load(tmp_path)
    assert loaded is not None
    assert loaded.options.folded is False
    # No folded tokens to match: the unaccented question falls back to the plain tokens.
    assert loaded.search("chinh quyen so", k=2, unaccented=True) == []
    assert loaded.search("chính quyền số", k=2, unaccented=True)[0][0] == 1
