"""Questions listing the documents they ask for, one by one, as staff gather the evidence files
of the CCHC index ("KH CCHC năm, KH tuyên truyền và BC 6 tháng — cho xin số, ký hiệu") or
answer an inspection ("quy chế làm việc, quy chế chi tiêu nội bộ … đang áp dụng theo QĐ nào"):
each listed document is asked alone, in the question's words, and answered under its own."""

from __future__ import annotations

import re

import pytest

from assistant.citations import extract, lookup_key
from assistant.config import Settings
from assistant.generation.answer import Answerer
from assistant.generation.compound import enumerated


@pytest.fixture(scope="module")
def answerer(sample_settings: Settings) -> Answerer:
    return Answerer(sample_settings, llm=None)


def listed(text: str) -> list[str]:
    """The first document of each numbered line, in order."""
    lines = [line for line in text.splitlines() if re.match(r"\d+\.\s", line)]
    return [c.key for line in lines for c in extract(line)[:1] if c.key]


def test_each_listed_one_is_asked_without_the_lead_and_what_the_list_runs_into() -> None:
    found = enumerated(
        "Đoàn kiểm tra làm việc với Sở ngày 30/9/2020. Tại thời điểm đó, những VB nào về "
        "chức năng, nhiệm vụ của Sở, quy chế làm việc, quy chế Bộ phận Một cửa và tiếp nhận "
        "hồ sơ trực tuyến đang có hiệu lực?"
    )
    assert found is not None
    # "chức năng, nhiệm vụ" is one thing; the list ends where no document is named
    assert [f.item for f in found] == [
        "chức năng, nhiệm vụ của Sở",
        "quy chế làm việc",
        "quy chế Bộ phận Một cửa",
    ]
    assert found[1].own == "quy chế làm việc đang có hiệu lực?"
    assert "Đoàn kiểm tra" in found[1].question


@pytest.mark.parametrize(
    ("question", "items"),
    [
        (
            "Minh chứng năm 2024: KH CCHC năm, KH tuyên truyền và BC 6 tháng là những VB nào?",
            ["KH CCHC năm", "KH tuyên truyền", "BC 6 tháng"],
        ),
        # an item's own aside is kept whole; the list ends at the asking words
        (
            "lúc đó quy chế một cửa (kể cả QĐ sửa đổi), quy chế chi tiêu nội bộ và quy định chức "
            "năng các phòng đang áp dụng theo những QĐ nào?",
            [
                "quy chế một cửa (kể cả QĐ sửa đổi)",
                "quy chế chi tiêu nội bộ",
                "quy định chức năng các phòng",
            ],
        ),
    ],
)
def test_the_documents_a_question_lists(question: str, items: list[str]) -> None:
    found = enumerated(question)
    assert found is not None
    assert [f.item for f in found] == items
    assert found[1].question.endswith(" ".join(question.split()[-4:]))
    assert items[1] in found[1].question
    assert items[0] not in found[1].question.replace(items[1], "")


@pytest.mark.parametrize(
    ("question", "items"),
    [
        # two documents, typed as staff list them without asking
        (
            "KH CCHC năm 2022 của Sở TT&TT và các báo cáo năm 2022",
            ["KH CCHC năm 2022 của Sở TT&TT", "các báo cáo năm 2022"],
        ),
        (
            "Quy trình nội bộ giải quyết TTHC và quy chế chữ ký số của Sở KH&CN hiện hành?",
            ["Quy trình nội bộ giải quyết TTHC", "quy chế chữ ký số của Sở KH&CN"],
        ),
    ],
)
def test_two_documents_listed(question: str, items: list[str]) -> None:
    found = enumerated(question)
    assert found is not None
    assert [f.item for f in found] == items


@pytest.mark.parametrize(
    "question",
    [
        # two documents asked for are no listing; the documents named are the ones asked of
        "KH CCHC năm và BC năm 2024 là những văn bản nào?",
        "Tờ trình 58 của Sở GDĐT được tỉnh chấp thuận bằng QĐ nào, và QĐ ấy thay cho QĐ nào?",
        # one rule's two versions; a plan and what carries it out
        "Quy chế Bộ phận Một cửa của Sở: QĐ cũ và QĐ thay thế?",
        "KH CCHC năm 2024 của Sở KH&ĐT và các BC thực hiện",
        # a plan issued with a decision is one document, and a type word alone none
        "Năm 2023 Sở có những KH nào đang thực hiện (kể cả KH ban hành kèm QĐ và KH 5 năm)?",
        "BC năm 2023 có nêu QĐ 12, Quy chế một cửa, Quy chế làm việc và KH kiểm tra. VB nào "
        "trong số đó về sau bị thay thế?",
    ],
)
def test_what_is_no_listing(question: str) -> None:
    assert enumerated(question) is None


def test_evidence_files_are_found_one_by_one(answerer: Answerer) -> None:
    text = answerer.ask(
        "Cần nộp minh chứng năm 2024 của Sở KHCN: KH CCHC năm, KH thông tin tuyên truyền CCHC "
        "và BC CCHC 6 tháng đầu năm — cho xin số, ký hiệu."
    ).text
    assert listed(text) == [lookup_key(i) for i in ("03/KH-SKHCN", "07/KH-SKHCN", "142/BC-SKHCN")]
    assert "KH thông tin tuyên truyền CCHC:" in text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # before the new one-stop rules (38, 20/5/2024) and functions (1532, 22/5/2024): the
        # old ones held; the spending rules with the decision amending them; no 1532 signed
        # later, no rules on working hours nobody asked for
        (
            "Đoàn kiểm tra làm việc với Sở ngày 25/4/2024: tại thời điểm kiểm tra, quy chế một "
            "cửa, quy chế chi tiêu nội bộ, quy định chức năng, nhiệm vụ của Sở đang áp dụng "
            "theo những QĐ nào?",
            ["118/QĐ-SKHCN", "06/QĐ-SKHCN", "04/QĐ-SKHCN", "1120/QĐ-UBND"],
        ),
        # after them, typed without marks: what replaced each by then
        (
            "doan kiem tra lam viec voi so ngay 30/9/2024, luc do quy che mot cua, quy che chi "
            "tieu noi bo va quy dinh chuc nang, nhiem vu cua so dang ap dung theo nhung qd nao?",
            ["38/QĐ-SKHCN", "06/QĐ-SKHCN", "04/QĐ-SKHCN", "1532/QĐ-UBND"],
        ),
    ],
)
def test_an_inspection_day_gets_what_held_then(
    answerer: Answerer, question: str, expected: list[str]
) -> None:
    assert listed(answerer.ask(question).text) == [lookup_key(i) for i in expected]

