"""The documents a found one replaced, or was replaced by, belong to a list asked without
"hiện nay": "UBND tỉnh đã ban hành những quyết định nào quy định chức năng, nhiệm vụ của
Sở?" lists the 2016 decision the archive only cites beside the 2022 and 2025 ones it holds
— on a small on-disk archive of a fictional Sở Công Thương."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from archive_builders import document, keys, listed

from assistant.citations import lookup_key
from assistant.config import Settings
from assistant.generation.answer import Answerer

FUNCTIONS = "Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Công Thương"

FILES = {
    "qd-09-2022-chuc-nang.txt": document(
        "QUYẾT ĐỊNH",
        "09/2022/QĐ-UBND",
        "25/3/2022",
        FUNCTIONS,
        "Điều 3. Quyết định này có hiệu lực kể từ ngày 05/4/2022 và thay thế Quyết định số "
        "28/2016/QĐ-UBND ngày 14/7/2016 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm "
        "vụ, quyền hạn và cơ cấu tổ chức của Sở Công Thương.",
    ),
    "qd-06-2025-chuc-nang.txt": document(
        "QUYẾT ĐỊNH",
        "06/2025/QĐ-UBND",
        "28/02/2025",
        FUNCTIONS,
        "Điều 3. Quyết định này có hiệu lực kể từ ngày 10/3/2025 và thay thế Quyết định số "
        "09/2022/QĐ-UBND ngày 25/3/2022 của Ủy ban nhân dân tỉnh.",
    ),
    "qd-35-2025-quy-che.txt": document(
        "QUYẾT ĐỊNH",
        "35/QĐ-SCT",
        "14/3/2025",
        "Ban hành Quy chế làm việc của Sở Công Thương",
        "Căn cứ Quyết định số 06/2025/QĐ-UBND ngày 28/02/2025 của Ủy ban nhân dân tỉnh quy "
        "định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Công Thương;\n\n"
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Sở Công Thương.",
    ),
}


@pytest.fixture(scope="module")
def answerer(ingest_files: Callable[[str, dict[str, str]], Settings]) -> Answerer:
    return Answerer(ingest_files("document-versions", FILES), llm=None)




def test_the_earlier_decisions_are_listed(answerer: Answerer) -> None:
    question = "UBND tỉnh đã ban hành những quyết định nào quy định chức năng, nhiệm vụ của Sở?"
    got = listed(answerer.ask(question).text)
    assert keys("28/2016/QĐ-UBND", "09/2022/QĐ-UBND", "06/2025/QĐ-UBND") <= got
    assert lookup_key("35/QĐ-SCT") not in got


def test_what_holds_now_is_the_last_one(answerer: Answerer) -> None:
    question = "Chức năng, nhiệm vụ của Sở hiện nay được quy định ở quyết định nào?"
    got = listed(answerer.ask(question).text)
    assert lookup_key("28/2016/QĐ-UBND") not in got
    assert lookup_key("06/2025/QĐ-UBND") in got
