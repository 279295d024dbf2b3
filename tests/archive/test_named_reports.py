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
