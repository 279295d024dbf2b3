"""The documents staff gather for a section of a periodic report: a type in a year with the
plans issued by a decision, what ran in a year, a quarter's documents on a topic (those the
archive only cites too), what the province issued for the department; over a fictional Sở
Công Thương tỉnh Kim Sơn, 2023 – 2024 (samples written for this test).

The 2024 report cites what the archive holds no file of: the province's decision on the
department's functions (15/2024/QĐ-UBND), the Chủ tịch's list of procedures (1210/QĐ-UBND)
and the Văn phòng UBND tỉnh's letter on the centre's hours (2874/VP-KSTT, quý III).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from archive_builders import document, keys, listed

from assistant.citations.normalize import fold
from assistant.config import Settings
from assistant.generation.answer import Answerer
from assistant.generation.fit import asked_issuer, asks_procedure_list, topic_text
from assistant.generation.standing import asks_current
from assistant.retrieval.query import parse_question


def _decision(number: str, day: str, title: str, article: str) -> str:
    return document("QUYẾT ĐỊNH", number, day, title, article)


FILES = {
    "kh-04-2023-cchc.txt": document(
        "KẾ HOẠCH",
        "04/KH-SCT",
        "06/01/2023",
        "Cải cách hành chính năm 2023",
        "I. MỤC ĐÍCH, YÊU CẦU\n\nThực hiện các nhiệm vụ cải cách hành chính năm 2023.",
    ),
    "qd-210-2023-chuyen-doi-so.txt": _decision(
        "210/QĐ-SCT",
        "20/12/2023",
        "Ban hành Kế hoạch chuyển đổi số của Sở Công Thương giai đoạn 2024 - 2025",
        "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch chuyển đổi số giai đoạn 2024 - "
        "2025.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.",
    ),
    "kh-03-2024-cchc.txt": document(
        "KẾ HOẠCH",
        "03/KH-SCT",
        "05/01/2024",
        "Cải cách hành chính năm 2024",
        "I. MỤC ĐÍCH, YÊU CẦU\n\nThực hiện các nhiệm vụ cải cách hành chính năm 2024.",
    ),
    "kh-09-2024-tuyen-truyen.txt": document(
        "KẾ HOẠCH",
        "09/KH-SCT",
        "22/01/2024",
        "Thông tin, tuyên truyền cải cách hành chính năm 2024",
        "I. MỤC ĐÍCH, YÊU CẦU\n\nTuyên truyền cải cách hành chính đến công chức, người dân.",
    ),
    "qd-17-2024-kiem-tra.txt": _decision(
        "17/QĐ-SCT",
        "26/02/2024",
        "Ban hành Kế hoạch kiểm tra công tác cải cách hành chính năm 2024",
        "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch kiểm tra công tác cải cách hành "
        "chính năm 2024.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.",
    ),
    "qd-35-2024-chi-tieu.txt": _decision(
        "35/QĐ-SCT",
        "21/3/2024",
        "Ban hành Quy chế chi tiêu nội bộ của Sở Công Thương",
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế chi tiêu nội bộ.\n\nĐiều 2. Quyết "
        "định này có hiệu lực kể từ ngày ký.",
    ),
    "qd-118-2024-mot-cua.txt": _decision(
        "118/QĐ-SCT",
        "08/8/2024",
        "Ban hành Quy chế tiếp nhận, giải quyết thủ tục hành chính tại Bộ phận Một cửa của Sở",
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế tiếp nhận, giải quyết thủ tục hành "
        "chính tại Bộ phận Một cửa.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.",
    ),
    "bc-251-2024-nam.txt": document(
        "BÁO CÁO",
        "251/BC-SCT",
        "12/12/2024",
        "Kết quả thực hiện công tác cải cách hành chính năm 2024",
        "II. KẾT QUẢ THỰC HIỆN\n\n1. Cải cách tổ chức bộ máy: Ủy ban nhân dân tỉnh ban hành "
        "Quyết định số 15/2024/QĐ-UBND ngày 10/5/2024 quy định chức năng, nhiệm vụ, quyền hạn "
        "và cơ cấu tổ chức của Sở Công Thương.\n\n2. Cải cách thủ tục hành chính: Chủ tịch Ủy "
        "ban nhân dân tỉnh ban hành Quyết định số 1210/QĐ-UBND ngày 16/9/2024 công bố danh mục "
        "thủ tục hành chính thuộc thẩm quyền giải quyết của Sở Công Thương; thực hiện Công văn "
        "số 2874/VP-KSTT ngày 18/7/2024 của Văn phòng Ủy ban nhân dân tỉnh về rà soát thời gian "
        "tiếp nhận hồ sơ thủ tục hành chính, Sở ban hành Quyết định số 118/QĐ-SCT ngày "
        "08/8/2024 ban hành Quy chế tiếp nhận, giải quyết thủ tục hành chính tại Bộ phận Một "
        "cửa.",
    ),
}

PLANS_2024 = keys("03/KH-SCT", "09/KH-SCT", "17/QĐ-SCT")


@pytest.fixture(scope="module")
def answerer(ingest_files: Callable[[str, dict[str, str]], Settings]) -> Answerer:
    return Answerer(ingest_files("report-sections", FILES), llm=None)


def test_the_plans_of_a_year_with_those_a_decision_issued(answerer: Answerer) -> None:
    # "tính cả KH ban hành kèm QĐ" counts the plans a decision issued in; it asks no decision
    question = (
        "Những KH do Giám đốc Sở ký trong 12 tháng của năm 2024, tính cả KH ban hành kèm QĐ, "
        "là những KH nào?"
    )
    assert parse_question(question).codes == ("KH",)
    text = answerer.ask(question).text
    assert listed(text) == PLANS_2024, text
    # asked of, the decision is the type asked
    assert "QĐ" in parse_question("Quy chế chi tiêu nội bộ ban hành kèm QĐ nào?").codes


def test_the_plans_running_in_a_year(answerer: Answerer) -> None:
    # the 2024 - 2025 plan issued in December 2023 runs in 2024; the 2023 plan does not
    text = answerer.ask("Năm 2024 Sở có những kế hoạch nào đang triển khai?").text
    found = listed(text)
    assert PLANS_2024 | keys("210/QĐ-SCT") <= found, text
    assert keys("04/KH-SCT").isdisjoint(found), text


def test_what_the_province_issued_for_the_department(answerer: Answerer) -> None:
    # an aside between the issuer and its verb; the province's documents the archive only
    # cites are the answer, not the department's own files of the year
    question = (
        "Năm 2024 UBND tỉnh Kim Sơn (kể cả Chủ tịch UBND tỉnh) đã ban hành những văn bản nào "
        "liên quan đến Sở Công Thương?"
    )
    assert asked_issuer(question) == "UBND"
    text = answerer.ask(question).text
    assert listed(text) == keys("15/2024/QĐ-UBND", "1210/QĐ-UBND"), text


def test_a_quarters_documents_on_a_topic_with_those_only_cited(answerer: Answerer) -> None:
    text = answerer.ask(
        "Trong quý III/2024 có những văn bản nào về thời gian tiếp nhận, giải quyết thủ tục "
        "hành chính của Sở?"
    ).text
    found = listed(text)
    assert keys("118/QĐ-SCT", "2874/VP-KSTT") <= found, text
    assert keys("35/QĐ-SCT", "03/KH-SCT").isdisjoint(found), text


def test_the_words_that_say_when_not_what() -> None:
    def topic(question: str) -> str:
        return " ".join(topic_text(parse_question(question).clean).split())

    # before and after the merger: both sides, so neither a topic nor the present
    question = "Trong năm 2025 có những KH CCHC năm nào của Sở Tư pháp, trước và sau sắp xếp?"
    assert topic(question) in ("", ",", ", ?", "?")
    assert not asks_current(parse_question(question))
    assert asks_current(parse_question("Sau sắp xếp Sở áp dụng quy chế nào?"))
    # last month, "mới", "không?": when and the asking words
    assert topic("thang truoc co van ban nao moi lien quan den so gtvt khong") == ""
    # "môi trường" is a topic; "không" inside a sentence is too
    assert "môi trường" in topic("Văn bản nào về bảo vệ môi trường?")
    assert "không" in topic("Quy chế nào quy định không dùng giấy?")


def test_a_list_of_procedures_asked_with_another_instrument() -> None:
    assert asks_procedure_list(fold("Danh mục TTHC của Sở đang áp dụng là QĐ nào?"))
    assert not asks_procedure_list(
        fold(
            "Năm ngoái, danh mục TTHC thuộc thẩm quyền Ban và quy trình nội bộ giải quyết các "
            "TTHC đó được ban hành ở những QĐ nào?"
        )
    )
