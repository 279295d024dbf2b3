"""The rules an English question lists, asked of a past day: each one that held then, one
known only as what a later decision replaced among them."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.citations import extract, lookup_key
from assistant.config import Settings
from assistant.generation.answer import Answerer
from assistant.generation.compound import enumerated_activities, enumerated_en

SAMPLE = "(MẪU — tài liệu mẫu của một cơ quan hư cấu, không có giá trị pháp lý)\n\n"


def decision(number: str, day: str, title: str, body: str) -> str:
    d, m, y = day.split("/")
    return (
        f"{SAMPLE}UBND TỈNH KIM SƠN\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\n\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
        f"Số: {number}\n\nKim Sơn, ngày {d} tháng {m} năm {y}\n\n"
        f"QUYẾT ĐỊNH\n{title}\n\nGIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO\n\n"
        f"QUYẾT ĐỊNH:\n\nĐiều 1. {title}.\n\n{body}\n\nGIÁM ĐỐC\n\nTrần Văn An\n"
    )


FILES = {
    "qd-28-2023.txt": decision(
        "28/QĐ-SGDĐT",
        "15/02/2023",
        "Ban hành Quy chế làm việc của Sở Giáo dục và Đào tạo",
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
    ),
    "qd-44-2026.txt": decision(
        "44/QĐ-SGDĐT",
        "20/4/2026",
        "Ban hành Quy chế làm việc của Sở Giáo dục và Đào tạo",
        "Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 5 năm 2026 và thay thế Quyết "
        "định số 28/QĐ-SGDĐT ngày 15/02/2023.",
    ),
    # the 2023 spending rules are known only from the 2025 ones replacing them
    "qd-170-2024.txt": decision(
        "170/QĐ-SGDĐT",
        "20/12/2024",
        "Ban hành Quy chế chi tiêu nội bộ của Văn phòng Sở áp dụng từ năm 2025",
        "Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 01 năm 2025 và thay thế Quyết "
        "định số 33/QĐ-SGDĐT ngày 02/3/2023 của Giám đốc Sở.",
    ),
    # a pilot that ran to a stated day
    "qd-31-2025.txt": decision(
        "31/QĐ-SGDĐT",
        "17/3/2025",
        "Thí điểm trả kết quả bản điện tử thủ tục cấp bản sao văn bằng",
        "Điều 2. Thời gian thí điểm từ ngày 01 tháng 4 năm 2025 đến hết ngày 30 tháng 9 năm "
        "2025.\n\nĐiều 3. Quyết định này có hiệu lực kể từ ngày ký.",
    ),
}


@pytest.fixture(scope="module")
def answerer(ingest_files: Callable[[str, dict[str, str]], Settings]) -> Answerer:
    return Answerer(ingest_files("moment-rules", FILES), llm=None)


def listed(text: str) -> list[str]:
    lines = [line for line in text.splitlines() if line[:1].isdigit()]
    return [c.key for line in lines for c in extract(line)[:1] if c.key]


def test_the_rules_an_english_question_lists() -> None:
    found = enumerated_en(
        "What were the department's working rules, internal procedure for procedures and "
        "spending rules on 15 January 2024?",
        "en",
    )
    assert found is not None
    assert [f.item for f in found] == [
        "quy chế làm việc",
        "quy trình nội bộ",
        "quy chế chi tiêu nội bộ",
    ]
    assert enumerated_en("Which decisions set the working rules?", "en") is None
    assert enumerated_en("quy chế làm việc và quy chế chi tiêu nội bộ", "vi") is None


def test_each_rule_listed_as_it_held_on_a_past_day(answerer: Answerer) -> None:
    text = answerer.ask(
        "What were the department's working rules and spending rules on 15 January 2024 — "
        "which decisions?"
    ).text
    assert listed(text) == [lookup_key("28/QĐ-SGDĐT"), lookup_key("33/QĐ-SGDĐT")]


def test_the_rules_asked_by_what_a_body_does_under_them() -> None:
    found = enumerated_activities(
        "Vào khoảng tháng 6/2024, Ban làm việc, xử lý hồ sơ TTHC và ký số theo những quy chế, "
        "quy trình nào?"
    )
    assert found is not None
    assert [f.item for f in found] == [
        "quy chế làm việc",
        "quy trình nội bộ giải quyết thủ tục hành chính",
        "quy chế chữ ký số",
    ]
    # one activity is no list; nor are activities asked without the rules they follow
    assert enumerated_activities("Sở làm việc theo những quy chế nào?") is None
    assert enumerated_activities("Sở làm việc và ký số ra sao?") is None


def test_the_rules_a_body_worked_by_on_a_past_day(answerer: Answerer) -> None:
    text = answerer.ask(
        "Ngày 15/01/2024, Sở làm việc và chi tiêu theo những quy chế nào còn hiệu lực lúc đó?"
    ).text
    assert listed(text) == [lookup_key("28/QĐ-SGDĐT"), lookup_key("33/QĐ-SGDĐT")]


def test_the_old_rules_replaced_counting_in_those_of_a_year_named(answerer: Answerer) -> None:
    text = answerer.ask(
        "nhung quy che lam viec va quy che chi tieu noi bo cu da bi thay the, ke ca ban truoc "
        "nam 2024, la nhung qd nao"
    ).text
    # "trước năm 2024" counts the old ones in, it is no year they ended in; the 2023
    # spending rules, known only from their replacement, are rules too
    assert set(listed(text)) == {lookup_key("28/QĐ-SGDĐT"), lookup_key("33/QĐ-SGDĐT")}


def test_only_the_temporary_ones_asked_of_those_ended(answerer: Answerer) -> None:
    text = answerer.ask(
        "Những văn bản nào chỉ được áp dụng tạm thời hoặc thí điểm có thời hạn, và nay đã hết "
        "hiệu lực?"
    ).text
    # the working rules and the spending rules replaced are no temporary ones
    assert listed(text) == [lookup_key("31/QĐ-SGDĐT")]
