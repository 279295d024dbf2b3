"""The vectors answers are matched with: a question's, glossed when it is English."""

from __future__ import annotations

import numpy as np
import pytest

from assistant.generation.passages import VectorCache, heading_at, sentence_spans, sentences
from assistant.models import Chunk


class _Axes:
    """Embeds each known text as one axis, so blends are easy to read."""

    def __init__(self) -> None:
        self.axes = {"Which decisions reorganized the department?": 0, "quyết định sắp xếp sở": 1}
        self.asked: list[str] = []

    def embed_query(self, text: str) -> list[float]:
        self.asked.append(text)
        v = [0.0, 0.0, 0.0]
        v[self.axes.get(text, 2)] = 1.0
        return v


def test_an_english_question_is_blended_with_its_gloss() -> None:
    embedder = _Axes()
    v = VectorCache(embedder).question("Which decisions reorganized the department?")
    assert embedder.asked[1] == "quyết định sắp xếp sở"
    assert np.allclose(v, [2**-0.5, 2**-0.5, 0.0])


def test_a_vietnamese_question_is_its_own_vector() -> None:
    embedder = _Axes()
    v = VectorCache(embedder).question("Những quyết định nào sắp xếp tổ chức Sở?")
    assert embedder.asked == ["Những quyết định nào sắp xếp tổ chức Sở?"]
    assert np.allclose(v, [0.0, 0.0, 1.0])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A page break of the PDF the text was made from: one sentence.
        (
            "Bố trí một công chức tại Bộ phận một cửa theo\n\nđúng quy định tại Nghị định "
            "số 61/2018/NĐ-CP.",
            [
                "Bố trí một công chức tại Bộ phận một cửa theo\n\nđúng quy định tại Nghị định "
                "số 61/2018/NĐ-CP."
            ],
        ),
        # Real ends: a full stop, a heading then a marker, a capital after the break.
        ("Đã ban hành.\nđúng hạn", ["Đã ban hành.", "đúng hạn"]),
        ("1. Cải cách thể chế\n\na) Xây dựng", ["1. Cải cách thể chế", "a) Xây dựng"]),
        ("công chức, viên chức\n\nĐang rà soát", ["công chức, viên chức", "Đang rà soát"]),
        ("Gồm các nội dung:\nkiểm tra trực tiếp", ["Gồm các nội dung:", "kiểm tra trực tiếp"]),
        # a line broken inside brackets, after a colon, as a PDF wraps it: one sentence
        (
            "1. Quý I năm 2025, tiếp nhận 27.135 hồ sơ (tháng 01: 9.712; tháng 02:\n7.305); "
            "đúng hạn 99,58%.\n2. Khác.",
            [
                "1. Quý I năm 2025, tiếp nhận 27.135 hồ sơ (tháng 01: 9.712; tháng 02:\n7.305); "
                "đúng hạn 99,58%.",
                "2. Khác.",
            ],
        ),
    ],
)
def test_sentences_run_on_across_a_broken_line(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in sentence_spans(text)] == expected


def test_a_sentence_is_read_under_the_heading_it_lies_under() -> None:
    # small sibling sections are packed into one chunk, filed under the first
    text = (
        "1. Cải cách thể chế\nSở tham mưu 03 văn bản.\n"
        "2. Cải cách thủ tục hành chính\nLiên thông theo Công văn số 812/SX-VP.\n"
        "3. Kiểm tra: thực hiện Kế hoạch số 15/KH-SX."
    )
    chunk = Chunk("a#1", "a.txt", text, "II > 1", "Cải cách thể chế", 1, 1, 0, len(text))
    assert heading_at(chunk, text.index("03 văn bản")) == "Cải cách thể chế"
    assert heading_at(chunk, text.index("812/SX-VP")) == "Cải cách thủ tục hành chính"
    # a numbered paragraph is its own section: "Kiểm tra"
    assert heading_at(chunk, text.index("15/KH-SX")) == "Kiểm tra"
    # a chunk that starts inside its section keeps the section's heading
    tail = "Liên thông theo Công văn số 812/SX-VP."
    inside = Chunk(
        "a#2", "a.txt", tail, "II > 2", "Cải cách thủ tục hành chính", 1, 1, 0, len(tail)
    )
    assert heading_at(inside, 10) == "Cải cách thủ tục hành chính"


def test_a_short_table_row_giving_a_figure_is_a_sentence() -> None:
    text = "Chỉ tiêu | Kết quả\nHồ sơ tiếp nhận | 12.164\nTin, bài | 24\n2024 | 12\n"
    chunk = Chunk("a#1", "a.txt", text, "II", "Kết quả", 1, 1, 0, len(text))
    assert [s.text for s in sentences(chunk)] == ["Hồ sơ tiếp nhận | 12.164", "Tin, bài | 24"]


def test_a_note_about_the_file_in_square_brackets_is_no_sentence() -> None:
    text = (
        "Tỷ lệ hồ sơ nộp trực tuyến đạt 45% trở lên.\n"
        "[Hết — TÀI LIỆU MẪU hư cấu do scripts/make_heldout17_archive.py tạo; MẪU]\n"
    )
    chunk = Chunk("a#1", "a.txt", text, "I", "Chỉ tiêu", 1, 1, 0, len(text))
    assert [s.text for s in sentences(chunk)] == ["Tỷ lệ hồ sơ nộp trực tuyến đạt 45% trở lên."]


def test_a_row_of_figures_by_period_is_quoted_with_its_table_s_header() -> None:
    text = (
        "Tháng | Hồ sơ tiếp nhận | Vốn đăng ký (tỷ đồng)\n01/2026 | 668 | 1.480\n"
        "02/2026 | 512 | 1.105\nQuý I/2026 | 1.812 | 4.025\nSở đã rà soát 12 thủ tục.\n"
        "Hồ sơ tiếp nhận | 12.164\n"
    )
    chunk = Chunk("a#1", "a.txt", text, "II", "Kết quả", 1, 1, 0, len(text))
    head = "Tháng | Hồ sơ tiếp nhận | Vốn đăng ký (tỷ đồng) …"
    assert [s.text for s in sentences(chunk)] == [
        f"{head} 01/2026 | 668 | 1.480",
        f"{head} 02/2026 | 512 | 1.105",
        f"{head} Quý I/2026 | 1.812 | 4.025",
        "Sở đã rà soát 12 thủ tục.",
        # after a paragraph the table has ended: a row naming what it counts stands alone
        "Hồ sơ tiếp nhận | 12.164",
    ]


def test_a_header_naming_a_year_in_a_column_still_heads_its_rows() -> None:
    text = (
        "Quý | Hồ sơ tiếp nhận trong quý | Lũy kế từ đầu năm | Cùng kỳ năm 2023 (lũy kế)\n"
        "Quý IV | 1.390 | 5.755 | 5.270\n"
    )
    chunk = Chunk("a#1", "a.txt", text, "I", "Kết quả", 1, 1, 0, len(text))
    head = "Quý | Hồ sơ tiếp nhận trong quý | Lũy kế từ đầu năm | Cùng kỳ năm 2023 (lũy kế) …"
    assert [s.text for s in sentences(chunk)] == [f"{head} Quý IV | 1.390 | 5.755 | 5.270"]
