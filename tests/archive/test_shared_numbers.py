"""Two documents of one number and year (a merged Sở numbering anew in the year its former
Sở numbered): each keeps its own life, in answers and in checks, told apart by its date."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.archive.supersession import flag_superseded
from assistant.citations.check import check
from assistant.config import Settings
from assistant.generation.answer import Answerer

SAMPLE = "(MẪU — tài liệu mẫu của một cơ quan hư cấu, không có giá trị pháp lý)\n\n"


def decision(number: str, day: str, title: str, body: str) -> str:
    d, m, y = day.split("/")
    return (
        f"{SAMPLE}UBND TỈNH KIM SƠN\nSỞ TÀI CHÍNH\n\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
        f"Số: {number}\n\nKim Sơn, ngày {d} tháng {m} năm {y}\n\n"
        f"QUYẾT ĐỊNH\n{title}\n\nGIÁM ĐỐC SỞ TÀI CHÍNH\n\n"
        f"QUYẾT ĐỊNH:\n\n{body}\n\nGIÁM ĐỐC\n\nTrần Văn An\n"
    )


FILES = {
    "qd-15-2025-mot-cua.txt": decision(
        "15/QĐ-STC",
        "20/01/2025",
        "Ban hành Quy chế tiếp nhận, giải quyết thủ tục hành chính theo cơ chế một cửa",
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế một cửa của Sở.\n\n"
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
    ),
    # the merged Sở numbers anew from 01/3/2025: its 15 of the same year
    "qd-15-2025-chuc-nang-phong.txt": decision(
        "15/QĐ-STC",
        "20/3/2025",
        "Quy định chức năng, nhiệm vụ, quyền hạn của các phòng chuyên môn thuộc Sở",
        "Điều 1. Quy định chức năng, nhiệm vụ của các phòng chuyên môn.\n\n"
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
    ),
    "qd-24-2025-mot-cua.txt": decision(
        "24/QĐ-STC",
        "02/4/2025",
        "Ban hành Quy chế tiếp nhận, giải quyết thủ tục hành chính theo cơ chế một cửa",
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế một cửa của Sở Tài chính.\n\n"
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế "
        "Quyết định số 15/QĐ-STC ngày 20/01/2025 của Giám đốc Sở Tài chính.",
    ),
}


@pytest.fixture(scope="module")
def settings(ingest_files: Callable[[str, dict[str, str]], Settings]) -> Settings:
    return ingest_files("shared-numbers", FILES)


@pytest.fixture(scope="module")
def answerer(settings: Settings) -> Answerer:
    return Answerer(settings, llm=None)


def test_a_status_question_of_the_shared_number_tells_each_its_own_life(
    answerer: Answerer,
) -> None:
    text = answerer.ask("Quyết định 15/QĐ-STC còn hiệu lực không?").text
    functions, one_stop = text.split("\n\n")[:2]
    assert "20/3/2025" in functions
    assert "còn hiệu lực" in functions
    assert "⚠" not in functions  # the other 15's replacement is not this one's
    assert "20/01/2025" in one_stop
    assert "hết hiệu lực" in one_stop


def test_the_date_written_after_the_number_picks_the_document(answerer: Answerer) -> None:
    text = answerer.ask("Quyết định số 15/QĐ-STC ngày 20/3/2025 còn hiệu lực không?").text
    assert "20/01/2025" not in text
    assert "còn hiệu lực" in text
    assert "⚠" not in text


def test_a_draft_citing_each_is_checked_against_each_ones_life(answerer: Answerer) -> None:
    draft = (
        "Sở thực hiện Quyết định số 15/QĐ-STC ngày 20/3/2025 của Giám đốc Sở Tài chính về "
        "chức năng các phòng. Bộ phận Một cửa làm việc theo Quyết định số 15/QĐ-STC ngày "
        "20/01/2025 của Giám đốc Sở Tài chính."
    )
    result = flag_superseded(check(draft, answerer.registry), answerer.lives, as_of="2025-12-31")
    findings = result.findings
    assert [f.status for f in findings] == ["verified", "superseded"]
