"""Figures of a period on the multi-year sample archive: the period's own report, not
another year's, nor the plan's target (the failure the brief names: "reports 2021
figures as 2022 results")."""

from __future__ import annotations

import re

import pytest

from assistant.config import Settings
from assistant.generation.answer import Answerer


@pytest.fixture(scope="module")
def answerer(sample_settings: Settings) -> Answerer:
    return Answerer(sample_settings, llm=None)


def first_point(text: str) -> str:
    """The answer's first quoted point."""
    m = re.search(r"^1\. .*$", text, re.M)
    assert m, text
    return m.group()


@pytest.mark.parametrize(
    ("question", "figure", "source", "wrong"),
    [
        # the 2023 report's result; the 2023 plan and the 2024 reports state other values
        (
            "Năm 2023 tỷ lệ hồ sơ nộp trực tuyến đạt bao nhiêu?",
            "38,5%",
            "bao-cao-310-2023-ket-qua-cchc.txt",
            "61,4%",
        ),
        # the half-year report, not the 2024 plan's target ("từ 60% trở lên")
        (
            "6 tháng đầu năm 2024 tỷ lệ hồ sơ trực tuyến là bao nhiêu?",
            "61,4%",
            "bao-cao-142-2024-6-thang-cchc.txt",
            "60%",
        ),
        # the first quarter's report, not the half year's 38 lượt
        (
            "Quý I/2024 Sở cử bao nhiêu lượt công chức đi bồi dưỡng?",
            "09 lượt",
            "bao-cao-61-2024-quy-1-cchc.txt",
            "38 lượt",
        ),
        # a target: the 2024 plan, not the half-year result
        (
            "Kế hoạch năm 2024 đặt chỉ tiêu bồi dưỡng bao nhiêu lượt công chức?",
            "60 lượt",
            "ke-hoach-03-2024-cchc.docx",
            "38 lượt",
        ),
        # a year relative to the archive's last document (June 2024): "năm ngoái" is 2023
        (
            "Năm ngoái Sở đăng bao nhiêu tin, bài về cải cách hành chính?",
            "24 tin",
            "bao-cao-310-2023-ket-qua-cchc.txt",
            "36 tin",
        ),
        # "mới nhất": the latest report's figure, not the plan's target ("trên 99%")
        (
            "Số liệu mới nhất về tỷ lệ hồ sơ giải quyết đúng hạn?",
            "99,6%",
            "bao-cao-142-2024-6-thang-cchc.txt",
            "99%.",
        ),
        (
            "What was the online application rate in the first half of 2024?",
            "61,4%",
            "bao-cao-142-2024-6-thang-cchc.txt",
            "38,5%",
        ),
    ],
)
def test_the_periods_own_figure_comes_first(
    answerer: Answerer, question: str, figure: str, source: str, wrong: str
) -> None:
    point = first_point(answerer.ask(question).text)
    assert figure in point, point
    assert source in point, point
    assert wrong not in point


def test_a_quoted_sentence_names_its_document(answerer: Answerer) -> None:
    """Each quoted sentence says which document it is from, by number and date, and that
    citation is checked like any other."""
    answer = answerer.ask("Năm 2023 Sở tiết kiệm chi bao nhiêu?")
    point = first_point(answer.text)
    assert "Báo cáo số 310/BC-SKHCN ngày 12/12/2023; bao-cao-310-2023-ket-qua-cchc.txt" in point
    assert "312 triệu" in point
    assert "310/BC-SKHCN" in {c["ident"] for c in answer.citations}
