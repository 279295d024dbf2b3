"""Acts on a document that its life does not record, asked as who did them: which decision
corrected a named one ("đính chính"), which letter extended a described plan ("gia hạn") —
answered with the documents whose trích yếu names the act and whose file cites the one
acted on, on a small on-disk archive of a fictional Sở Công Thương."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from archive_builders import DIGITISATION_PLAN, document, listed

from assistant.citations import lookup_key
from assistant.config import Settings
from assistant.generation.answer import Answerer
from assistant.generation.fit import asked_act_on
from assistant.retrieval.query import fold

FILES = {
    "kh-58-2024-so-hoa.txt": DIGITISATION_PLAN,
    "cv-2011-2024-gia-han.txt": document(
        "",
        "2011/SCT-VP",
        "10/12/2024",
        "V/v gia hạn thời gian thực hiện Kế hoạch số hóa hồ sơ năm 2024",
        "Sở Công Thương gia hạn thời gian thực hiện Kế hoạch số 58/KH-SCT ngày 20/3/2024 về "
        "số hóa hồ sơ, kết quả giải quyết thủ tục hành chính năm 2024 đến hết ngày 30/6/2025.",
    ),
    "cv-1150-2024-don-doc.txt": document(
        "",
        "1150/SCT-VP",
        "15/6/2024",
        "V/v đôn đốc thực hiện Kế hoạch số hóa hồ sơ năm 2024",
        "Thực hiện Kế hoạch số 58/KH-SCT ngày 20/3/2024 của Sở Công Thương, Văn phòng Sở đề "
        "nghị các phòng đẩy nhanh tiến độ số hóa hồ sơ.",
    ),
    "qd-27-2025-quy-che.txt": document(
        "QUYẾT ĐỊNH",
        "27/QĐ-SCT",
        "18/02/2025",
        "Ban hành Quy chế làm việc của Sở Công Thương",
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Sở Công Thương.",
    ),
    "qd-34-2025-dinh-chinh.txt": document(
        "QUYẾT ĐỊNH",
        "34/QĐ-SCT",
        "04/3/2025",
        "Đính chính Quyết định số 27/QĐ-SCT ngày 18/02/2025 của Giám đốc Sở Công Thương",
        "Điều 1. Đính chính khoản 2 Điều 5 Quy chế ban hành kèm theo Quyết định số 27/QĐ-SCT "
        "ngày 18/02/2025: cụm từ \"Phòng Tổng hợp\" được đọc là \"Văn phòng Sở\".",
    ),
    "qd-40-2025-sua-doi.txt": document(
        "QUYẾT ĐỊNH",
        "40/QĐ-SCT",
        "10/4/2025",
        "Sửa đổi Điều 7 Quy chế làm việc của Sở Công Thương",
        "Điều 1. Sửa đổi Điều 7 Quy chế làm việc ban hành kèm theo Quyết định số 27/QĐ-SCT "
        "ngày 18/02/2025 của Giám đốc Sở Công Thương.",
    ),
}


@pytest.fixture(scope="module")
def answerer(ingest_files: Callable[[str, dict[str, str]], Settings]) -> Answerer:
    return Answerer(ingest_files("acts-on", FILES), llm=None)



@pytest.mark.parametrize(
    ("question", "acts"),
    [
        ("Quyết định nào đính chính Quyết định số 27/QĐ-SCT?", ("dinh chinh",)),
        ("KH số hóa năm 2024 được gia hạn bằng văn bản nào?", ("gia han", "keo dai")),
        ("KH số hóa năm 2024 được kéo dài thời hạn bằng VB nào?", ("gia han", "keo dai")),
        ("Which letter extended the 2024 digitisation plan?", ("gia han", "keo dai")),
        ("QĐ 27 bị tạm ngưng bởi QĐ nào?", ("tam dung", "tam ngung")),
        # whether it was, not who did it; a topic that reads alike
        ("Kế hoạch số hóa năm 2024 có được gia hạn không?", ()),
        ("Những văn bản nào về hoàn thiện thể chế?", ()),
    ],
)
def test_an_act_on_a_document_asked(question: str, acts: tuple[str, ...]) -> None:
    assert asked_act_on(fold(question)) == acts


def test_the_decision_correcting_a_named_one(answerer: Answerer) -> None:
    text = answerer.ask("Quyết định nào đính chính Quyết định số 27/QĐ-SCT?").text
    # not the decision amending it, nor the one named
    assert listed(text) == {lookup_key("34/QĐ-SCT")}


@pytest.mark.parametrize(
    "question",
    [
        "Kế hoạch số hóa hồ sơ năm 2024 được gia hạn bằng văn bản nào?",
        "Which letter extended the 2024 digitisation plan?",
    ],
)
def test_the_letter_extending_a_described_plan(answerer: Answerer, question: str) -> None:
    # not the plan, nor the letter urging it on
    assert listed(answerer.ask(question).text) == {lookup_key("2011/SCT-VP")}


def test_the_rules_of_a_stretch_with_the_act_amending_them(answerer: Answerer) -> None:
    """Rules asked over a stretch list the act amending one of their articles, whose trích
    yếu names the rules though it issues none (it meets the type the question names)."""
    text = answerer.ask("Quy chế làm việc của Sở từ 2025 đến nay?").text
    assert {lookup_key("27/QĐ-SCT"), lookup_key("40/QĐ-SCT")} <= listed(text)
