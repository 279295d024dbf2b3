"""A plan adjusted by a later one ("Điều chỉnh, bổ sung Kế hoạch số …"): amended by it, and
the adjustment is among what carries the plan out."""

from __future__ import annotations

from collections.abc import Callable

from archive_builders import document

from assistant.config import Settings
from assistant.generation.answer import Answerer
from assistant.retrieval.archive import open_archive

FILES = {
    "kh-05-2025-chuyen-doi-so.txt": document(
        "KẾ HOẠCH",
        "05/KH-SCT",
        "06/01/2025",
        "Chuyển đổi số năm 2025 của Sở Công Thương",
        "I. MỤC TIÊU\n\n1. Tỷ lệ hồ sơ nộp trực tuyến đạt 70%.\n\nII. NHIỆM VỤ\n\n1. Số hóa hồ sơ.",
    ),
    "kh-09-2025-dieu-chinh.txt": document(
        "KẾ HOẠCH",
        "09/KH-SCT",
        "15/8/2025",
        "Điều chỉnh, bổ sung Kế hoạch số 05/KH-SCT ngày 06/01/2025 về chuyển đổi số năm 2025",
        "Sở Công Thương điều chỉnh, bổ sung Kế hoạch số 05/KH-SCT ngày 06/01/2025 về chuyển đổi "
        "số năm 2025 như sau:\n\n1. Điều chỉnh chỉ tiêu tại khoản 1 Mục I: đạt 85%.",
    ),
}


def test_an_adjusting_plan_amends_and_carries_out(
    ingest_files: Callable[[str, dict[str, str]], Settings],
) -> None:
    settings = ingest_files("adjusted", FILES)
    _, lives = open_archive(settings)
    assert [e["by"] for e in lives.status("05/KH-SCT", "2025-09-01")["events"]] == ["09/KH-SCT"]
    text = (
        Answerer(settings, llm=None)
        .ask("Những văn bản nào triển khai hoặc điều chỉnh Kế hoạch số 05/KH-SCT?")
        .text
    )
    assert "09/KH-SCT" in text


# A five-year plan issued by a decision, and a year's plan resting on it: "Căn cứ Kế hoạch …
# ban hành kèm theo Quyết định số …" carries the plan out.
ISSUED_PLAN = {
    "qd-22-2022-ke-hoach-2021-2025.txt": document(
        "QUYẾT ĐỊNH",
        "22/QĐ-SCT",
        "15/02/2022",
        "Ban hành Kế hoạch cải cách hành chính của Sở Công Thương giai đoạn 2021 - 2025",
        "QUYẾT ĐỊNH:\n\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính "
        "giai đoạn 2021 - 2025.",
    ),
    "kh-05-2024-cchc.txt": document(
        "KẾ HOẠCH",
        "05/KH-SCT",
        "09/01/2024",
        "Cải cách hành chính năm 2024 của Sở Công Thương",
        "Căn cứ Kế hoạch cải cách hành chính giai đoạn 2021 - 2025 ban hành kèm theo Quyết định "
        "số 22/QĐ-SCT ngày 15/02/2022 của Giám đốc Sở Công Thương;\n\nSở Công Thương ban hành Kế "
        "hoạch cải cách hành chính năm 2024 như sau:\n\nI. MỤC ĐÍCH\n\n1. Hoàn thành nhiệm vụ.",
    ),
}


def test_a_year_s_plan_resting_on_a_decision_issuing_a_plan_carries_it_out(
    ingest_files: Callable[[str, dict[str, str]], Settings],
) -> None:
    settings = ingest_files("issued-plan", ISSUED_PLAN)
    text = (
        Answerer(settings, llm=None)
        .ask("KH CCHC giai đoạn 2021-2025 của Sở được cụ thể hóa bằng những KH CCHC từng năm nào?")
        .text
    )
    assert "05/KH-SCT" in text
