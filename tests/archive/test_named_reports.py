"""A suspension asked with what lifted it, the sector's rules asked in English, the plan
that set a year's reform targets, and a figure asked from the report named by its period —
answered on a small on-disk archive of a fictional Sở Y tế (session 53: what the
twenty-seventh archive's questions showed)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from archive_builders import document, keys, listed

from assistant.archive.periods import Period
from assistant.config import Settings
from assistant.generation import compound
from assistant.generation.answer import Answerer
from assistant.generation.fit import asks_reform_plan
from assistant.generation.timely import asked_period
from assistant.retrieval.glossary import gloss
from assistant.retrieval.query import parse_question

Q1 = Period("2025-01-01", "2025-03-31")
H1 = Period("2025-01-01", "2025-06-30")
_SIGNS = "Điều 3. Chánh Văn phòng Sở chịu trách nhiệm thi hành Quyết định này./."

FILES = {
    "qd-58-2025-gphn-truc-tuyen.txt": document(
        "QUYẾT ĐỊNH",
        "58/QĐ-SYT",
        "12/5/2025",
        "Ban hành Quy định tiếp nhận, giải quyết hồ sơ cấp, cấp lại giấy phép hành nghề khám "
        "bệnh, chữa bệnh trực tuyến toàn trình",
        "QUYẾT ĐỊNH:\n\nĐiều 1. Ban hành kèm theo Quyết định này Quy định tiếp nhận, giải "
        "quyết hồ sơ cấp, cấp lại giấy phép hành nghề khám bệnh, chữa bệnh trực tuyến toàn "
        "trình.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n" + _SIGNS,
    ),
    "qd-86-2025-tam-dung.txt": document(
        "QUYẾT ĐỊNH",
        "86/QĐ-SYT",
        "18/7/2025",
        "Tạm dừng thực hiện Quyết định số 58/QĐ-SYT ngày 12/5/2025 của Giám đốc Sở Y tế",
        "QUYẾT ĐỊNH:\n\nĐiều 1. Tạm dừng thực hiện Quyết định số 58/QĐ-SYT ngày 12/5/2025 của "
        "Giám đốc Sở Y tế kể từ ngày 20 tháng 7 năm 2025 cho đến khi có quyết định khác.\n\n"
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n" + _SIGNS,
    ),
    "qd-112-2025-tiep-tuc.txt": document(
        "QUYẾT ĐỊNH",
        "112/QĐ-SYT",
        "15/9/2025",
        "Tiếp tục thực hiện Quyết định số 58/QĐ-SYT ngày 12/5/2025 của Giám đốc Sở Y tế",
        "QUYẾT ĐỊNH:\n\nĐiều 1. Tiếp tục thực hiện Quyết định số 58/QĐ-SYT ngày 12/5/2025 của "
        "Giám đốc Sở Y tế kể từ ngày 16 tháng 9 năm 2025.\n\nĐiều 2. Bãi bỏ Quyết định số "
        "86/QĐ-SYT ngày 18/7/2025 của Giám đốc Sở Y tế. Quyết định này có hiệu lực kể từ ngày "
        "16 tháng 9 năm 2025.\n\n" + _SIGNS,
    ),
    "kh-196-2025-cchc-2026.txt": document(
        "KẾ HOẠCH",
        "196/KH-SYT",
        "26/12/2025",
        "Cải cách hành chính năm 2026 của Sở Y tế",
        "I. MỤC TIÊU\n\nNăm 2026, tỷ lệ hồ sơ tiếp nhận trực tuyến đạt tối thiểu 75%; 100% "
        "thủ tục hành chính đủ điều kiện được cung cấp trực tuyến toàn trình.",
    ),
    "kh-35-2026-kiem-tra.txt": document(
        "KẾ HOẠCH",
        "35/KH-SYT",
        "16/3/2026",
        "Kiểm tra công tác cải cách hành chính năm 2026",
        "I. MỤC ĐÍCH\n\nKiểm tra việc thực hiện nhiệm vụ cải cách hành chính tại 6 đơn vị.",
    ),
    "bc-41-2025-quy-1.txt": document(
        "BÁO CÁO",
        "41/BC-SYT",
        "10/4/2025",
        "Kết quả thực hiện công tác cải cách hành chính quý I năm 2025",
        "I. KẾT QUẢ\n\n3. Kết quả giải quyết thủ tục hành chính quý I năm 2025: tiếp nhận "
        "2.918 hồ sơ, giải quyết đúng hạn 2.911 hồ sơ (99,8%); tiếp nhận trực tuyến 1.780 hồ "
        "sơ (61,0%).",
    ),
    "bc-80-2025-6-thang.txt": document(
        "BÁO CÁO",
        "80/BC-SYT",
        "07/7/2025",
        "Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2025",
        "I. KẾT QUẢ\n\n5. Số liệu quý I năm 2025 đã báo cáo tại Báo cáo số 41/BC-SYT ngày "
        "10/4/2025 là 2.918 hồ sơ, nay điều chỉnh thành 2.981 hồ sơ. Quý I năm 2025 (đã điều "
        "chỉnh): tiếp nhận 2.981 hồ sơ, tiếp nhận trực tuyến 1.780 hồ sơ, tỷ lệ trực tuyến "
        "59,7%. Quý II năm 2025: tiếp nhận 3.140 hồ sơ, tiếp nhận trực tuyến 2.041 hồ sơ "
        "(65,0%).",
    ),
    # a monthly series, the province's report the department drafts, a pilot extended by
    # rewriting its term article
    "bc-05-2026-thang-1.txt": document(
        "BÁO CÁO",
        "05/BC-SYT",
        "05/02/2026",
        "Tình hình thực hiện công tác cải cách hành chính tháng 1 năm 2026",
        "I. KẾT QUẢ\n\na) Trong tháng 1 năm 2026, Sở: tiếp nhận 231 hồ sơ.",
    ),
    "bc-12-2026-thang-2.txt": document(
        "BÁO CÁO",
        "12/BC-SYT",
        "05/3/2026",
        "Tình hình thực hiện công tác cải cách hành chính tháng 2 năm 2026",
        "I. KẾT QUẢ\n\na) Trong tháng 2 năm 2026, Sở: tiếp nhận 198 hồ sơ.\n\nb) Lũy kế từ "
        "đầu năm đến hết tháng 2 năm 2026, Sở: tiếp nhận 429 hồ sơ.",
    ),
    "bc-95-2025-ubnd-quy-1.txt": document(
        "BÁO CÁO",
        "95/BC-UBND",
        "14/4/2025",
        "Kết quả thực hiện công tác cải cách hành chính quý I năm 2025 của tỉnh",
        "I. KẾT QUẢ\n\n2. Cải cách thủ tục hành chính: Quý I năm 2025, các cơ quan, đơn vị trên "
        "địa bàn tỉnh tiếp nhận 113.860 hồ sơ, trong đó tiếp nhận trực tuyến 80.120 hồ sơ.",
    ),
    "qd-54-2025-thi-diem.txt": document(
        "QUYẾT ĐỊNH",
        "54/QĐ-SYT",
        "20/5/2025",
        "Thí điểm tiếp nhận hồ sơ cấp chứng chỉ hành nghề dược theo hình thức trực tuyến toàn "
        "trình",
        "QUYẾT ĐỊNH:\n\nĐiều 1. Thí điểm tiếp nhận hồ sơ cấp chứng chỉ hành nghề dược trực "
        "tuyến toàn trình.\n\nĐiều 2. Thời gian thực hiện thí điểm: từ ngày 01 tháng 6 năm 2025 "
        "đến hết ngày 30 tháng 11 năm 2025.\n\n" + _SIGNS,
    ),
    "qd-150-2025-sua-dieu-2.txt": document(
        "QUYẾT ĐỊNH",
        "150/QĐ-SYT",
        "20/11/2025",
        "Kéo dài thời gian thí điểm tiếp nhận hồ sơ cấp chứng chỉ hành nghề dược theo hình thức "
        "trực tuyến toàn trình",
        "QUYẾT ĐỊNH:\n\nĐiều 1. Sửa đổi Điều 2 Quyết định số 54/QĐ-SYT ngày 20/5/2025 của Giám "
        'đốc Sở Y tế như sau:\n\n"Điều 2. Thời gian thực hiện thí điểm: từ ngày 01 tháng 6 năm '
        '2025 đến hết ngày 31 tháng 5 năm 2026."\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày '
        "ký. Các nội dung khác của Quyết định số 54/QĐ-SYT giữ nguyên.\n\n" + _SIGNS,
    ),
}


@pytest.fixture(scope="module")
def answerer(ingest_files: Callable[[str, dict[str, str]], Settings]) -> Answerer:
    return Answerer(ingest_files("named-reports", FILES), llm=None)


def _first_quote(text: str) -> str:
    return text.split("«", 1)[1].split("»", 1)[0]


@pytest.mark.parametrize(
    "question",
    [
        "Which decision suspended the online licensing rules, and which one lifted the "
        "suspension?",
        "QĐ nào tạm dừng quy định cấp phép hành nghề trực tuyến và VB nào cho tiếp tục thực hiện?",
    ],
)
def test_a_suspension_asked_with_what_lifted_it(answerer: Answerer, question: str) -> None:
    text = answerer.ask(question).text
    assert listed(text) == keys("86/QĐ-SYT", "112/QĐ-SYT")
    # the suspending decision first, then what lifted it; one list, not two questions
    assert text.index("86/QĐ-SYT") < text.index("Quyết định số 112/QĐ-SYT ngày 15/9/2025 về")
    assert compound.split(parse_question(question).clean) is None


def test_the_sectors_rules_asked_in_english(answerer: Answerer) -> None:
    # "licensing" and "rules" reach "cấp phép" and a Quy định (not only a Quy chế)
    assert "cấp phép" in gloss("the online licensing rules")
    assert "Quy định" in parse_question("Which rules govern online licences?").instruments
    text = answerer.ask("Which decision suspended the online licensing rules?").text
    assert listed(text) == keys("86/QĐ-SYT")


def test_the_plan_that_set_a_years_reform_targets(answerer: Answerer) -> None:
    assert asks_reform_plan("Which plan set the 2026 administrative reform targets?")
    assert asks_reform_plan("KH nào đặt ra chỉ tiêu CCHC năm 2026?")
    assert not asks_reform_plan("Which inspection plans were issued in 2026?")
    text = answerer.ask("Which plan set the 2026 administrative reform targets?").text
    assert listed(text) == keys("196/KH-SYT")


@pytest.mark.parametrize(
    ("question", "report"),
    [
        ("Tỷ lệ hồ sơ tiếp nhận trực tuyến quý I năm 2025 theo báo cáo quý I là bao nhiêu?", Q1),
        ("Quý I/2025 tiếp nhận bao nhiêu hồ sơ theo BC 6 tháng?", H1),
        ("What was the online submission rate in Q1 2025 according to the six-month report?", H1),
        ("How many dossiers were received in Q1 2025 in the Q1 report?", Q1),
        ("Quý I năm 2025 tiếp nhận bao nhiêu hồ sơ?", None),
    ],
)
def test_the_report_a_figure_is_asked_from(question: str, report: Period | None) -> None:
    parsed = parse_question(question)
    assert not parsed.wants_list
    asked = asked_period(parsed)
    assert asked is not None
    assert asked.period == Q1
    assert asked.report == report


def test_a_figure_asked_from_a_report_named_by_its_period(answerer: Answerer) -> None:
    first = answerer.ask(
        "Tỷ lệ hồ sơ tiếp nhận trực tuyến quý I năm 2025 theo báo cáo quý I là bao nhiêu?"
    ).text
    assert "61,0%" in _first_quote(first)
    # the corrected row of the six-month report answers when that report is named
    later = answerer.ask(
        "Tỷ lệ hồ sơ tiếp nhận trực tuyến quý I năm 2025 theo báo cáo 6 tháng là bao nhiêu?"
    ).text
    assert "59,7%" in _first_quote(later)
    english = answerer.ask(
        "What was the online submission rate in Q1 2025 according to the Q1 report?"
    ).text
    assert "61,0%" in _first_quote(english)


def test_a_monthly_series_of_reports(answerer: Answerer) -> None:
    text = answerer.ask("các báo cáo CCHC hằng tháng năm 2026").text
    assert listed(text) == keys("05/BC-SYT", "12/BC-SYT")
    assert text.index("05/BC-SYT") < text.index("12/BC-SYT")  # in the order of their months


def test_the_departments_own_figure_before_the_provinces(answerer: Answerer) -> None:
    text = answerer.ask("Quý I năm 2025 Sở tiếp nhận trực tuyến bao nhiêu hồ sơ?").text
    assert "1.780" in _first_quote(text)
    # asked of the province, its report answers
    province = answerer.ask(
        "Quý I năm 2025 các cơ quan trên địa bàn tỉnh tiếp nhận trực tuyến bao nhiêu hồ sơ?"
    ).text
    assert "80.120" in _first_quote(province)


def test_a_cumulative_figure_to_a_months_end(answerer: Answerer) -> None:
    text = answerer.ask("Lũy kế 2 tháng đầu năm 2026 Sở tiếp nhận bao nhiêu hồ sơ?").text
    assert "429" in _first_quote(text)


def test_the_pilot_extended_by_rewriting_its_term_article(answerer: Answerer) -> None:
    text = answerer.ask("Which document extended the pilot of fully online pharmacy licences?").text
    assert listed(text) == keys("150/QĐ-SYT")
    # the pilot stays in force on the day after its first term's end
    status = answerer.lives.status(answerer.registry.find("54/QĐ-SYT"), "2025-12-15")
    assert status["status"] == "in_force"
