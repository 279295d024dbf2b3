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


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # Ranked 9th and 8th before the glossary (bench/retrieval.py, seed tuning set).
        ("How many administrative procedure dossiers were received online during the period?",
         "trực tuyến: 80"),
        ("Which notice concluded the internal administrative reform inspection of the divisions?",
         "1503/TB-SKH&CN"),
    ],
)
def test_english_question_finds_the_vietnamese_passage(
    seed_searcher: Searcher, question: str, answer: str
) -> None:
    assert answer in seed_searcher.search(question, k=1)[0].chunk.text
