"""The rules in force now, asked in English as staff ask it: the plural told by its verb,
and a decision that changed an article of rules replaced since no longer among them."""

from __future__ import annotations

from collections.abc import Callable

from archive_builders import document, keys, listed

from assistant.config import Settings
from assistant.generation.answer import Answerer

FILES = {
    "qd-61-2022-chi-tieu.txt": document(
        "QUYẾT ĐỊNH",
        "61/QĐ-SCT",
        "10/8/2022",
        "Ban hành Quy chế chi tiêu nội bộ của Sở Công Thương",
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế chi tiêu nội bộ của Sở Công "
        "Thương.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày 01/9/2022.",
    ),
    "qd-52-2024-bai-bo.txt": document(
        "QUYẾT ĐỊNH",
        "52/QĐ-SCT",
        "15/7/2024",
        "Bãi bỏ Điều 9 Quy chế chi tiêu nội bộ ban hành kèm theo Quyết định số 61/QĐ-SCT "
        "ngày 10/8/2022",
        "Điều 1. Bãi bỏ Điều 9 Quy chế chi tiêu nội bộ ban hành kèm theo Quyết định số "
        "61/QĐ-SCT ngày 10/8/2022 của Giám đốc Sở.\n\nĐiều 2. Quyết định này có hiệu lực "
        "kể từ ngày 01/8/2024.",
    ),
    "qd-30-2025-chi-tieu.txt": document(
        "QUYẾT ĐỊNH",
        "30/QĐ-SCT",
        "26/5/2025",
        "Ban hành Quy chế chi tiêu nội bộ của Sở Công Thương",
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế chi tiêu nội bộ của Sở Công "
        "Thương.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định "
        "số 61/QĐ-SCT ngày 10/8/2022 của Giám đốc Sở Công Thương.",
    ),
    "cv-1480-2026.txt": document(
        "CÔNG VĂN",
        "1480/SCT-VP",
        "24/11/2026",
        "V/v báo cáo số liệu cải cách hành chính năm 2026",
        "Sở Công Thương báo cáo số liệu cải cách hành chính năm 2026.",
    ),
}


def test_the_spending_rules_in_force_now(
    ingest_files: Callable[[str, dict[str, str]], Settings],
) -> None:
    answerer = Answerer(ingest_files("current", FILES), llm=None)
    text = answerer.ask("What internal spending rules are currently in force?").text
    # not the replaced rules, nor the decision repealing one of their articles
    assert listed(text) == keys("30/QĐ-SCT"), text
