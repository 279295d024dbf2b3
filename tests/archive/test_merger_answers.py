"""List answers on a small archive of two departments merged into one: the documents whose
one act replaced a document of each former department."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.citations import extract, lookup_key
from assistant.config import Settings
from assistant.generation.answer import Answerer
from assistant.generation.fit import asks_before_merger, asks_of_both, without_before_merger
from assistant.retrieval.query import fold

SAMPLE = "(MẪU — tài liệu mẫu của một cơ quan hư cấu, không có giá trị pháp lý)\n\n"


def decision(province: str, number: str, day: str, title: str, body: str) -> str:
    d, m, y = day.split("/")
    return (
        f"{SAMPLE}UBND TỈNH {province.upper()}\nSỞ TƯ PHÁP\n\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
        f"Số: {number}\n\n{province}, ngày {d} tháng {m} năm {y}\n\n"
        f"QUYẾT ĐỊNH\n{title}\n\nGIÁM ĐỐC SỞ TƯ PHÁP TỈNH {province.upper()}\n\n"
        f"QUYẾT ĐỊNH:\n\n{body}\n\nGIÁM ĐỐC\n\nNguyễn Văn Bình\n"
    )


FILES = {
    "qd-12-2023-quy-che-lam-viec.txt": decision(
        "Kim Sơn",
        "12/QĐ-STP",
        "10/3/2023",
        "Ban hành Quy chế làm việc của Sở Tư pháp tỉnh Kim Sơn",
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Sở Tư pháp.\n\n"
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
    ),
    "qd-45-2023-quy-che-lam-viec.txt": decision(
        "Thạch Lâm",
        "45/QĐ-STP",
        "20/4/2023",
        "Ban hành Quy chế làm việc của Sở Tư pháp tỉnh Thạch Lâm",
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Sở Tư pháp.\n\n"
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
    ),
    "qd-30-2023-tiep-cong-dan.txt": decision(
        "Kim Sơn",
        "30/QĐ-STP",
        "05/6/2023",
        "Ban hành Quy chế tiếp công dân của Sở Tư pháp tỉnh Kim Sơn",
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế tiếp công dân.\n\n"
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
    ),
    "qd-41-2023-quy-che-van-thu.txt": decision(
        "Kim Sơn",
        "41/QĐ-STP",
        "12/9/2023",
        "Ban hành Quy chế công tác văn thư, lưu trữ của Sở Tư pháp tỉnh Kim Sơn",
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế công tác văn thư, lưu trữ.\n\n"
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
    ),
    # a Kim Sơn decision of a stated year: its own term tells nothing after the Sở merged away
    "qd-05-2025-chi-tieu.txt": decision(
        "Kim Sơn",
        "05/QĐ-STP",
        "10/02/2025",
        "Giao chỉ tiêu số hóa hồ sơ năm 2025 của Sở Tư pháp tỉnh Kim Sơn",
        "Điều 1. Giao chỉ tiêu số hóa hồ sơ năm 2025.\n\n"
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký và áp dụng đến hết ngày 31/12/2025.",
    ),
    "qd-09-2025-quy-che-lam-viec.txt": decision(
        "Kim Thạch",
        "09/QĐ-STP",
        "14/7/2025",
        "Ban hành Quy chế làm việc của Sở Tư pháp tỉnh Kim Thạch",
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Sở Tư pháp tỉnh "
        "Kim Thạch sau sắp xếp.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký, thay "
        "thế Quyết định số 12/QĐ-STP ngày 10/3/2023 của Sở Tư pháp tỉnh Kim Sơn và Quyết "
        "định số 45/QĐ-STP ngày 20/4/2023 của Sở Tư pháp tỉnh Thạch Lâm.",
    ),
    "qd-33-2025-tiep-cong-dan.txt": decision(
        "Kim Thạch",
        "33/QĐ-STP",
        "01/8/2025",
        "Ban hành Quy chế tiếp công dân của Sở Tư pháp tỉnh Kim Thạch",
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế tiếp công dân.\n\nĐiều 2. Quyết "
        "định này có hiệu lực kể từ ngày ký, thay thế Quyết định số 30/QĐ-STP ngày "
        "05/6/2023 của Sở Tư pháp tỉnh Kim Sơn.",
    ),
}


@pytest.fixture(scope="module")
def answerer(ingest_files: Callable[[str, dict[str, str]], Settings]) -> Answerer:
    return Answerer(ingest_files("merger", FILES), llm=None)


def listed(text: str) -> set[str]:
    lines = [line for line in text.splitlines() if line[:1].isdigit()]
    return {c.key for line in lines for c in extract(line)[:1] if c.key}


@pytest.mark.parametrize(
    "question",
    [
        "After the merger, which new documents replaced a document of both former departments?",
        "Sau hợp nhất, quyết định nào thay thế văn bản của cả hai sở cũ?",
    ],
)
def test_the_documents_that_replaced_one_of_each_former_department(
    answerer: Answerer, question: str
) -> None:
    # 33/QĐ-STP replaced one document of one department only
    assert listed(answerer.ask(question).text) == {lookup_key("09/QĐ-STP")}


def test_a_replacement_asked_without_both_still_lists_every_one() -> None:
    assert not asks_of_both(fold("Sau hợp nhất, quyết định nào thay thế quy chế cũ?"))
    assert asks_of_both(fold("which decisions replaced the rules of each former department"))


@pytest.mark.parametrize(
    "question",
    [
        "Sau khi sáp nhập, Sở đã ban hành những quyết định nào?",
        "Since the merger, which decisions has the department issued?",
    ],
)
def test_what_was_issued_since_the_merger(answerer: Answerer, question: str) -> None:
    # from the merged Sở's first document (14/7/2025) on
    assert listed(answerer.ask(question).text) == {lookup_key("09/QĐ-STP"), lookup_key("33/QĐ-STP")}


@pytest.mark.parametrize(
    "question",
    [
        "Trước khi hợp nhất vào Sở Tư pháp tỉnh Kim Thạch, Sở đã ban hành những quyết định nào?",
        "Before the merger, which decisions did the department issue?",
    ],
)
def test_what_was_issued_before_the_merger(answerer: Answerer, question: str) -> None:
    # before the merged Sở's first document (14/7/2025); what it merged into is no topic
    assert listed(answerer.ask(question).text) == {
        lookup_key(i) for i in ("12/QĐ-STP", "45/QĐ-STP", "30/QĐ-STP", "41/QĐ-STP", "05/QĐ-STP")
    }
    assert asks_before_merger(fold(question))


def test_before_the_merger_is_when_not_what() -> None:
    clean = "Sở KH&ĐT có những BC CCHC nào trước khi hợp nhất vào Sở Tài chính?"
    assert without_before_merger(clean) == "Sở KH&ĐT có những BC CCHC nào ?"
    assert not asks_before_merger(fold("Kế hoạch hợp nhất các phòng trước ngày 01/7/2025"))


def test_a_document_of_a_body_merged_away_that_nothing_after_names_is_of_unknown_effect(
    answerer: Answerer,
) -> None:
    # the Kim Sơn Sở's records rules: no file of the merged Sở (from 14/7/2025) names them
    assert answerer.lives.status("41/QĐ-STP", "2024-12-31")["status"] == "in_force"
    assert answerer.lives.status("41/QĐ-STP", "2025-12-31")["status"] == "unknown"
    # its own "áp dụng đến hết ngày 31/12/2025" is no word after the merger
    assert answerer.lives.status("05/QĐ-STP", "2025-09-30")["status"] == "unknown"
    # what the merged Sở replaced is ended, not unknown; its own rules are in force
    assert answerer.lives.status("30/QĐ-STP", "2025-12-31")["status"] == "not_in_force"
    assert answerer.lives.status("33/QĐ-STP", "2025-12-31")["status"] == "in_force"
