"""The English → Vietnamese glossary that English questions are searched with."""

from __future__ import annotations

import pytest

from assistant.retrieval.glossary import gloss
from assistant.retrieval.search import Searcher


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # Longest phrase first: the system, not "quality" alone.
        (
            "Which plan covered quality management systems in 2021?",
            "kế hoạch hệ thống quản lý chất lượng 2021",
        ),
        ("Which decisions reorganized the department in 2021", "quyết định sắp xếp sở 2021"),
        # Numbers, document numbers and acronyms are kept as written.
        (
            "Which decree 107/2020/NĐ-CP amended the organisation of ISO units?",
            "nghị định sửa đổi bổ sung tổ chức đơn vị 107/2020/NĐ-CP ISO",
        ),
        ("How many dossiers were received online?", "số lượng hồ sơ tiếp nhận trực tuyến"),
        # Words it does not know give no gloss; a pronoun is not "information technology".
        ("What is it?", ""),
        ("hello world 2021", ""),
    ],
)
def test_gloss(question: str, expected: str) -> None:
    assert gloss(question) == expected


def test_english_question_finds_the_vietnamese_passage(seed_searcher: Searcher) -> None:
    # Without the glossary this passage was not in the top 10 ("comment on" is "góp ý";
    # the report writes internal procedures as QTNB).
    hits = seed_searcher.search(
        "How many internal procedures for handling administrative procedures did the "
        "department comment on?",
        k=3,
    )
    assert any("300 QTNB" in h.chunk.text for h in hits)
