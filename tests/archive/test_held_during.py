"""Questions about what applied within a year, and about a body's founding, over several years
of a fictional Sở Công Thương tỉnh Kim Sơn (samples written for this test).

Its Quy chế chi tiêu nội bộ runs in versions: 18/QĐ-SCT of 2021, replaced by 35/QĐ-SCT from
2022, whose Điều 9 28/QĐ-SCT amended in 2023, replaced by 44/QĐ-SCT from March 2024. "Áp
dụng trong năm 2023" asks for what held then (35 and 28), not what was issued then (28
alone). Its 2023 report cites 35 and 18, both changed by the report's date. The Sở itself
was founded in 2025 by a decision the archive only cites.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from archive_builders import document, keys, listed

from assistant.archive.periods import Period
from assistant.citations.normalize import fold
from assistant.config import Settings
from assistant.generation.answer import Answerer, held_periods
from assistant.generation.documents import founding_acts
from assistant.generation.fit import includes_changing, without_including
from assistant.retrieval.query import parse_question


def _rules(number: str, day: str, year: int, body: str) -> str:
    return document(
        "QUYẾT ĐỊNH",
        number,
        day,
        f"Ban hành Quy chế chi tiêu nội bộ năm {year} của Sở Công Thương",
        f"Điều 1. Ban hành kèm theo Quyết định này Quy chế chi tiêu nội bộ năm {year}.\n\n" + body,
    )


FILES = {
    "qd-18-2021-chi-tieu.txt": _rules(
        "18/QĐ-SCT", "10/02/2021", 2021, "Điều 2. Quyết định này có hiệu lực kể từ ngày ký."
    ),
    "qd-35-2022-chi-tieu.txt": _rules(
        "35/QĐ-SCT",
        "21/02/2022",
        2022,
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số "
        "18/QĐ-SCT ngày 10/02/2021 của Giám đốc Sở Công Thương.",
    ),
    "qd-28-2023-sua-doi.txt": document(
        "QUYẾT ĐỊNH",
        "28/QĐ-SCT",
        "17/02/2023",
        "Sửa đổi Điều 9 Quy chế chi tiêu nội bộ ban hành kèm theo Quyết định số 35/QĐ-SCT",
        "Điều 1. Sửa đổi Điều 9 Quy chế chi tiêu nội bộ ban hành kèm theo Quyết định số "
        "35/QĐ-SCT ngày 21/02/2022 của Giám đốc Sở Công Thương.\n\nĐiều 2. Quyết định này có "
        "hiệu lực kể từ ngày ký.",
    ),
    "qd-44-2024-chi-tieu.txt": _rules(
        "44/QĐ-SCT",
        "20/02/2024",
        2024,
        "Điều 2. Quyết định này có hiệu lực kể từ ngày 01/3/2024 và thay thế Quyết định số "
        "35/QĐ-SCT ngày 21/02/2022 của Giám đốc Sở Công Thương.",
    ),
    "bc-95-2023-nam.txt": document(
        "BÁO CÁO",
        "95/BC-SCT",
        "12/12/2023",
        "Kết quả thực hiện công tác cải cách hành chính năm 2023",
        "I. CÔNG TÁC CHỈ ĐẠO\n\n1. Sở thực hiện Kế hoạch số 05/KH-SCT ngày 10/01/2023 về cải "
        "cách hành chính năm 2023.\n\n2. Sở thực hiện Quy chế chi tiêu nội bộ ban hành kèm theo "
        "Quyết định số 35/QĐ-SCT ngày 21/02/2022, thay thế Quyết định số 18/QĐ-SCT ngày "
        "10/02/2021 của Giám đốc Sở.",
    ),
    "qd-19-2025-chuc-nang.txt": document(
        "QUYẾT ĐỊNH",
        "19/2025/QĐ-UBND",
        "18/7/2025",
        "Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Công Thương",
        "Căn cứ Quyết định số 08/QĐ-UBND ngày 01/7/2025 của Ủy ban nhân dân tỉnh về việc "
        "thành lập Sở Công Thương tỉnh Kim Sơn trên cơ sở hợp nhất Sở Công Thương tỉnh Kim "
        "Sơn và Sở Công Thương tỉnh Hòa An;\n\nĐiều 1. Vị trí và chức năng: Sở Công Thương là "
        "cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh.",
    ),
}


@pytest.fixture(scope="module")
def answerer(ingest_files: Callable[[str, dict[str, str]], Settings]) -> Answerer:
    return Answerer(ingest_files("held-during", FILES), llm=None)


def test_what_applied_in_a_year_is_what_held_then(answerer: Answerer) -> None:
    text = answerer.ask(
        "Quy chế chi tiêu nội bộ của Sở áp dụng trong năm 2023 là những QĐ nào?"
    ).text
    assert listed(text) == keys("35/QĐ-SCT", "28/QĐ-SCT"), text
    # the years are what held then, not the documents' issue years
    assert "năm 2023" not in text.splitlines()[0], text
    text = answerer.ask("Quy chế chi tiêu nội bộ của Sở áp dụng trong năm 2021 là QĐ nào?").text
    assert listed(text) == keys("18/QĐ-SCT"), text


def test_the_amending_decisions_counted_in_are_added(answerer: Answerer) -> None:
    question = (
        "Quy chế chi tiêu nội bộ của Sở áp dụng trong năm 2021 và trong năm 2023 là những QĐ "
        "nào, tính cả QĐ sửa đổi?"
    )
    text = answerer.ask(question).text
    assert listed(text) == keys("18/QĐ-SCT", "35/QĐ-SCT", "28/QĐ-SCT"), text
    assert includes_changing(fold("Quy chế … là QĐ nào (kể cả QĐ bãi bỏ một phần)?"))
    assert without_including("Quy chế là những QĐ nào, tính cả QĐ sửa đổi?") == (
        "Quy chế là những QĐ nào ?"
    )
    # "… và các lần sửa đổi", "and its amendments": the amending ones added
    assert includes_changing(fold("quy chế của Bộ phận Một cửa thành phố và các lần sửa đổi"))
    assert includes_changing(fold("the one-stop rules and all amendments"))
    # counting in another kind of document is no act added
    assert not includes_changing(fold("Năm 2024 Sở có những KH nào, tính cả KH ban hành kèm QĐ?"))


def test_the_years_and_periods_a_question_asks_what_held_in() -> None:
    def periods(question: str) -> list[Period]:
        parsed = parse_question(question)
        return held_periods(parsed, fold(parsed.clean))

    assert periods("Quy chế áp dụng trong năm 2021 và trong năm 2023 là những QĐ nào?") == [
        Period.of_years(2021),
        Period.of_years(2023),
    ]
    assert periods("Which decisions were in force during 2024?") == [Period.of_years(2024)]
    # issued in a year, in force now, taking effect within a year: not what held then
    assert periods("Năm 2023 Sở ban hành những QĐ nào?") == []
    assert periods("Quy chế nào hiện đang áp dụng?") == []
    assert periods("Các QĐ ban hành trong năm 2022 hiện còn hiệu lực là những QĐ nào?") == []
    assert periods("Trong năm 2024, QĐ nào của Sở được ban hành?") == []
    assert periods("QĐ nào bắt đầu có hiệu lực trong năm 2024?") == []


def test_of_what_a_report_cites_those_changed_by_its_date(answerer: Answerer) -> None:
    # 35 amended in February 2023, 18 replaced in 2022; the plan it carries out unchanged,
    # 35's replacement of 2024 later than the report
    for question in (
        "BC kết quả CCHC năm 2023 có viện dẫn QĐ nào mà đến ngày lập BC đã bị thay, hoặc bị "
        "sửa một phần?",
        "BC kết quả CCHC năm 2023 của Sở có nhắc những văn bản nào đã bị thay thế, sửa đổi "
        "trước ngày lập BC?",
    ):
        text = answerer.ask(question).text
        assert listed(text) == keys("18/QĐ-SCT", "35/QĐ-SCT"), text


def test_the_decision_founding_the_body_is_the_answer(answerer: Answerer) -> None:
    text = answerer.ask("QĐ thành lập Sở Công Thương mới sau hợp nhất là QĐ nào?").text
    assert listed(text) == keys("08/QĐ-UBND"), text


def test_the_acts_on_a_body_a_question_names() -> None:
    assert founding_acts(fold("QĐ thành lập Sở Tư pháp mới")) == (("thanh lap", "so"),)
    assert founding_acts(fold("Văn bản nào về thành lập, tổ chức lại Trung tâm?")) == (
        ("thanh lap", "trung tam"),
        ("to chuc lai", "trung tam"),
    )
    # a procedure's subject, and a merger, are no founding asked
    assert founding_acts(fold("hồ sơ thành lập, mở rộng cụm công nghiệp")) == ()
    assert founding_acts(fold("văn bản về sắp xếp, hợp nhất Sở")) == ()
