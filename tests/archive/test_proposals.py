"""What answered a proposal (Tờ trình): the documents whose files say they were issued on it
("Theo đề nghị … tại Tờ trình số …"), and what followed them."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from archive_builders import document

from assistant.config import Settings
from assistant.generation.answer import Answerer
from assistant.generation.fit import asks_answered_proposal
from assistant.retrieval.query import fold

FILES = {
    "ttr-12-2024.txt": document(
        "TỜ TRÌNH",
        "12/TTr-SCT",
        "02/5/2024",
        "Về việc ban hành Quyết định quy định chức năng, nhiệm vụ của Sở Công Thương",
        "Kính gửi: Ủy ban nhân dân tỉnh Kim Sơn.\n\nSở Công Thương kính trình Ủy ban nhân dân "
        "tỉnh xem xét, ban hành Quyết định quy định chức năng, nhiệm vụ của Sở.",
    ),
    "qd-45-2024-ubnd.txt": document(
        "QUYẾT ĐỊNH",
        "45/2024/QĐ-UBND",
        "20/6/2024",
        "Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Công Thương",
        "Theo đề nghị của Giám đốc Sở Công Thương tại Tờ trình số 12/TTr-SCT ngày 02/5/2024.\n\n"
        "QUYẾT ĐỊNH:\n\nĐiều 1. Vị trí và chức năng của Sở Công Thương.",
    ),
    "qd-60-2024-phong.txt": document(
        "QUYẾT ĐỊNH",
        "60/QĐ-SCT",
        "15/7/2024",
        "Quy định chức năng, nhiệm vụ của các phòng thuộc Sở Công Thương",
        "Căn cứ Quyết định số 45/2024/QĐ-UBND ngày 20/6/2024 của Ủy ban nhân dân tỉnh quy định "
        "chức năng, nhiệm vụ của Sở Công Thương;\n\n"
        "QUYẾT ĐỊNH:\n\nĐiều 1. Các phòng chuyên môn.",
    ),
    "bc-80-2024.txt": document(
        "BÁO CÁO",
        "80/BC-SCT",
        "10/6/2024",
        "Kết quả cải cách hành chính 6 tháng đầu năm 2024",
        "I. KẾT QUẢ\n\nSở đã trình Ủy ban nhân dân tỉnh Tờ trình số 12/TTr-SCT ngày 02/5/2024 về "
        "chức năng, nhiệm vụ của Sở.",
    ),
}


@pytest.fixture(scope="module")
def settings(ingest_files: Callable[[str, dict[str, str]], Settings]) -> Settings:
    return ingest_files("proposals", FILES)


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("TTr 12/TTr-SCT được tỉnh chấp thuận bằng văn bản nào?", (True, False)),
        (
            "Tờ trình 12/TTr-SCT: UBND tỉnh đã ban hành QĐ nào theo tờ trình đó, rồi Sở ra QĐ gì?",
            (True, True),
        ),
        ("Tờ trình 12/TTr-SCT căn cứ vào những văn bản nào?", (False, False)),
    ],
)
def test_what_answered_a_proposal_is_asked(question: str, asked: tuple[bool, bool]) -> None:
    assert asks_answered_proposal(fold(question)) == asked


def test_the_decision_issued_on_a_proposal_and_what_followed(settings: Settings) -> None:
    answerer = Answerer(settings, llm=None)
    text = answerer.ask("TTr 12/TTr-SCT được tỉnh chấp thuận bằng văn bản nào?").text
    assert "45/2024/QĐ-UBND" in text
    # the report only tells of the proposal: it answered nothing
    assert "80/BC-SCT" not in text
    assert "60/QĐ-SCT" not in text
    text = answerer.ask(
        "Tờ trình 12/TTr-SCT: UBND tỉnh đã ban hành QĐ nào theo tờ trình đó, rồi Sở ra QĐ gì "
        "tiếp theo?"
    ).text
    assert "45/2024/QĐ-UBND" in text
    assert "60/QĐ-SCT" in text
