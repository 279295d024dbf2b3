"""Documents that tell of a thing in their own text, not in their trích yếu: a plan's task,
a Quy chế's article ("Những văn bản nào đề cập chuyện Sổ giao việc ghi bằng giấy?") — on a
small on-disk archive of a fictional Sở Công Thương."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from archive_builders import document, keys, listed

from assistant.config import Settings
from assistant.generation.answer import Answerer
from assistant.generation.bodies import BodyIndex, told_topic

FILES = {
    "qd-142-2022-quy-che-lam-viec.txt": document(
        "QUYẾT ĐỊNH",
        "142/QĐ-SCT",
        "15/7/2022",
        "Ban hành Quy chế làm việc của Sở Công Thương",
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Sở Công Thương.\n\n"
        "QUY CHẾ LÀM VIỆC\n\nĐiều 6. Giám đốc Sở phân công nhiệm vụ cho các Phó Giám đốc.\n\n"
        "Điều 7. Văn phòng Sở lập Sổ giao việc bằng giấy, ghi mọi việc Giám đốc giao cho các "
        "phòng và theo dõi thời hạn hoàn thành.",
    ),
    "kh-08-2024-cchc.txt": document(
        "KẾ HOẠCH",
        "08/KH-SCT",
        "12/01/2024",
        "Cải cách hành chính năm 2024",
        "I. CHỈ TIÊU\n\n1. Trên 65% thủ tục hành chính được cung cấp trực tuyến toàn trình.\n\n"
        "II. NHIỆM VỤ TRỌNG TÂM\n\n1. Quý I: ban hành kế hoạch kiểm tra cải cách hành chính "
        "năm 2024.\n\n2. Quý I: quy định lại chức năng, nhiệm vụ của các phòng; bỏ Sổ giao "
        "việc bằng giấy, giao việc trên phần mềm quản lý văn bản.\n\n3. Quý II: tiếp nhận "
        "trực tuyến toàn trình hồ sơ cấp giấy phép kinh doanh rượu; lắp camera giám sát tại các "
        "quầy của Bộ phận Một cửa.",
    ),
    "kh-30-2024-kiem-tra.txt": document(
        "KẾ HOẠCH",
        "30/KH-SCT",
        "20/02/2024",
        "Kiểm tra công tác cải cách hành chính năm 2024",
        "I. NỘI DUNG KIỂM TRA\n\n1. Việc giải quyết thủ tục hành chính tại Bộ phận Một cửa.\n\n"
        "2. Việc chấp hành kỷ luật, kỷ cương hành chính của công chức.\n\n3. Việc sử dụng "
        "camera giám sát tại các quầy tiếp nhận hồ sơ.",
    ),
    "qd-40-2024-phong.txt": document(
        "QUYẾT ĐỊNH",
        "40/QĐ-SCT",
        "05/3/2024",
        "Quy định chức năng, nhiệm vụ của các phòng chuyên môn thuộc Sở Công Thương",
        "Điều 1. Văn phòng Sở tham mưu tổng hợp, hành chính, quản trị.\n\nĐiều 2. Phòng Quản "
        "lý công nghiệp tham mưu quản lý nhà nước về công nghiệp.",
    ),
    "bc-15-2024-iso.txt": document(
        "BÁO CÁO",
        "15/BC-SCT",
        "10/4/2024",
        "Kết quả áp dụng hệ thống quản lý chất lượng ISO 9001:2015 năm 2023",
        "Năm 2023, Sở duy trì hệ thống quản lý chất lượng theo tiêu chuẩn ISO 9001:2015 đối "
        "với 100% thủ tục hành chính.",
    ),
    "bc-20-2024-6-thang.txt": document(
        "BÁO CÁO",
        "20/BC-SCT",
        "15/6/2024",
        "Kết quả công tác cải cách hành chính 6 tháng đầu năm 2024",
        "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH\n\nThực hiện Kế hoạch số 08/KH-SCT ngày 12/01/2024 "
        "về cải cách hành chính năm 2024, Sở đã hoàn thành 10/15 nhiệm vụ. Quy chế làm việc "
        "ban hành kèm theo Quyết định số 142/QĐ-SCT ngày 15/7/2022 được thực hiện nghiêm.",
    ),
    "qd-12-2023-van-thu.txt": document(
        "QUYẾT ĐỊNH",
        "12/QĐ-SCT",
        "10/02/2023",
        "Ban hành Quy chế công tác văn thư, lưu trữ của Sở Công Thương",
        "Điều 5. Văn bản đến được đăng ký vào Sổ đăng ký văn bản đến bằng giấy hoặc trên "
        "phần mềm quản lý văn bản.",
    ),
    "qd-25-2024-giao-nhiem-vu.txt": document(
        "QUYẾT ĐỊNH",
        "25/QĐ-SCT",
        "22/01/2024",
        "Giao nhiệm vụ thực hiện công tác cải cách hành chính năm 2024 cho các phòng",
        "Điều 1. Giao các phòng, đơn vị thực hiện các nhiệm vụ của Kế hoạch số 08/KH-SCT ngày "
        "12/01/2024 của Sở Công Thương.",
    ),
}


@pytest.fixture(scope="module")
def answerer(ingest_files: Callable[[str, dict[str, str]], Settings]) -> Answerer:
    return Answerer(ingest_files("told", FILES), llm=None)


def test_the_files_that_tell_of_a_thing_in_their_text_are_listed(answerer: Answerer) -> None:
    text = answerer.ask("Những văn bản nào đề cập chuyện Sổ giao việc ghi bằng giấy?").text
    # the Quy chế's Điều 7 and the plan's task; not the other plans and decisions
    assert listed(text) == keys("142/QĐ-SCT", "08/KH-SCT"), text


def test_an_english_question_is_read_by_its_vietnamese_terms(answerer: Answerer) -> None:
    text = answerer.ask(
        "Which documents mention putting surveillance cameras at the one-stop counters?"
    ).text
    assert listed(text) == keys("08/KH-SCT", "30/KH-SCT"), text


def test_the_best_sentence_holds_the_share_of_the_topics_rare_words(
    answerer: Answerer,
) -> None:
    bodies = BodyIndex(answerer.registry.entries(), answerer.chunks)
    topic = told_topic("Những văn bản nào đề cập chuyện Sổ giao việc ghi bằng giấy?")
    assert "đề cập" not in topic
    assert "Sổ giao" in topic
    cover = bodies.covering(topic, [e.key for e in answerer.registry.entries()])
    told = {k for k, v in cover.items() if v >= 0.7}
    assert told == keys("142/QĐ-SCT", "08/KH-SCT"), cover
    # the rare pair weighs more than the word every file has ("giấy" of "giấy phép")
    weights = bodies.weights(topic)
    assert weights["sổ giao"] > weights["giấy"]
    # typed without diacritics, the same sentences are found
    folded = bodies.covering("so giao viec bang giay", cover)
    assert {k for k, v in folded.items() if v >= 0.7} == told


def test_a_topic_that_is_a_documents_subject_is_answered_by_subjects(
    answerer: Answerer,
) -> None:
    # "kiểm tra cải cách hành chính" is the inspection plan's trích yếu: the yearly plan's
    # task "ban hành kế hoạch kiểm tra" does not make the yearly plan an answer
    text = answerer.ask("Những kế hoạch nào về kiểm tra cải cách hành chính?").text
    assert keys("30/KH-SCT") <= listed(text), text
    assert keys("08/KH-SCT").isdisjoint(listed(text)), text
