"""Lists a report writer asks of a part of a year and of what holds, on a small archive: the
plan of a year signed the December before, what a half year issued that still holds, a
Quy định and the decision only ending it, a Quy trình and the decisions amending it."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from archive_builders import document, keys

from assistant.citations import extract
from assistant.config import Settings
from assistant.generation.answer import Answerer

FILES = {
    "kh-172-2024.txt": document(
        "KẾ HOẠCH",
        "172/KH-SCT",
        "26/12/2024",
        "Cải cách hành chính năm 2025 của Sở Công Thương",
        "I. MỤC ĐÍCH, YÊU CẦU\n\nTriển khai đồng bộ các nhiệm vụ cải cách hành chính năm 2025.",
    ),
    "kh-20-2025.txt": document(
        "KẾ HOẠCH",
        "20/KH-SCT",
        "24/02/2025",
        "Tuyên truyền cải cách hành chính năm 2025",
        "I. MỤC ĐÍCH\n\nĐăng tải tối thiểu 50 tin, bài về cải cách hành chính.",
    ),
    "qd-96-2024.txt": document(
        "QUYẾT ĐỊNH",
        "96/QĐ-SCT",
        "15/7/2024",
        "Ban hành Quy định tạm thời về tiếp nhận hồ sơ qua dịch vụ bưu chính công ích",
        "QUYẾT ĐỊNH:\n\nĐiều 1. Ban hành kèm theo Quyết định này Quy định tạm thời về tiếp nhận "
        "hồ sơ qua dịch vụ bưu chính công ích.\n\nĐiều 2. Quyết định này có hiệu lực kể từ "
        "ngày ký.",
    ),
    "qd-57-2025.txt": document(
        "QUYẾT ĐỊNH",
        "57/QĐ-SCT",
        "26/5/2025",
        "Về việc Quyết định số 96/QĐ-SCT ngày 15/7/2024 hết hiệu lực thi hành",
        "QUYẾT ĐỊNH:\n\nĐiều 1. Quyết định số 96/QĐ-SCT ngày 15/7/2024 của Giám đốc Sở ban hành "
        "Quy định tạm thời về tiếp nhận hồ sơ qua dịch vụ bưu chính công ích hết hiệu lực thi "
        "hành kể từ ngày 01 tháng 6 năm 2025.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.",
    ),
    "qd-44-2025.txt": document(
        "QUYẾT ĐỊNH",
        "44/QĐ-SCT",
        "20/4/2025",
        "Ban hành Quy chế làm việc của Sở Công Thương",
        "QUYẾT ĐỊNH:\n\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Sở.\n\n"
        "Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 5 năm 2025.",
    ),
    "qd-61-2023.txt": document(
        "QUYẾT ĐỊNH",
        "61/QĐ-SCT",
        "25/5/2023",
        "Ban hành Quy trình nội bộ giải quyết thủ tục hành chính tại Sở Công Thương",
        "QUYẾT ĐỊNH:\n\nĐiều 1. Ban hành kèm theo Quyết định này Quy trình nội bộ giải quyết "
        "thủ tục hành chính.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.",
    ),
    "qd-33-2025.txt": document(
        "QUYẾT ĐỊNH",
        "33/QĐ-SCT",
        "15/4/2025",
        "Sửa đổi, bổ sung Điều 7 Quy trình nội bộ giải quyết thủ tục hành chính ban hành kèm "
        "theo Quyết định số 61/QĐ-SCT ngày 25/5/2023",
        "QUYẾT ĐỊNH:\n\nĐiều 1. Sửa đổi, bổ sung Điều 7 Quy trình nội bộ giải quyết thủ tục "
        "hành chính ban hành kèm theo Quyết định số 61/QĐ-SCT ngày 25/5/2023.\n\nĐiều 2. "
        "Quyết định này có hiệu lực kể từ ngày ký.",
    ),
    "cv-900-2025.txt": document(
        "CÔNG VĂN",
        "900/SCT-VP",
        "20/11/2025",
        "V/v báo cáo số liệu cải cách hành chính năm 2025",
        "Kính gửi: Sở Nội vụ.\n\nSở Công Thương gửi số liệu cải cách hành chính năm nay.",
    ),
}


def numbered(text: str) -> list[str]:
    """The lookup keys of the first document of each numbered line, in order."""
    lines = [line for line in text.splitlines() if re.match(r"\s*\d+\.\s", line)]
    return [c.key for line in lines for c in extract(line)[:1] if c.key]


@pytest.fixture(scope="module")
def answerer(
    ingest_files: Callable[[str, dict[str, str]], Settings],
) -> Answerer:
    return Answerer(ingest_files("part-year-lists", FILES), llm=None)


def test_the_plan_of_a_year_is_the_one_signed_for_it_the_december_before(
    answerer: Answerer,
) -> None:
    text = answerer.ask("KH CCHC năm 2025 là KH nào, ký ngày nào?").text
    assert numbered(text)[:1] == [*keys("172/KH-SCT")], text
    assert text.startswith("Theo kho tài liệu, có"), text


def test_what_a_half_year_issued_that_still_holds(answerer: Answerer) -> None:
    text = answerer.ask("QĐ nào ban hành 6 tháng đầu năm nay còn hiệu lực").text
    # no topic named: every decision of the half year in force, not one
    assert set(numbered(text)) == keys("44/QĐ-SCT", "57/QĐ-SCT", "33/QĐ-SCT"), text


def test_a_document_comes_before_the_act_only_ending_it(answerer: Answerer) -> None:
    text = answerer.ask("quy định tạm thời nhận hồ sơ qua bưu chính giờ còn hiệu lực ko").text
    assert numbered(text)[:2] == [*keys("96/QĐ-SCT"), *keys("57/QĐ-SCT")], text
    # ended from the day its sentence names, not from the act's signing on 26/5/2025
    assert answerer.lives.status("96/QĐ-SCT", "2025-05-31")["status"] == "in_force"
    assert answerer.lives.status("96/QĐ-SCT", "2025-06-01")["status"] == "not_in_force"


def test_in_a_list_of_what_holds_a_document_comes_before_its_amendments(
    answerer: Answerer,
) -> None:
    text = answerer.ask("Những VB nào quy định quy trình nội bộ giải quyết TTHC còn hiệu lực?").text
    assert numbered(text)[:2] == [*keys("61/QĐ-SCT"), *keys("33/QĐ-SCT")], text
