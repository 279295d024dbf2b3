"""A body formed anew from an earlier one, no places merged (the Ban Dân tộc, then the Sở Dân
tộc và Tôn giáo): "từ khi thành lập" is the new body's time, and "ký trước nhưng đến một
ngày sau mới có hiệu lực" asks for the decisions in force only from a later day."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.citations import extract, lookup_key
from assistant.config import Settings
from assistant.generation.answer import Answerer
from assistant.generation.fit import body_since

SAMPLE = "(MẪU — tài liệu mẫu của một cơ quan hư cấu, không có giá trị pháp lý)\n\n"


def decision(body: str, number: str, day: str, title: str, effect: str) -> str:
    d, m, y = day.split("/")
    return (
        f"{SAMPLE}UBND TỈNH KIM SƠN\n{body.upper()}\n\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
        f"Số: {number}\n\nKim Sơn, ngày {d} tháng {m} năm {y}\n\n"
        f"QUYẾT ĐỊNH\n{title}\n\n{('TRƯỞNG BAN' if 'Ban' in body else 'GIÁM ĐỐC')}\n\n"
        f"QUYẾT ĐỊNH:\n\nĐiều 1. {title}.\n\nĐiều 2. Quyết định này có hiệu lực {effect}.\n\n"
        "Nguyễn Văn Bình\n"
    )


BAN, SO = "Ban Dân tộc", "Sở Dân tộc và Tôn giáo"
FILES = {
    "qd-12-2023.txt": decision(
        BAN, "12/QĐ-BDT", "15/3/2023", "Ban hành Quy chế làm việc của Ban", "kể từ ngày ký"
    ),
    "qd-25-2024.txt": decision(
        BAN,
        "25/QĐ-BDT",
        "10/5/2024",
        "Ban hành Quy chế chi tiêu nội bộ của Ban",
        "kể từ ngày 01 tháng 6 năm 2024",
    ),
    "qd-01-2025.txt": decision(
        SO, "01/QĐ-SDTTG", "03/3/2025", "Quy định chức năng các phòng của Sở", "kể từ ngày ký"
    ),
    "qd-08-2025.txt": decision(
        SO,
        "08/QĐ-SDTTG",
        "22/4/2025",
        "Ban hành Quy trình nội bộ giải quyết thủ tục hành chính",
        "kể từ ngày 01 tháng 5 năm 2025",
    ),
    "qd-30-2025.txt": decision(
        SO,
        "30/QĐ-SDTTG",
        "26/5/2025",
        "Ban hành Quy chế chi tiêu nội bộ của Sở",
        "kể từ ngày 01 tháng 7 năm 2025",
    ),
}


@pytest.fixture(scope="module")
def answerer(ingest_files: Callable[[str, dict[str, str]], Settings]) -> Answerer:
    return Answerer(ingest_files("body-since", FILES), llm=None)


def listed(text: str) -> set[str]:
    lines = [line for line in text.splitlines() if line[:1].isdigit()]
    return {c.key for line in lines for c in extract(line)[:1] if c.key}


def test_the_new_body_began_with_its_first_file(answerer: Answerer) -> None:
    assert body_since(answerer.registry.entries()) == "2025-03-03"


@pytest.mark.parametrize(
    "question",
    [
        "Từ khi thành lập, Sở có những QĐ nào ký trước nhưng đến một ngày sau mới có hiệu lực?",
        "Since it was set up, which decisions did the department sign that took effect later "
        "than the day they were signed?",
    ],
)
def test_signed_first_in_force_later_since_the_body_was_set_up(
    answerer: Answerer, question: str
) -> None:
    # the Ban's 25/QĐ-BDT took effect later too, before the Sở was set up
    assert listed(answerer.ask(question).text) == {
        lookup_key("08/QĐ-SDTTG"),
        lookup_key("30/QĐ-SDTTG"),
    }
