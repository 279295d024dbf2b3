"""What answered a proposal (Tờ trình): the documents whose files say they were issued on it
("Theo đề nghị … tại Tờ trình số …"), and what followed them."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from archive_builders import document

from assistant.config import Settings
from assistant.generation.answer import Answerer
from assistant.generation.fit import asks_answered_proposal, described_proposals
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
    "ttr-20-2024.txt": document(
        "TỜ TRÌNH",
        "20/TTr-SCT",
        "05/8/2024",
        "Đề nghị công bố danh mục thủ tục hành chính lĩnh vực công nghiệp",
        "Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh Kim Sơn.\n\nSở Công Thương kính trình công bố "
        "danh mục thủ tục hành chính lĩnh vực công nghiệp.",
    ),
    "bc-150-2024.txt": document(
        "BÁO CÁO",
        "150/BC-SCT",
        "10/12/2024",
        "Kết quả cải cách hành chính năm 2024",
        "I. KẾT QUẢ\n\nTrên cơ sở Tờ trình số 20/TTr-SCT ngày 05/8/2024 của Sở, Chủ tịch Ủy ban "
        "nhân dân tỉnh ban hành Quyết định số 1725/QĐ-UBND ngày 15/8/2024 công bố danh mục thủ "
        "tục hành chính lĩnh vực công nghiệp, thay thế Quyết định số 895/QĐ-UBND ngày 20/4/2021.",
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


def test_the_decision_a_report_tells_was_issued_on_a_proposal_and_what_it_replaced(
    settings: Settings,
) -> None:
    answerer = Answerer(settings, llm=None)
    question = "Tờ trình 20/TTr-SCT được Chủ tịch UBND tỉnh giải quyết bằng QĐ nào?"
    text = answerer.ask(question).text
    assert "1725/QĐ-UBND" in text
    assert "895/QĐ-UBND" not in text  # what it replaced is not asked
    assert "150/BC-SCT" not in text  # the report only tells of it
    text = answerer.ask(
        "Tờ trình 20/TTr-SCT được Chủ tịch UBND tỉnh giải quyết bằng QĐ nào, và QĐ ấy thay cho "
        "QĐ nào trước đó?"
    ).text
    assert "1725/QĐ-UBND" in text
    assert "895/QĐ-UBND" in text


@pytest.mark.parametrize(
    "question",
    [
        "Các tờ trình Sở gửi tỉnh năm 2024 sau đó được chấp thuận bằng những văn bản nào?",
        "The department's 2024 proposals were approved by which decisions?",
    ],
)
def test_what_answered_proposals_described_not_named(settings: Settings, question: str) -> None:
    # the two Tờ trình of 2024, found as a list question finds them, and their answers
    text = Answerer(settings, llm=None).ask(question).text
    assert "45/2024/QĐ-UBND" in text
    assert "1725/QĐ-UBND" in text
    assert "60/QĐ-SCT" not in text  # it rests on the answer; no "then" is asked
    assert "năm 2024 phù hợp" not in text  # the year is the proposals', not a lead's


def test_a_proposal_described_is_read_before_its_answer() -> None:
    assert (
        described_proposals("Hai tờ trình Phòng Nội vụ năm 2023 được huyện chấp thuận bằng QĐ nào?")
        == "Hai tờ trình Phòng Nội vụ năm 2023"
    )
    # "giải quyết" is the procedures' here, and no proposal is described
    assert described_proposals("Quy trình giải quyết TTHC được duyệt bằng QĐ nào?") is None


REPEAL = {
    "ttr-79-2024.txt": document(
        "TỜ TRÌNH",
        "79/TTr-SCT",
        "12/8/2024",
        "Về việc bãi bỏ Quyết định số 27/2020/QĐ-UBND ngày 14/8/2020 của Ủy ban nhân dân tỉnh",
        "Kính gửi: Ủy ban nhân dân tỉnh Kim Sơn.\n\nSở Công Thương kính trình Ủy ban nhân dân "
        "tỉnh bãi bỏ Quyết định số 27/2020/QĐ-UBND ngày 14/8/2020.",
    ),
    "qd-18-2024-ubnd.txt": document(
        "QUYẾT ĐỊNH",
        "18/2024/QĐ-UBND",
        "05/9/2024",
        "Bãi bỏ Quyết định số 27/2020/QĐ-UBND ngày 14/8/2020 của Ủy ban nhân dân tỉnh",
        "Theo đề nghị của Giám đốc Sở Công Thương tại Tờ trình số 79/TTr-SCT ngày 12/8/2024.\n\n"
        "QUYẾT ĐỊNH:\n\nĐiều 1. Bãi bỏ toàn bộ Quyết định số 27/2020/QĐ-UBND ngày 14/8/2020 "
        "của Ủy ban nhân dân tỉnh.\n\nĐiều 2. Quyết định này có hiệu lực thi hành kể từ ngày 20 "
        "tháng 9 năm 2024.",
    ),
}


def test_a_proposal_to_repeal_repeals_nothing(
    ingest_files: Callable[[str, dict[str, str]], Settings],
) -> None:
    lives = Answerer(ingest_files("proposed-repeal", REPEAL), llm=None).lives
    # proposed in August, repealed by the decision from the day it took effect
    assert lives.status("27/2020/QĐ-UBND", "2024-09-10")["status"] == "in_force"
    ended = lives.status("27/2020/QĐ-UBND", "2024-09-20")
    assert ended["status"] == "not_in_force"
    assert [e["by"] for e in ended["events"]] == ["18/2024/QĐ-UBND"]
