"""The plan "hiện hành" is the one running now: of a yearly series whose titles read the same
but for the year, this year's, not last year's (itself the end of a lineage: it replaced the
year's first plan) that the question's words found first."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from archive_builders import document, keys, listed

from assistant.config import Settings
from assistant.generation.answer import Answerer

FILES = {
    "kh-98-2025.txt": document(
        "KẾ HOẠCH",
        "98/KH-SCT",
        "26/12/2024",
        "Cải cách hành chính năm 2025 của Sở Công Thương",
        "Sở Công Thương ban hành Kế hoạch cải cách hành chính năm 2025.",
    ),
    "kh-15-2025.txt": document(
        "KẾ HOẠCH",
        "15/KH-SCT",
        "20/3/2025",
        "Cải cách hành chính lĩnh vực công thương năm 2025 của Sở Công Thương",
        "Sở Công Thương ban hành Kế hoạch cải cách hành chính lĩnh vực công thương năm 2025. "
        "Kế hoạch này thay thế Kế hoạch số 98/KH-SCT ngày 26/12/2024 của Sở Công Thương.",
    ),
    "kh-188-2026.txt": document(
        "KẾ HOẠCH",
        "188/KH-SCT",
        "24/12/2025",
        "Cải cách hành chính lĩnh vực công thương năm 2026 của Sở Công Thương",
        "Sở Công Thương ban hành Kế hoạch cải cách hành chính lĩnh vực công thương năm 2026.",
    ),
    "bc-31-2026-quy-i.txt": document(
        "BÁO CÁO",
        "31/BC-SCT",
        "07/4/2026",
        "Kết quả thực hiện công tác cải cách hành chính quý I năm 2026",
        "Thực hiện Kế hoạch số 188/KH-SCT ngày 24/12/2025, Sở báo cáo kết quả quý I năm 2026.",
    ),
}


@pytest.fixture(scope="module")
def answerer(ingest_files: Callable[[str, dict[str, str]], Settings]) -> Answerer:
    return Answerer(ingest_files("current-plan", FILES), llm=None)


@pytest.mark.parametrize(
    "question",
    [
        "kế hoạch cải cách hành chính lĩnh vực công thương hiện hành",
        "Kế hoạch CCHC lĩnh vực công thương đang thực hiện là kế hoạch nào?",
    ],
)
def test_the_plan_running_now_is_this_years(answerer: Answerer, question: str) -> None:
    assert listed(answerer.ask(question).text) == keys("188/KH-SCT")
