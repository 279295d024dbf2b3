"""Two-part list questions: the second part asked of the document the first is about ("…
thay cho QĐ nào, và Sở đã căn cứ vào nó ra QĐ nào?") or of what the first found, its answer
added after the whole's — on a small on-disk archive of a fictional Sở Công Thương."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from archive_builders import DIGITISATION_PLAN, document, keys, listed

from assistant.config import Settings
from assistant.generation import compound
from assistant.generation.answer import Answerer
from assistant.generation.fit import asked_grounds
from assistant.retrieval.query import fold

FILES = {
    "bc-15-2024-cchc.txt": document(
        "BÁO CÁO",
        "15/BC-SCT",
        "20/6/2024",
        "Kết quả công tác cải cách hành chính 6 tháng đầu năm 2024",
        "I. CẢI CÁCH TỔ CHỨC BỘ MÁY\n\nNgày 10/5/2024, UBND tỉnh ban hành Quyết định số "
        "12/2024/QĐ-UBND ngày 10/5/2024 quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ "
        "chức của Sở Công Thương, thay thế Quyết định số 20/2021/QĐ-UBND ngày 02/6/2021 của "
        "UBND tỉnh.",
    ),
    "qd-45-2024-phong.txt": document(
        "QUYẾT ĐỊNH",
        "45/QĐ-SCT",
        "03/6/2024",
        "Quy định chức năng, nhiệm vụ của Văn phòng, Thanh tra và các phòng chuyên môn thuộc "
        "Sở Công Thương",
        "Căn cứ Quyết định số 12/2024/QĐ-UBND ngày 10/5/2024 của UBND tỉnh quy định chức năng, "
        "nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Công Thương;\n\nĐiều 1. Quy định chức "
        "năng, nhiệm vụ của Văn phòng, Thanh tra và các phòng chuyên môn thuộc Sở.",
    ),
    "qd-33-2024-tu-chu.txt": document(
        "QUYẾT ĐỊNH",
        "33/QĐ-SCT",
        "22/4/2024",
        "Phê duyệt phương án tự chủ tài chính giai đoạn 2024 - 2026 của Trung tâm Khuyến công",
        "Căn cứ Nghị định số 60/2021/NĐ-CP ngày 21/6/2021 của Chính phủ quy định cơ chế tự chủ "
        "tài chính của đơn vị sự nghiệp công lập;\n\nĐiều 1. Phê duyệt phương án tự chủ tài "
        "chính giai đoạn 2024 - 2026 của Trung tâm Khuyến công.",
    ),
    "kh-58-2024-so-hoa.txt": DIGITISATION_PLAN,
    "ct-05-2024-ky-luat.txt": document(
        "CHỈ THỊ",
        "05/CT-SCT",
        "02/01/2024",
        "Về tăng cường kỷ luật, kỷ cương hành chính",
        "1. Các phòng chấp hành nghiêm thời giờ làm việc.\n\n2. Chỉ thị này thay thế Chỉ thị "
        "số 02/CT-SCT ngày 05/01/2022 của Giám đốc Sở Công Thương.",
    ),
    "kh-70-2024-ky-luat.txt": document(
        "KẾ HOẠCH",
        "70/KH-SCT",
        "15/01/2024",
        "Kiểm tra việc chấp hành thời giờ làm việc năm 2024",
        "Thực hiện Chỉ thị số 05/CT-SCT ngày 02/01/2024 của Giám đốc Sở Công Thương về tăng "
        "cường kỷ luật, kỷ cương hành chính;\n\nSở Công Thương ban hành Kế hoạch thực hiện "
        "như sau:\n\nI. MỤC ĐÍCH, YÊU CẦU\n\nKiểm tra việc chấp hành thời giờ làm việc.",
    ),
}


@pytest.fixture(scope="module")
def answerer(ingest_files: Callable[[str, dict[str, str]], Settings]) -> Answerer:
    return Answerer(ingest_files("two-parts", FILES), llm=None)


def test_the_second_part_is_asked_of_the_document_the_first_is_about(
    answerer: Answerer,
) -> None:
    text = answerer.ask(
        "QĐ chức năng, nhiệm vụ năm 2024 của UBND tỉnh thay cho QĐ nào, và Sở đã căn cứ vào "
        "nó ra QĐ nào?"
    ).text
    # what it replaced, and the department's decision resting on it
    assert keys("20/2021/QĐ-UBND", "45/QĐ-SCT") <= listed(text)
    assert "Về ý sau của câu hỏi" in text


def test_the_second_part_asked_of_what_the_first_found(answerer: Answerer) -> None:
    text = answerer.ask(
        "Chỉ thị nào thay thế Chỉ thị 02/CT-SCT, và Sở đã ra những văn bản nào để thực hiện "
        "chỉ thị mới đó?"
    ).text
    # the directive that replaced it (told as the old one's life), then what carries it out
    assert "Đã được thay thế bởi Chỉ thị số 05/CT-SCT" in text
    assert keys("70/KH-SCT") <= listed(text)
    # the documents carrying the directive out are no directives
    second = text.split("Về ý sau của câu hỏi")[1]
    assert "văn bản phù hợp" in second
    assert "chỉ thị phù hợp" not in second


def test_a_second_part_with_no_subject_of_its_own(answerer: Answerer) -> None:
    text = answerer.ask(
        "Phương án tự chủ tài chính giai đoạn 2024-2026 của Trung tâm Khuyến công được duyệt "
        "bằng VB nào, căn cứ NĐ nào?"
    ).text
    assert listed(text) == keys("33/QĐ-SCT", "60/2021/NĐ-CP")


def test_a_second_part_finding_nothing_new_adds_nothing(answerer: Answerer) -> None:
    # no letter urges the plan on: the second part's own answer lists the plan again
    text = answerer.ask(
        "Số hóa hồ sơ TTHC năm 2024: KH nào đặt ra, các CV nào đôn đốc tiến độ số hóa?"
    ).text
    assert "Về ý sau" not in text
    assert listed(text) == keys("58/KH-SCT")


def test_a_second_part_answered_with_another_type_adds_nothing(
    answerer: Answerer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the reports asked for, answered with a decision: the second part found nothing
    question = "Số hóa hồ sơ TTHC năm 2024: KH nào đặt ra, các BC nào theo dõi tiến độ số hóa?"
    decision = "Theo kho tài liệu:\n1. Quyết định số 45/QĐ-SCT ngày 03/6/2024 về việc …"
    report = "Theo kho tài liệu:\n1. Báo cáo số 15/BC-SCT ngày 20/6/2024 về việc …"
    monkeypatch.setattr(answerer, "_second_part", lambda parts, first, found, widen: decision)
    assert "Về ý sau" not in answerer.ask(question).text
    monkeypatch.setattr(answerer, "_second_part", lambda parts, first, found, widen: report)
    text = answerer.ask(question).text
    assert "Về ý sau" in text
    assert keys("15/BC-SCT") <= listed(text)


@pytest.mark.parametrize(
    ("question", "first", "second"),
    [
        (
            "KH số hóa năm 2024 của Sở thực hiện KH nào, và sau đó được gia hạn bằng văn bản nào?",
            "KH số hóa năm 2024 của Sở thực hiện KH nào",
            "được gia hạn bằng văn bản nào",
        ),
        (
            "Chỉ thị nào làm Chỉ thị 08/CT-UBND hết hiệu lực? Sở đã ra những văn bản nào để "
            "thực hiện chỉ thị mới đó?",
            "Chỉ thị nào làm Chỉ thị 08/CT-UBND hết hiệu lực",
            "Sở đã ra những văn bản nào để thực hiện chỉ thị mới đó",
        ),
    ],
)
def test_two_parts_are_cut_where_the_second_asks(question: str, first: str, second: str) -> None:
    parts = compound.split(question)
    assert parts is not None
    assert (parts.first, parts.second) == (first, second)


@pytest.mark.parametrize(
    "question",
    [
        # a lead asking nothing
        "Trong 6 tháng đầu năm 2024, Sở đã ban hành những quyết định nào?",
        # a first part asking a fact, not a document
        "Điểm tiếp nhận số 2 làm việc giờ nào, quy định ở những QĐ nào?",
        "Các quyết định nào về số hóa hồ sơ năm 2024?",
    ],
)
def test_one_question_is_not_cut(question: str) -> None:
    assert compound.split(question) is None


@pytest.mark.parametrize(
    ("question", "subject_code", "to_answer"),
    [
        # the type the first asked, pointed back at
        ("Tờ trình 58 được tỉnh chấp thuận bằng QĐ nào, và QĐ ấy thay cho QĐ nào?", "TTr", True),
        (
            "Chỉ thị nào làm Chỉ thị 08 hết hiệu lực, và Sở ra VB nào thực hiện chỉ thị mới đó?",
            "CT",
            True,
        ),
        # another actor acting after it
        ("Quy trình nội bộ hiện áp dụng theo QĐ nào, Sở triển khai bằng CV nào?", None, True),
        # "nó", or no subject: the one the first part is about
        ("QĐ chức năng năm 2024 thay cho QĐ nào, và Sở đã căn cứ vào nó ra QĐ nào?", "QĐ", False),
        ("KH số hóa năm 2024 thực hiện KH nào, và sau đó được gia hạn bằng VB nào?", "KH", False),
    ],
)
def test_what_the_second_part_means(
    question: str, subject_code: str | None, to_answer: bool
) -> None:
    parts = compound.split(question)
    assert parts is not None
    assert compound.refers_to_answer(parts, subject_code) is to_answer


def test_the_second_part_written_out() -> None:
    parts = compound.split(
        "Chỉ thị nào làm Chỉ thị 08 hết hiệu lực, và Sở ra VB nào thực hiện chỉ thị mới đó?"
    )
    assert parts is not None
    assert compound.second_question(parts, "Chỉ thị số 14/CT-UBND") == (
        "Sở ra VB nào thực hiện Chỉ thị số 14/CT-UBND"
    )
    parts = compound.split("Phương án tự chủ được duyệt bằng VB nào, căn cứ NĐ nào?")
    assert parts is not None
    assert compound.second_question(parts, "Quyết định số 33/QĐ-SCT") == (
        "Quyết định số 33/QĐ-SCT căn cứ NĐ nào"
    )
    parts = compound.split("Tờ trình 31 được duyệt bằng QĐ nào, sau đó Sở ra QĐ nào?")
    assert parts is not None
    assert compound.second_question(parts, "Quyết định số 356/QĐ-UBND") == (
        "Những quyết định nào căn cứ Quyết định số 356/QĐ-UBND"
    )


def test_what_rests_on_a_document_asked_after_it() -> None:
    # "căn cứ vào X ra QĐ nào": the decisions resting on X, not X's grounds
    folded = fold("Sở đã căn cứ vào Quyết định số 1532/QĐ-UBND ra QĐ nào")
    assert asked_grounds(folded) == ("resting_on", "QĐ")
    # and what X rests on is not asked so
    asked = asked_grounds(fold("Quyết định số 1532/QĐ-UBND căn cứ vào những NĐ nào"))
    assert asked is None or asked[0] != "resting_on"
