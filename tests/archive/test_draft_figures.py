"""A report's draft kept beside the signed report: its figures, never sent, come after every
signed document's."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.config import Settings
from assistant.generation.answer import Answerer

SAMPLE = "(MẪU — tài liệu mẫu của một cơ quan hư cấu, không có giá trị pháp lý)\n\n"
HEAD = "ỦY BAN NHÂN DÂN\nPHƯỜNG BẢO AN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"

FILES = {
    "bc-88-2025.txt": (
        f"{SAMPLE}{HEAD}Số: 88/BC-UBND\n\nBảo An, ngày 12 tháng 12 năm 2025\n\nBÁO CÁO\n"
        "Kết quả thực hiện công tác cải cách hành chính năm 2025\n\n"
        "1. Cải cách thủ tục hành chính: Bộ phận Một cửa đã tiếp nhận, giải quyết 3.310 hồ sơ, "
        "đúng hạn 99,6%.\n\nCHỦ TỊCH\n\nLê Văn Tư\n"
    ),
    "du-thao-bc-2025.txt": (
        f"{SAMPLE}{HEAD}Số:    /BC-UBND\n\nBảo An, ngày    tháng 12 năm 2025\n\nDỰ THẢO (lần 1)\n\n"
        "BÁO CÁO\nKết quả thực hiện công tác cải cách hành chính năm 2025\n\n"
        "1. Cải cách thủ tục hành chính: năm 2025, UBND phường tiếp nhận 11.430 hồ sơ thủ tục "
        "hành chính (cộng số liệu của thành phố đến ngày 20/6/2025 và của phường đến ngày "
        "30/11/2025).\n"
    ),
}


@pytest.fixture(scope="module")
def answerer(ingest_files: Callable[[str, dict[str, str]], Settings]) -> Answerer:
    return Answerer(ingest_files("draft-figures", FILES), llm=None)


def test_a_drafts_figure_comes_after_the_signed_reports(answerer: Answerer) -> None:
    text = answerer.ask("Năm 2025 UBND phường tiếp nhận bao nhiêu hồ sơ thủ tục hành chính?").text
    first = next(line for line in text.splitlines() if line.startswith("1."))
    assert "3.310" in first
    assert "11.430" not in first
